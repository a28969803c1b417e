package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.freedesktop.gstreamer.Caps;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.PadDirection;
import org.freedesktop.gstreamer.PluginFeature.Rank;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaException.Type;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.testing.TestClips;

/**
 * A codec with no decoder installed, made by lowering every H.264 decoder's rank to NONE (decodebin then never picks
 * one) for this test only: the player halts naming the codec and the packages that provide decoders.
 */
class MissingDecoderTest extends CorpusWindow {

    @Test
    void aCodecWithoutADecoderHaltsNamingTheCodec() {
        GStreamerRuntime.ensureInitialized();
        Path clip = TestClips.h264Faststart();
        List<ElementFactory> decoders = ElementFactory.listGetElementsFilter(ElementFactory.ListType.DECODER,
                Rank.NONE, Caps.fromString("video/x-h264"), PadDirection.SINK, false);
        int[] ranks = decoders.stream().mapToInt(ElementFactory::getRank).toArray();
        assertThat(decoders).as("H.264 decoders installed").isNotEmpty();
        MediaException error;
        try {
            decoders.forEach(decoder -> decoder.setRank(Rank.NONE));
            error = Playthrough.haltedClearly(playToHalt("H.264 with every H.264 decoder disabled",
                    MediaSource.of(clip)), clip.toString());
        } finally {
            for (int i = 0; i < decoders.size(); i++) {
                decoders.get(i).setRank(ranks[i]);
            }
        }
        assertThat(error.getType()).isEqualTo(Type.MEDIA_UNSUPPORTED);
        assertThat(error.getMessage()).contains("H.264").contains("which is not installed")
                .contains("gstreamer1.0-libav");
    }
}
