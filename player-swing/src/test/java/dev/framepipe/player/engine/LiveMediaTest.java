package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.StreamOptions;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.FrameRecorder;
import dev.framepipe.player.testing.TestClips;

/** The player tells live media from recordings: live media has no duration, cannot seek, and says so. */
class LiveMediaTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** A live source, as a camera is: it does not preroll, and its frames are stamped with the time they are made. */
    static final String LIVE_CAMERA = "videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=240,"
            + "framerate=25/1 ! videoconvert ! appsink";

    @Test
    void aLiveSourceIsLiveHasNoDurationAndRefusesToSeek() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.ofPipeline(LIVE_CAMERA),
                PlayerOptions.defaults().withAudioEnabled(false))) {
            EventRecorder events = EventRecorder.attach(player);
            events.awaitStatus(Status.READY, TIMEOUT);

            assertThat(player.media().isLive()).isTrue();
            assertThat(player.media().isSeekable()).isFalse();
            assertThat(player.media().getDuration()).isEmpty();

            player.controls().play();
            events.awaitStatus(Status.PLAYING, TIMEOUT);
            Await.until(TIMEOUT, () -> player.getCurrentTime().toMillis() > 500, () -> "time " + player.getCurrentTime());
            player.controls().seek(Duration.ofSeconds(10));
            MediaException error = events.awaitError(TIMEOUT);
            assertThat(error.getType()).isEqualTo(MediaException.Type.OPERATION_UNSUPPORTED);
            assertThat(error.isFatal()).isFalse();
            assertThat(error.getMessage()).contains("is live");
            assertThat(player.getCurrentTime()).isLessThan(Duration.ofSeconds(10));
            Duration before = player.getCurrentTime();
            Await.until(TIMEOUT, () -> player.getCurrentTime().compareTo(before) > 0, () -> "time stuck at " + before);
            assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
        }
    }

    @Test
    void aLiveSourceThatFallsSilentIsReconnectedAndItsNewFramesShowAtOnce() {
        GStreamerRuntime.ensureInitialized();
        Pipeline camera = (Pipeline) Gst.parseLaunch("videotestsrc is-live=true ! video/x-raw,width=160,height=120,"
                + "framerate=25/1 ! valve name=gate drop-mode=forward-sticky-events ! videoconvert ! appsink");
        Element gate = camera.getElementByName("gate");
        try (MediaPlayer player = MediaPlayer.create(MediaSource.ofPipeline(camera), PlayerOptions.defaults()
                .withAudioEnabled(false).withStreaming(StreamOptions.defaults().withStallTimeout(Duration.ofSeconds(1))
                        .withReconnect(3, Duration.ofMillis(100), Duration.ofMillis(100))))) {
            EventRecorder events = EventRecorder.attach(player);
            FrameRecorder frames = new FrameRecorder();
            FrameSource.of(player).orElseThrow().attach(frames);
            player.controls().play();
            Await.until(TIMEOUT, () -> frames.lastTimestamp() > 3_000_000_000L, () -> "at " + frames.lastTimestamp());

            gate.set("drop", true);
            events.awaitStatus(Status.RECONNECTING, TIMEOUT);
            int before = frames.count();
            long lastBeforeDrop = frames.lastTimestamp();
            gate.set("drop", false);

            // The pipeline went to READY and back: its running time, and the camera's timestamps, start again at 0.
            Await.until(TIMEOUT, () -> frames.count() > before + 10, () -> "frames " + frames.count() + ", " + events);
            assertThat(frames.timestamps().subList(before, frames.count())).as("frames of the new connection")
                    .anyMatch(time -> time < lastBeforeDrop);
            Await.until(TIMEOUT, () -> player.getStatus() == Status.PLAYING, () -> "status " + player.getStatus());
            assertThat(events.reconnects()).as(events.toString()).hasSize(1);
        } finally {
            camera.dispose();
        }
    }

    @Test
    void aFileIsNotLive() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()))) {
            EventRecorder events = EventRecorder.attach(player);
            events.awaitStatus(Status.READY, TIMEOUT);

            assertThat(player.media().isLive()).isFalse();
            assertThat(player.media().isSeekable()).isTrue();
        }
    }
}
