package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.PasswordAuthentication;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.StreamOptions;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.FrameRecorder;
import dev.framepipe.player.testing.RtspTestServer;

/**
 * Live RTSP cameras served by GStreamer's RTSP server on 127.0.0.1: opening, transports, credentials from the URI
 * or from the application, and errors that name the camera.
 */
class RtspStreamingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CAMERA = RtspTestServer.liveCamera(320, 180, 25);

    private RtspTestServer server;
    private MediaPlayer player;
    private EventRecorder events;
    private FrameRecorder frames;

    @AfterEach
    void close() {
        if (player != null) {
            player.dispose();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCameraOpensOnItsFirstFrameAndPlaysLive() {
        server = RtspTestServer.start(CAMERA);
        open(server.uri(), StreamOptions.defaults());

        events.awaitStatus(Status.READY, TIMEOUT);
        assertThat(player.media().isLive()).isTrue();
        assertThat(player.media().isSeekable()).isFalse();
        assertThat(player.media().getVideoSize()).hasValueSatisfying(size -> assertThat(size.getWidth())
                .isEqualTo(320));
        Await.until(TIMEOUT, () -> frames.count() == 1, () -> "the first frame is shown while READY: "
                + frames.count());
        player.controls().play();
        events.awaitStatus(Status.PLAYING, TIMEOUT);
        Await.until(TIMEOUT, () -> frames.count() > 25, () -> "frames " + frames.count());
    }

    @Test
    void aCameraServingOnlyTcpPlaysOverTcp() {
        assertPlaysOver(RtspTestServer.TCP, StreamOptions.Transport.TCP);
    }

    @Test
    void udpOnlyIsUsedWhenAsked() {
        assertPlaysOver(RtspTestServer.UDP, StreamOptions.Transport.UDP);
    }

    private void assertPlaysOver(int served, StreamOptions.Transport asked) {
        server = RtspTestServer.start(CAMERA, served, null, null);
        open(server.uri(), StreamOptions.defaults().withTransport(asked));
        player.controls().play();

        Await.until(TIMEOUT, () -> frames.count() > 10, () -> "frames " + frames.count() + ", " + events);
    }

    @Test
    void aCameraThatOffersNoTransportAskedForFailsNamingIt() {
        server = RtspTestServer.start(CAMERA, RtspTestServer.UDP, null, null);
        open(server.uri(), StreamOptions.defaults().withTransport(StreamOptions.Transport.TCP));

        MediaException error = events.awaitError(TIMEOUT);
        assertThat(player.getStatus()).isEqualTo(Status.HALTED);
        assertThat(error.getMessage()).contains(server.uri().toString());
    }

    @Test
    void credentialsInTheUriOpenAProtectedCamera() {
        server = RtspTestServer.start(CAMERA, RtspTestServer.UDP | RtspTestServer.TCP, "viewer", "s3cret");
        open(server.uri("viewer", "s3cret"), StreamOptions.defaults());
        player.controls().play();

        Await.until(TIMEOUT, () -> frames.count() > 10, () -> "frames " + frames.count() + ", " + events);
    }

    @Test
    void credentialsFromTheApplicationOpenAProtectedCamera() {
        server = RtspTestServer.start(CAMERA, RtspTestServer.UDP | RtspTestServer.TCP, "viewer", "s3cret");
        List<URI> asked = new CopyOnWriteArrayList<>();
        open(server.uri(), StreamOptions.defaults().withCredentials(location -> {
            asked.add(location);
            return new PasswordAuthentication("viewer", "s3cret".toCharArray());
        }));
        player.controls().play();

        Await.until(TIMEOUT, () -> frames.count() > 10, () -> "frames " + frames.count() + ", " + events);
        assertThat(asked).containsOnly(server.uri());
    }

    @Test
    void wrongCredentialsAreRefusedWithoutShowingThePassword() {
        server = RtspTestServer.start(CAMERA, RtspTestServer.UDP | RtspTestServer.TCP, "viewer", "s3cret");
        open(server.uri(), StreamOptions.defaults().withCredentials(
                location -> new PasswordAuthentication("viewer", "guess-1".toCharArray())));

        MediaException error = events.awaitError(TIMEOUT);
        assertThat(error.getType()).isEqualTo(MediaException.Type.MEDIA_INACCESSIBLE);
        assertThat(error.getMessage()).contains(server.uri().toString()).contains("access was refused")
                .doesNotContain("guess-1");
    }

    @Test
    void aCameraThatRestartsIsReconnectedAndTheLastFrameStaysMeanwhile() {
        server = RtspTestServer.start(CAMERA);
        open(server.uri(), StreamOptions.defaults().withReconnect(10, Duration.ofMillis(300), Duration.ofSeconds(1)));
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.count() > 10, () -> "frames " + frames.count() + ", " + events);

        server.stop();
        events.awaitStatus(Status.RECONNECTING, TIMEOUT);
        Await.until(TIMEOUT, () -> events.reconnects().size() >= 2, () -> "events " + events);
        int framesWhileDown = frames.count();
        assertThat(events.reconnects().get(0).getCause().getMessage()).contains(server.uri().toString());
        assertThat(events.reconnects()).extracting(attempt -> attempt.getDelay().toMillis())
                .startsWith(300L, 600L);
        assertThat(player.getStatus()).isEqualTo(Status.RECONNECTING);

        server.restart();
        Await.until(TIMEOUT, () -> player.getStatus() == Status.PLAYING && frames.count() > framesWhileDown + 10,
                () -> "status " + player.getStatus() + ", frames " + frames.count() + ", " + events);
        assertThat(events.errors()).as("no error reaches the application").isEmpty();
    }

    @Test
    void aCameraThatStaysDownIsGivenUpAfterTheLastAttempt() {
        server = RtspTestServer.start(CAMERA);
        open(server.uri(), StreamOptions.defaults().withReconnect(3, Duration.ofMillis(100), Duration.ofMillis(200)));
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.count() > 10, () -> "frames " + frames.count() + ", " + events);

        server.stop();
        MediaException error = events.awaitError(TIMEOUT);
        assertThat(player.getStatus()).isEqualTo(Status.HALTED);
        assertThat(error.getMessage()).contains(server.uri().toString()).contains("3 attempts to reconnect failed");
        assertThat(events.reconnects()).extracting(attempt -> attempt.getNumber() + "/" + attempt.getLimit() + " "
                + attempt.getDelay().toMillis()).containsExactly("1/3 100", "2/3 200", "3/3 200");
    }

    private void open(URI uri, StreamOptions streaming) {
        player = MediaPlayer.create(MediaSource.of(uri),
                PlayerOptions.defaults().withAudioEnabled(false).withStreaming(streaming));
        events = EventRecorder.attach(player);
        frames = new FrameRecorder();
        FrameSource.of(player).orElseThrow().attach(frames);
    }
}
