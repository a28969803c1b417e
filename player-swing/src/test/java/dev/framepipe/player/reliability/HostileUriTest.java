package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaException.Type;
import dev.framepipe.player.MediaSource;

/** URIs that cannot be played: an unknown scheme, a file descriptor of the host, a server that is not there. */
class HostileUriTest extends CorpusWindow {

    @Test
    void anUnknownSchemeIsRefusedAtOnce() {
        Outcome outcome = play("unknown scheme gopher2://", MediaSource.ofUri("gopher2://example.invalid/a.mp4"));
        assertThat(outcome.refusedAtCreate()).isTrue();
        assertThat(outcome.error().orElseThrow().getType()).isEqualTo(Type.INVALID_SOURCE);
        assertThat(outcome.error().orElseThrow().getMessage()).contains("'gopher2:'");
    }

    @Test
    void aFileDescriptorUriIsRefusedAtOnce() {
        // Descriptor 0 is the test process's standard input: a media URI must not read the host's own files.
        Outcome outcome = play("fd://0", MediaSource.ofUri("fd://0"));
        assertThat(outcome.refusedAtCreate()).isTrue();
        assertThat(outcome.error().orElseThrow().getType()).isEqualTo(Type.INVALID_SOURCE);
        assertThat(outcome.error().orElseThrow().getMessage()).contains("'fd://0'").contains("own open files");
    }

    @Test
    void aClosedLoopbackPortHalts() {
        String uri = "http://127.0.0.1:" + closedPort() + "/clip.mp4";
        MediaException error = Playthrough.haltedClearly(playToHalt("HTTP to a closed loopback port",
                MediaSource.ofUri(uri)), uri);
        assertThat(error.getType()).isEqualTo(Type.MEDIA_UNAVAILABLE);
        assertThat(error.getMessage()).contains("was refused");
    }

    /** A loopback port nothing listens on: one the system just handed out and took back. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
