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
import dev.framepipe.player.testing.LocalHttpServer;
import dev.framepipe.player.testing.TestClips;

/** A stream from a loopback HTTP server that stops in the middle: the player halts saying the server went away. */
class HttpFaultTest extends CorpusWindow {

    @Test
    void aServerStoppingMidStreamHaltsThePlayer() throws Exception {
        java.nio.file.Path clip = TestClips.h264Faststart();
        try (LocalHttpServer server = LocalHttpServer.start()) {
            // About the rate the clip plays at, so the player is playing when the server dies.
            server.limitRate(320 * 1024);
            server.dieAfter(Files.size(clip) / 2);
            String uri = server.serve("/clip.mp4", clip).toString();
            Outcome outcome = playToHalt("HTTP server stopped after half the file", MediaSource.ofUri(uri),
                    PlayerOptions.defaults().withAudioEnabled(false), Scenario.whilePlaying(player ->
                            Await.until(Duration.ofSeconds(10), server::hasDied, () -> "the server is still up")));
            MediaException error = Playthrough.haltedClearly(outcome, uri);
            assertThat(error.getType()).isEqualTo(Type.MEDIA_UNAVAILABLE);
            assertThat(outcome.framesDelivered()).as("frames before the server died").isPositive();
        }
    }
}
