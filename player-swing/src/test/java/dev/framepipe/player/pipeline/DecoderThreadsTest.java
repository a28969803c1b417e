package dev.framepipe.player.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.State;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.testing.TestClips;

/** The decoder-thread option reaches the real libav decoder playbin makes, and only when asked. */
class DecoderThreadsTest {
    @Test
    void theDecoderOfAWallTileDecodesOnOneThread() {
        assertThat(decoderThreads(PlayerOptions.defaults().withDecoderThreads(1))).containsExactly(1);
    }

    @Test
    void byDefaultLibavDecides() {
        assertThat(decoderThreads(PlayerOptions.defaults())).containsExactly(0);
    }

    /** Prerolls an H.264 clip and reads {@code max-threads} of each libav decoder in it. */
    private static List<Integer> decoderThreads(PlayerOptions options) {
        PlaybackPipeline built = PipelineBuilder.build(MediaSource.of(TestClips.h264Small()),
                options.withAudioEnabled(false));
        try {
            built.pipeline().setState(State.PAUSED);
            built.pipeline().getState(TimeUnit.SECONDS.toNanos(10));
            return built.pipeline().getElementsRecursive().stream()
                    .filter(DecoderThreads::isLibavVideoDecoder)
                    .map(DecoderThreadsTest::maxThreads).collect(Collectors.toList());
        } finally {
            built.pipeline().setState(State.NULL);
            built.release();
        }
    }

    private static int maxThreads(Element decoder) {
        return ((Number) decoder.get("max-threads")).intValue();
    }
}
