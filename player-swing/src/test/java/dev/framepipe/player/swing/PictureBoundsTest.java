package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;

import org.junit.jupiter.api.Test;

/** Where the picture goes in each scaling mode, with pixel aspect ratio and screen scale. */
class PictureBoundsTest {
    private static final Rectangle AREA = new Rectangle(0, 0, 960, 540);

    @Test
    void fitLetterboxes() {
        assertThat(PictureBounds.compute(AREA, 1920, 1080, 1.0, ScalingMode.FIT, 1, 1)).isEqualTo(AREA);
        assertThat(PictureBounds.compute(AREA, 480, 480, 1.0, ScalingMode.FIT, 1, 1))
                .isEqualTo(new Rectangle(210, 0, 540, 540));
    }

    @Test
    void aRetinaScreenDoesNotChangeWhereAFittedPictureGoes() {
        assertThat(PictureBounds.compute(AREA, 1920, 1080, 1.0, ScalingMode.FIT, 2, 2)).isEqualTo(AREA);
    }

    @Test
    void pixelAspectRatioWidensThePicture() {
        // A PAL 16:9 DVD frame: 720x576 pixels shown 64:45 wide.
        assertThat(PictureBounds.compute(new Rectangle(0, 0, 1280, 576), 720, 576, 64.0 / 45, ScalingMode.FIT, 1,
                1)).isEqualTo(new Rectangle(128, 0, 1024, 576));
    }

    @Test
    void fillCoversAndOverflows() {
        assertThat(PictureBounds.compute(AREA, 480, 480, 1.0, ScalingMode.FILL, 1, 1))
                .isEqualTo(new Rectangle(0, -210, 960, 960));
    }

    @Test
    void stretchTakesTheAreaAndNativeShowsOneFramePixelPerDevicePixel() {
        assertThat(PictureBounds.compute(AREA, 480, 480, 1.0, ScalingMode.STRETCH, 1, 1)).isEqualTo(AREA);
        assertThat(PictureBounds.compute(AREA, 320, 240, 1.0, ScalingMode.NATIVE, 2, 2))
                .isEqualTo(new Rectangle(400, 210, 160, 120));
    }

    @Test
    void insetsMoveTheArea() {
        assertThat(PictureBounds.compute(new Rectangle(10, 20, 320, 240), 320, 240, 1.0, ScalingMode.FIT, 1, 1))
                .isEqualTo(new Rectangle(10, 20, 320, 240));
    }
}
