package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaException.Type;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.TestClips;

/** A stream from a loopback HTTP server that stops in the middle: the player halts saying the server went away. */
class HttpFaultTest extends CorpusWindow {

    @Test
    void aServerStoppingMidStreamHaltsThePlayer() throws Exception {
        byte[] clip = Files.readAllBytes(TestClips.h264Faststart());
        try (LoopbackHttpServer server = new LoopbackHttpServer(clip, clip.length / 2)) {
            Outcome outcome = playToHalt("HTTP server stopped after half the file", MediaSource.ofUri(server.uri()),
                    PlayerOptions.defaults().withAudioEnabled(false), Scenario.whilePlaying(player ->
                            Await.until(Duration.ofSeconds(10), server::hasDied, () -> "the server is still up")));
            MediaException error = Playthrough.haltedClearly(outcome, server.uri());
            assertThat(error.getType()).isEqualTo(Type.MEDIA_UNAVAILABLE);
            assertThat(outcome.framesDelivered()).as("frames before the server died").isPositive();
        }
    }
}
