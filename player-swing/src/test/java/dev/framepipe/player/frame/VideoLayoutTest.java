package dev.framepipe.player.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.framepipe.player.testing.TestClips;

class VideoLayoutTest {
    @ParameterizedTest
    @CsvSource({"320, 240", "321, 241", "318, 240", "17, 9", "1, 1"})
    void packedNv12IsTheLayoutOfGStreamersRawFrames(int width, int height) throws IOException {
        Path frame = TestClips.clip("layout-" + width + "x" + height + ".nv12", "videotestsrc num-buffers=1"
                + " ! video/x-raw,format=NV12,width=" + width + ",height=" + height + " ! filesink location=%s");
        VideoLayout layout = VideoLayout.packedNv12(width, height, Colorimetry.of(Colorimetry.Matrix.BT601,
                Colorimetry.Range.LIMITED));
        // GstVideoInfo's frame size is the CbCr plane's offset plus its rows at full stride.
        assertThat(layout.offset(1) + (long) layout.stride(1) * layout.planeRows(1)).isEqualTo(Files.size(frame));
    }
}
