package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.LocalHttpServer;

/**
 * Network faults end in an error a user can act on, naming the URI without its password and the reason, within a
 * stated time; never a hang in LOADING. Everything is on 127.0.0.1, or a name that cannot exist ({@code .invalid}).
 */
class NetworkErrorTest {
    /** A refused connection or a missing host: GStreamer fails at once, and the probe answers in milliseconds. */
    private static final Duration QUICK = Duration.ofSeconds(5);
    /** A TLS handshake with a server that never answers it: the HTTP source's 15-s timeout and the 3-s probe. */
    private static final Duration TLS_BOUND = Duration.ofSeconds(25);

    private final LocalHttpServer server = LocalHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClosedPortIsARefusedConnection() {
        MediaException error = failure(URI.create("http://127.0.0.1:1/clip.mkv"), QUICK);
        assertThat(error.getType()).isEqualTo(MediaException.Type.MEDIA_UNAVAILABLE);
        assertThat(error.getMessage()).contains("'http://127.0.0.1:1/clip.mkv'")
                .contains("connection to 127.0.0.1 port 1 was refused");
    }

    @Test
    void aHostThatDoesNotExistIsNamed() {
        MediaException error = failure(URI.create("http://no-such-host.invalid/clip.mkv"), QUICK);
        assertThat(error.getMessage()).contains("the host name 'no-such-host.invalid' could not be found");
    }

    @Test
    void notFoundForbiddenAndAServerErrorAreTold() {
        assertThat(failure(server.answer("/missing.mkv", 404), QUICK).getMessage()).contains("not found");
        MediaException forbidden = failure(server.answer("/forbidden.mkv", 403), QUICK);
        assertThat(forbidden.getType()).isEqualTo(MediaException.Type.MEDIA_INACCESSIBLE);
        assertThat(forbidden.getMessage()).contains("access was refused");
        assertThat(failure(server.answer("/broken.mkv", 500), QUICK).getMessage())
                .contains("the server can be reached but did not send it").contains("Internal Server Error");
    }

    @Test
    void aPasswordInTheUriNeverAppearsInTheError() {
        URI protectedClip = URI.create(server.answer("/private.mkv", 401).toString()
                .replace("//", "//ann:s3cret@"));
        MediaException refused = failure(protectedClip, QUICK);
        assertThat(refused.getMessage()).contains("ann@127.0.0.1").contains("access was refused")
                .doesNotContain("s3cret");
        MediaException unreachable = failure(URI.create("rtsp://bob:pw123@127.0.0.1:1/camera"), QUICK);
        assertThat(unreachable.getMessage()).contains("rtsp://bob@127.0.0.1:1/camera").contains("refused")
                .doesNotContain("pw123");
        assertThat(MediaSource.of(protectedClip).describe()).doesNotContain("s3cret");
    }

    @Test
    void aFailedTlsHandshakeIsToldWithinItsBound() {
        URI plainServerSpokenToInTls = URI.create(server.uri("/clip.mkv").toString().replace("http:", "https:"));
        MediaException error = failure(plainServerSpokenToInTls, TLS_BOUND);
        assertThat(error.getMessage()).contains("secure (TLS) connection to 127.0.0.1");
    }

    /** Opens a URI and returns the error that halts the player, failing if it takes longer than the bound. */
    private static MediaException failure(URI uri, Duration bound) {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(uri),
                PlayerOptions.defaults().withAudioEnabled(false))) {
            EventRecorder events = EventRecorder.attach(player);
            events.awaitStatus(Status.HALTED, bound);
            return player.getError().orElseThrow();
        }
    }
}
