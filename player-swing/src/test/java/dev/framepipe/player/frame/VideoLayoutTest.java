package dev.framepipe.player.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.framepipe.player.testing.TestClips;

/** Layout arithmetic and the checks that keep reads inside the buffer. */
class VideoLayoutTest {
    private static final Colorimetry BT601 = Colorimetry.of(Colorimetry.Matrix.BT601, Colorimetry.Range.LIMITED);

    @Test
    void oddSizesRoundChromaUp() {
        VideoLayout layout = VideoLayout.packedNv12(321, 241, BT601);
        assertThat(layout.planeRows(0)).isEqualTo(241);
        assertThat(layout.planeRows(1)).isEqualTo(121);
        assertThat(layout.planeRowBytes(0)).isEqualTo(321);
        assertThat(layout.planeRowBytes(1)).isEqualTo(322);
        assertThat(layout.stride(0)).isEqualTo(324);
        assertThat(layout.stride(1)).isEqualTo(324);
        // GStreamer starts the CbCr plane after an even number of rows.
        assertThat(layout.offset(1)).isEqualTo(324L * 242);
        assertThat(layout.planeSpan(0)).isEqualTo(324L * 240 + 321);
        assertThat(layout.planeSpan(1)).isEqualTo(324L * 120 + 322);
    }

    @ParameterizedTest
    @CsvSource({"320, 240", "321, 241", "318, 240", "17, 9", "1, 1"})
    void packedNv12IsTheLayoutOfGStreamersRawFrames(int width, int height) throws IOException {
        Path frame = TestClips.clip("layout-" + width + "x" + height + ".nv12", "videotestsrc num-buffers=1"
                + " ! video/x-raw,format=NV12,width=" + width + ",height=" + height + " ! filesink location=%s");
        VideoLayout layout = VideoLayout.packedNv12(width, height, BT601);
        // GstVideoInfo's frame size is the CbCr plane's offset plus its rows at full stride.
        assertThat(layout.offset(1) + (long) layout.stride(1) * layout.planeRows(1)).isEqualTo(Files.size(frame));
    }

    @Test
    void tinyFramesHaveOneChromaSample() {
        VideoLayout layout = VideoLayout.packedNv12(1, 1, BT601);
        assertThat(layout.planeRows(1)).isEqualTo(1);
        assertThat(layout.planeRowBytes(1)).isEqualTo(2);
        layout.checkFits(layout.planeEnd(1));
        assertThat(layout.planeEnd(1)).as("Y row padded to 4, CbCr after two rows").isEqualTo(4 * 2 + 2);
    }

    @Test
    void aBufferTooSmallForThePlanesIsRefusedWithTheNumbers() {
        VideoLayout layout = VideoLayout.packedNv12(320, 240, BT601);
        layout.checkFits(320 * 240 * 3 / 2);
        assertThatThrownBy(() -> layout.checkFits(320 * 240 * 3 / 2 - 1)).isInstanceOf(FrameLayoutException.class)
                .hasMessageContaining("plane 1").hasMessageContaining("needs bytes up to 115200")
                .hasMessageContaining("holds 115199");
    }

    @Test
    void inconsistentLayoutsAreRefused() {
        assertThatThrownBy(() -> VideoLayout.nv12(VideoFormat.of(320, 240, BT601), 0, 319, 76800, 320))
                .hasMessageContaining("stride 319 is smaller than its row of 320 bytes");
        assertThatThrownBy(() -> VideoLayout.nv12(VideoFormat.of(320, 240, BT601), 0, 320, -5, 320))
                .hasMessageContaining("offset -5 is negative");
        assertThatThrownBy(() -> VideoLayout.nv12(VideoFormat.of(320, 240, BT601), 0, 320, 1000, 320))
                .hasMessageContaining("planes overlap");
        assertThatThrownBy(() -> VideoLayout.nv12(VideoFormat.of(0, 240, BT601), 0, 320, 76800, 320))
                .hasMessageContaining("frame size 0x240");
        assertThatThrownBy(() -> VideoLayout.nv12(VideoFormat.of(40000, 2, BT601), 0, 40000, 80000, 40000))
                .hasMessageContaining("outside 1..32768");
    }

    @Test
    void hugeStridesDoNotOverflow() {
        VideoLayout layout = VideoLayout.nv12(VideoFormat.of(16, 32768, BT601), 0, Integer.MAX_VALUE,
                0x7fff_ffffL * 32768, Integer.MAX_VALUE);
        assertThat(layout.planeSpan(0)).isEqualTo((long) Integer.MAX_VALUE * 32767 + 16);
        assertThatThrownBy(() -> layout.checkFits(layout.planeEnd(1) - 1)).isInstanceOf(FrameLayoutException.class);
        // An offset so large that offset + span wraps around to a negative number would slip past checkFits.
        assertThatThrownBy(() -> VideoLayout.nv12(VideoFormat.of(16, 16, BT601), 0, 16, Long.MAX_VALUE - 10, 16))
                .isInstanceOf(FrameLayoutException.class).hasMessageContaining("overflows");
    }

    @Test
    void sameMetaValuesReuseTheLayout() {
        VideoLayout layout = VideoLayout.packedNv12(318, 240, BT601);
        assertThat(layout.withPlanes(0, 320, 76800, 320)).isSameAs(layout);
        VideoLayout padded = layout.withPlanes(0, 384, 92160, 384);
        assertThat(padded).isNotSameAs(layout);
        assertThat(padded.stride(0)).isEqualTo(384);
        assertThat(padded.width()).isEqualTo(318);
    }

    @Test
    void frameRateAndPixelAspect() {
        VideoLayout layout = VideoLayout.nv12(new VideoFormat(720, 576, BT601, 16, 11, 25, 1), 0, 720, 720 * 576,
                720);
        assertThat(layout.format().pixelAspectRatio()).isEqualTo(16.0 / 11);
        assertThat(layout.format().frameRate()).isEqualTo(25.0);
        assertThat(layout.frameDurationNanos()).isEqualTo(40_000_000L);
        VideoLayout ntsc = VideoLayout.nv12(new VideoFormat(720, 480, BT601, 0, 0, 30000, 1001), 0, 720,
                720 * 480, 720);
        assertThat(ntsc.frameDurationNanos()).isEqualTo(33_366_666L);
        assertThat(ntsc.format().pixelAspectRatio()).isEqualTo(1.0);
    }
}
