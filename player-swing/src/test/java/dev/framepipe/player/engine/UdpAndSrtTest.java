package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.StreamOptions;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.FrameRecorder;

/**
 * MPEG-TS streamed over plain UDP and over SRT by a GStreamer sender on 127.0.0.1, as encoders and contribution links
 * send it: both play live through playbin's {@code udpsrc} and {@code srtsrc}.
 */
class UdpAndSrtTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CAMERA = "videotestsrc is-live=true pattern=smpte ! video/x-raw,width=320,height=180,"
            + "framerate=25/1 ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25 ! mpegtsmux ! ";

    private Pipeline sender;
    private MediaPlayer player;

    @AfterEach
    void close() {
        if (player != null) {
            player.dispose();
        }
        if (sender != null) {
            sender.setState(State.NULL);
            sender.dispose();
        }
    }

    @Test
    void mpegTsOverUdpPlaysLive() {
        int port = freePort();
        send(CAMERA + "udpsink host=127.0.0.1 port=" + port);
        assertPlaysLive(URI.create("udp://127.0.0.1:" + port), StreamOptions.defaults());
    }

    @Test
    void mpegTsOverSrtPlaysLiveWithTheLatencyAskedFor() {
        int port = freePort();
        send(CAMERA + "srtsink uri=srt://127.0.0.1:" + port + "?mode=listener wait-for-connection=false");
        assertPlaysLive(URI.create("srt://127.0.0.1:" + port), StreamOptions.lowLatency());
    }

    private void send(String description) {
        GStreamerRuntime.ensureInitialized();
        sender = (Pipeline) Gst.parseLaunch(description);
        sender.play();
    }

    private void assertPlaysLive(URI stream, StreamOptions options) {
        player = MediaPlayer.create(MediaSource.of(stream), PlayerOptions.defaults().withAudioEnabled(false)
                .withAutoPlay(true).withStreaming(options));
        EventRecorder events = EventRecorder.attach(player);
        FrameRecorder frames = new FrameRecorder();
        FrameSource.of(player).orElseThrow().attach(frames);

        Await.until(TIMEOUT, () -> frames.count() > 25, () -> "frames " + frames.count() + ", " + events);
        assertThat(player.media().isLive()).isTrue();
        assertThat(player.media().getVideoSize()).hasValueSatisfying(size -> assertThat(size.getWidth())
                .isEqualTo(320));
        assertThat(events.errors()).isEmpty();
    }

    private static int freePort() {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
