package dev.framepipe.player.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;

import org.junit.jupiter.api.Test;

/** The size a frame is converted to: the shown size in device pixels, never larger than the frame. */
class VideoGeometryTest {
    private static final Rectangle SHOWN = new Rectangle(0, 0, 960, 540);

    @Test
    void aFrameShownSmallerIsConvertedAtTheShownSize() {
        VideoGeometry hd = VideoGeometry.of(SHOWN, 1920, 1080, 1, 1);
        assertThat(hd.bounds()).isEqualTo(SHOWN);
        assertThat(hd.imageWidth()).isEqualTo(960);
        assertThat(hd.imageHeight()).isEqualTo(540);
    }

    @Test
    void aFrameShownLargerIsConvertedAtItsOwnSizeForJava2dToScaleUp() {
        VideoGeometry square = VideoGeometry.of(new Rectangle(210, 0, 540, 540), 480, 480, 1, 1);
        assertThat(square.imageWidth()).isEqualTo(480);
        assertThat(square.imageHeight()).isEqualTo(480);
    }

    @Test
    void aRetinaScreenConvertsAtDevicePixels() {
        VideoGeometry hd = VideoGeometry.of(SHOWN, 1920, 1080, 2, 2);
        assertThat(hd.bounds()).isEqualTo(SHOWN);
        assertThat(hd.imageWidth()).isEqualTo(1920);
        assertThat(hd.imageHeight()).isEqualTo(1080);
    }

    @Test
    void eachAxisIsClampedOnItsOwn() {
        VideoGeometry stretched = VideoGeometry.of(new Rectangle(0, 0, 300, 700), 1920, 1080, 1, 1);
        assertThat(stretched.imageWidth()).isEqualTo(300);
        assertThat(stretched.imageHeight()).isEqualTo(700);
    }
}
