package dev.framepipe.player.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.PasswordAuthentication;
import java.net.URI;
import java.time.Duration;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.StreamOptions;

/** The stream options reach the real source elements playbin makes, and the RTSP transport the URI. */
class SourceSetupTest {
    private static final URI CAMERA = URI.create("rtsp://127.0.0.1:8554/live");

    @Test
    void theLowLatencyPresetSetsTheJitterBufferAndDropsLatePackets() {
        Element rtsp = source("rtspsrc");
        new SourceSetup(CAMERA, StreamOptions.lowLatency()).sourceSetup(null, rtsp);

        assertThat(rtsp.get("latency")).isEqualTo(200);
        assertThat(rtsp.get("drop-on-latency")).isEqualTo(true);
        rtsp.dispose();
    }

    @Test
    void theDefaultsKeepGStreamersTwoSeconds() {
        Element rtsp = source("rtspsrc");
        new SourceSetup(CAMERA, StreamOptions.defaults().withLatency(Duration.ofMillis(750))).sourceSetup(null, rtsp);

        assertThat(rtsp.get("latency")).isEqualTo(750);
        assertThat(rtsp.get("drop-on-latency")).isEqualTo(false);
        rtsp.dispose();
    }

    @Test
    void credentialsFromTheCallbackGoToHttpSourcesButNeverOverrideTheUris() {
        StreamOptions asking = StreamOptions.defaults().withCredentials(
                location -> new PasswordAuthentication("ann", "pw".toCharArray()));
        Element http = source("souphttpsrc");
        new SourceSetup(URI.create("https://example.org/a.mp4"), asking).sourceSetup(null, http);
        assertThat(http.get("user-id")).isEqualTo("ann");
        assertThat(http.get("user-pw")).isEqualTo("pw");

        Element own = source("souphttpsrc");
        new SourceSetup(URI.create("https://bob:x@example.org/a.mp4"), asking).sourceSetup(null, own);
        assertThat(own.get("user-id")).isNull();
        http.dispose();
        own.dispose();
    }

    @Test
    void theTransportIsChosenByTheRtspScheme() {
        assertThat(SourceSetup.uriFor("rtsp://cam/live", StreamOptions.Transport.TCP)).isEqualTo("rtspt://cam/live");
        assertThat(SourceSetup.uriFor("RTSP://cam/live", StreamOptions.Transport.UDP)).isEqualTo("rtspu://cam/live");
        assertThat(SourceSetup.uriFor("rtsp://cam/live", StreamOptions.Transport.AUTO)).isEqualTo("rtsp://cam/live");
        assertThat(SourceSetup.uriFor("http://cam/live", StreamOptions.Transport.TCP)).isEqualTo("http://cam/live");
    }

    private static Element source(String factory) {
        GStreamerRuntime.ensureInitialized();
        return ElementFactory.make(factory, null);
    }
}
