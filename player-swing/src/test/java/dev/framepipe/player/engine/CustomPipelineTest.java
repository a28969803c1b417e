package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.State;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.Status;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.FrameRecorder;

/** Custom pipelines play through the same engine, and what goes wrong in them is reported. */
class CustomPipelineTest {
    private static final Duration TIMEOUT = PlaybackTest.TIMEOUT;
    /** An appsrc in stream mode cannot seek, like a live feed an application pushes itself. */
    private static final String UNSEEKABLE = "appsrc is-live=true format=time "
            + "caps=video/x-raw,format=NV12,width=64,height=64,framerate=30/1 ! appsink";

    @Test
    void aDescribedPipelinePlaysToTheEnd() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.ofPipeline(
                "videotestsrc num-buffers=45 pattern=ball ! video/x-raw,width=200,height=150,framerate=30/1 "
                        + "! videoconvert ! appsink"))) {
            // The frames first: a consumer that attaches after the prerolled frame was shown gets it again through a
            // seek, and videotestsrc counts num-buffers across seeks, so one frame of the 45 would be missing.
            FrameRecorder frames = new FrameRecorder();
            FrameSource.of(player).orElseThrow().attach(frames);
            EventRecorder events = EventRecorder.attach(player);
            player.controls().play();
            Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events.toString());
            assertThat(frames.count()).isEqualTo(45);
            assertThat(player.media().getVideoSize()).contains(new VideoSize(200, 150));
            assertThat(player.media().hasVideo()).isTrue();
            assertThat(player.media().hasAudio()).isFalse();
        }
    }

    @Test
    void theCallersPipelinePlaysAndStaysTheirs() {
        Pipeline own = (Pipeline) Gst.parseLaunch("videotestsrc num-buffers=20 ! videoconvert ! appsink name=v");
        try {
            MediaPlayer player = MediaPlayer.create(MediaSource.ofPipeline(own, "v"));
            EventRecorder events = EventRecorder.attach(player);
            player.controls().play();
            Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events.toString());
            player.dispose();
            assertThat(own.getState(0)).isEqualTo(State.NULL);
            assertThat(own.getName()).isNotEmpty();
        } finally {
            own.dispose();
        }
    }

    @Test
    void anErrorPostedMidStreamHaltsWithTheSourceNamed() {
        // filesrc on a missing location fails only when the pipeline starts.
        try (MediaPlayer player = MediaPlayer.create(MediaSource.ofPipeline(
                "filesrc location=/nonexistent/clip.mp4 ! decodebin ! videoconvert ! appsink"))) {
            EventRecorder events = EventRecorder.attach(player);
            MediaException error = events.awaitError(TIMEOUT);
            events.awaitStatus(Status.HALTED, TIMEOUT);
            assertThat(error.isFatal()).isTrue();
            assertThat(error.getMessage()).contains("filesrc location=/nonexistent/clip.mp4");
            assertThat(player.getError()).contains(error);
        }
    }

    @Test
    void aPipelineThatCannotProduceNv12SaysWhatToAdd() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.ofPipeline(
                "videotestsrc ! video/x-raw,format=RGB ! appsink"))) {
            EventRecorder events = EventRecorder.attach(player);
            MediaException error = events.awaitError(TIMEOUT);
            assertThat(error.getType()).isEqualTo(MediaException.Type.INVALID_SOURCE);
            assertThat(error.getMessage()).contains("videoconvert before the appsink");
        }
    }

    @Test
    void aSeekTheSourceCannotDoIsReportedAndPlaybackGoesOn() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.ofPipeline(UNSEEKABLE))) {
            EventRecorder events = EventRecorder.attach(player);
            events.awaitStatus(Status.READY, TIMEOUT);
            player.controls().seek(Duration.ofMillis(1500));
            MediaException error = events.awaitError(TIMEOUT);
            assertThat(error.getType()).isEqualTo(MediaException.Type.OPERATION_UNSUPPORTED);
            assertThat(error.isFatal()).isFalse();
            assertThat(error.getMessage()).contains("appsrc").contains("cannot seek");
            assertThat(player.getCurrentTime()).isEqualTo(Duration.ZERO);
            assertThat(player.getStatus()).isEqualTo(Status.READY);
        }
    }

    @Test
    void reversePlaybackIsRefusedClearlyWhereTheSourceCannotDoIt() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.ofPipeline(UNSEEKABLE))) {
            EventRecorder events = EventRecorder.attach(player);
            events.awaitStatus(Status.READY, TIMEOUT);
            player.controls().setRate(-1.0);
            MediaException error = events.awaitError(TIMEOUT);
            assertThat(error.getType()).isEqualTo(MediaException.Type.OPERATION_UNSUPPORTED);
            assertThat(error.isFatal()).isFalse();
            assertThat(error.getMessage()).contains("cannot be played backwards");
            Await.until(TIMEOUT, () -> player.controls().getRate() == 1.0, () -> "rate " + player.controls().getRate());
            assertThat(player.getStatus()).isEqualTo(Status.READY);
        }
    }
}
