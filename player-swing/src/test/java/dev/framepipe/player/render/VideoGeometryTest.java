package dev.framepipe.player.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.swing.ScalingMode;

/** Where the picture goes in each scaling mode, with pixel aspect ratio and screen scale. */
class VideoGeometryTest {
    private static final Rectangle AREA = new Rectangle(0, 0, 960, 540);

    @Test
    void fitLetterboxesAndConvertsAtTheShownSize() {
        VideoGeometry hd = VideoGeometry.compute(AREA, 1920, 1080, 1.0, ScalingMode.FIT, 1, 1);
        assertThat(hd.bounds()).isEqualTo(new Rectangle(0, 0, 960, 540));
        assertThat(hd.imageWidth()).isEqualTo(960);
        assertThat(hd.imageHeight()).isEqualTo(540);

        VideoGeometry square = VideoGeometry.compute(AREA, 480, 480, 1.0, ScalingMode.FIT, 1, 1);
        assertThat(square.bounds()).isEqualTo(new Rectangle(210, 0, 540, 540));
        // Larger than the frame: converted at the frame's size, Java2D scales up.
        assertThat(square.imageWidth()).isEqualTo(480);
        assertThat(square.imageHeight()).isEqualTo(480);
    }

    @Test
    void aRetinaScreenConvertsAtDevicePixels() {
        VideoGeometry hd = VideoGeometry.compute(AREA, 1920, 1080, 1.0, ScalingMode.FIT, 2, 2);
        assertThat(hd.bounds()).isEqualTo(new Rectangle(0, 0, 960, 540));
        assertThat(hd.imageWidth()).isEqualTo(1920);
        assertThat(hd.imageHeight()).isEqualTo(1080);
    }

    @Test
    void pixelAspectRatioWidensThePicture() {
        // A PAL 16:9 DVD frame: 720x576 pixels shown 64:45 wide.
        VideoGeometry dvd = VideoGeometry.compute(new Rectangle(0, 0, 1280, 576), 720, 576, 64.0 / 45,
                ScalingMode.FIT, 1, 1);
        assertThat(dvd.bounds()).isEqualTo(new Rectangle(128, 0, 1024, 576));
        assertThat(dvd.imageWidth()).isEqualTo(720);
    }

    @Test
    void fillCoversAndOverflows() {
        VideoGeometry fill = VideoGeometry.compute(AREA, 480, 480, 1.0, ScalingMode.FILL, 1, 1);
        assertThat(fill.bounds()).isEqualTo(new Rectangle(0, -210, 960, 960));
    }

    @Test
    void stretchAndNative() {
        VideoGeometry stretch = VideoGeometry.compute(AREA, 480, 480, 1.0, ScalingMode.STRETCH, 1, 1);
        assertThat(stretch.bounds()).isEqualTo(AREA);
        assertThat(stretch.imageWidth()).isEqualTo(480);
        VideoGeometry hdStretch = VideoGeometry.compute(new Rectangle(0, 0, 300, 700), 1920, 1080, 1.0,
                ScalingMode.STRETCH, 1, 1);
        assertThat(hdStretch.imageWidth()).isEqualTo(300);
        assertThat(hdStretch.imageHeight()).isEqualTo(700);
        VideoGeometry nativeSize = VideoGeometry.compute(AREA, 320, 240, 1.0, ScalingMode.NATIVE, 2, 2);
        assertThat(nativeSize.bounds()).isEqualTo(new Rectangle(400, 210, 160, 120));
        assertThat(nativeSize.imageWidth()).isEqualTo(320);
    }

    @Test
    void insetsMoveTheArea() {
        VideoGeometry fit = VideoGeometry.compute(new Rectangle(10, 20, 320, 240), 320, 240, 1.0, ScalingMode.FIT,
                1, 1);
        assertThat(fit.bounds()).isEqualTo(new Rectangle(10, 20, 320, 240));
    }
}
