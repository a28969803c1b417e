package dev.framepipe.player.engine;

import static dev.framepipe.player.engine.FakeEngine.millis;
import static dev.framepipe.player.engine.FakeEngine.nanos;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.pipeline.PipelineError;
import dev.framepipe.player.pipeline.PipelineState;
import dev.framepipe.player.pipeline.SeekRequest;

/**
 * The engine's state machine against a {@link FakePipeline}: deterministic, no GStreamer, milliseconds per test. Each
 * test drives the public controls and checks what an application would see (status, position, events) and what
 * reached the pipeline.
 */
class PlaybackControllerTest {

    private static FakeEngine ready() {
        FakeEngine engine = new FakeEngine(false).settle();
        assertThat(engine.events.status()).isEqualTo(Status.READY);
        return engine;
    }

    @Test
    void opensToReadyAndShowsTheFirstFrame() {
        FakeEngine engine = ready();
        assertThat(engine.controller.phase()).isEqualTo(Phase.READY);
        assertThat(engine.pipeline.shownFrameTime()).isZero();
        assertThat(engine.pipeline.seeks()).as("no seek needed to open at the start").isEmpty();
        assertThat(engine.events.media.getDuration()).contains(Duration.ofSeconds(10));
    }

    @Test
    void playPauseAndStopChangeTheStatusAsCommanded() {
        FakeEngine engine = ready();
        engine.controls.play();
        engine.settle().playFor(1000);
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
        assertThat(engine.events.time()).isEqualTo(millis(1000));

        engine.controls.pause();
        engine.settle();
        assertThat(engine.events.status()).isEqualTo(Status.PAUSED);
        assertThat(engine.pipeline.state()).isEqualTo(PipelineState.PAUSED);

        engine.controls.stop();
        engine.settle();
        assertThat(engine.events.status()).isEqualTo(Status.STOPPED);
        assertThat(engine.events.time()).isEqualTo(Duration.ZERO);
        assertThat(engine.events.statuses).containsExactly(Status.READY, Status.PLAYING, Status.PAUSED,
                Status.STOPPED);
    }

    @Test
    void aSeekLandsAndIsAnnouncedOnceThePipelinePrerolled() {
        FakeEngine engine = ready();
        engine.controls.seek(millis(2500));
        engine.controller.takeCommands();
        assertThat(engine.events.seeksCompleted).as("before the preroll").isEmpty();
        assertThat(engine.events.time()).as("the target, at once").isEqualTo(millis(2500));
        engine.settle();
        assertThat(engine.events.seeksCompleted).containsExactly(millis(2500));
        assertThat(engine.events.status()).isEqualTo(Status.PAUSED);
    }

    @Test
    void aFastSeekAnnouncesTheKeyFrameItLandedOn() {
        FakeEngine engine = ready();
        engine.controls.seek(millis(2400), SeekMode.FAST);
        engine.settle();
        assertThat(engine.events.seeksCompleted).containsExactly(millis(2000));
        engine.controls.seek(millis(2600), SeekMode.FAST);
        engine.settle();
        assertThat(engine.events.seeksCompleted).containsExactly(millis(2000), millis(3000));
    }

    @Test
    void aBurstOfCommandsCoalescesIntoTheLastOnes() {
        FakeEngine engine = ready();
        for (int i = 0; i < 10_000; i++) {
            engine.controls.play();
            engine.controls.seek(millis(i % 9000));
            engine.controls.stepForward();
            engine.controls.pause();
            engine.controls.setRate(i % 2 == 0 ? 2.0 : 0.5);
        }
        engine.controls.setRate(1.0);
        engine.controls.seek(millis(1234));
        engine.controls.play();
        engine.settle();
        assertThat(engine.pipeline.seeks()).as("one seek for the whole burst").hasSize(1);
        assertThat(engine.pipeline.seeks().get(0).start()).isEqualTo(nanos(1234));
        assertThat(engine.pipeline.seeks().get(0).rate()).isEqualTo(1.0);
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
        assertThat(engine.events.seeksCompleted).containsExactly(millis(1234));
    }

    @Test
    void theEndOfTheLastCyclePausesOnTheLastFrameAndPlayStartsAgain() {
        FakeEngine engine = ready();
        engine.controls.play();
        engine.settle().playFor(11_000);
        assertThat(engine.events.endsOfMedia).isEqualTo(1);
        assertThat(engine.controller.phase()).isEqualTo(Phase.ENDED);
        assertThat(engine.events.status()).isEqualTo(Status.PAUSED);
        assertThat(engine.events.time()).isEqualTo(Duration.ofSeconds(10));

        engine.controls.play();
        engine.settle().playFor(500);
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
        assertThat(engine.events.time()).isEqualTo(millis(500));
    }

    @Test
    void playAtTheEndOfReversePlaybackStartsAgainFromTheEnd() {
        FakeEngine engine = ready();
        engine.controls.seek(millis(2000));
        engine.controls.setRate(-1);
        engine.controls.play();
        engine.settle().playFor(3000);
        assertThat(engine.events.endsOfMedia).isEqualTo(1);
        assertThat(engine.events.time()).as("the end of reverse playback is the start").isEqualTo(Duration.ZERO);
        engine.controls.play();
        engine.settle().playFor(1000);
        assertThat(engine.events.time()).isCloseTo(millis(9000), millis(1));
    }

    @Test
    void loopsRestartTheSegmentUntilTheCycleCountIsReached() {
        FakeEngine engine = ready();
        engine.controls.setCycleCount(3);
        engine.controls.play();
        engine.settle();
        assertThat(engine.pipeline.seeks().get(0).isLoopSegment()).isTrue();
        engine.playFor(10_000);
        assertThat(engine.events.cyclesCompleted).isEqualTo(1);
        engine.playFor(10_000);
        assertThat(engine.events.cyclesCompleted).isEqualTo(2);
        assertThat(engine.pipeline.seeks().get(engine.pipeline.seeks().size() - 1).isLoopSegment())
                .as("the last cycle ends in EOS").isFalse();
        engine.playFor(10_000);
        assertThat(engine.events.endsOfMedia).isEqualTo(1);
        assertThat(engine.events.status()).isEqualTo(Status.PAUSED);
    }

    @Test
    void anEndOfStreamOfASegmentASeekReplacedIsIgnored() {
        FakeEngine engine = ready();
        engine.controls.play();
        engine.settle().playFor(500);
        int before = engine.pipeline.epoch();
        engine.controls.seek(millis(3000));
        engine.settle();
        engine.pipeline.post(l -> l.endOfStream(before));
        engine.settle();
        assertThat(engine.events.endsOfMedia).isZero();
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
    }

    @Test
    void stepsMoveOneFrameAndAStepWhilePlayingWaitsForThePause() {
        FakeEngine engine = ready();
        engine.controls.seek(millis(1000));
        engine.settle();
        engine.controls.stepForward();
        engine.settle();
        assertThat(engine.pipeline.shownFrameTime()).isEqualTo(1_033_333_334L);

        engine.controls.stepBackward();
        engine.settle();
        assertThat(engine.pipeline.shownFrameTime()).isEqualTo(nanos(1000));
        assertThat(engine.events.status()).isEqualTo(Status.PAUSED);

        engine.controls.play();
        engine.settle().playFor(1000);
        engine.controls.stepForward();
        engine.settle();
        assertThat(engine.events.status()).isEqualTo(Status.PAUSED);
        assertThat(engine.pipeline.state()).isEqualTo(PipelineState.PAUSED);
        assertThat(engine.pipeline.shownFrameTime()).isEqualTo(2_033_333_334L);
    }

    @Test
    void stepsBackAtTheFirstFrameAreNoStepsEvenWhenTakenTogetherWithStepsForward() {
        FakeEngine engine = ready();
        engine.controls.pause();
        engine.settle();
        // Posted before the control thread wakes: one batch, whose sum is 0.
        engine.controls.stepBackward();
        engine.controls.stepBackward();
        engine.controls.stepForward();
        engine.controls.stepForward();
        engine.settle();
        assertThat(engine.pipeline.shownFrameTime()).as("two frames on, as when taken one by one")
                .isEqualTo(66_666_667L);

        engine.controls.stepBackward();
        engine.controls.stepForward();
        engine.settle();
        assertThat(engine.pipeline.shownFrameTime()).as("away from the first frame, back and forward cancel out")
                .isEqualTo(66_666_667L);
    }

    @Test
    void thereIsNoStepForwardPastTheLastFrame() {
        FakeEngine engine = ready();
        engine.controls.seek(Duration.ofSeconds(10));
        engine.settle();
        engine.controls.stepForward();
        engine.settle();
        assertThat(engine.pipeline.stepEvents()).as("step events sent at the end").isZero();
        assertThat(engine.events.time()).isEqualTo(Duration.ofSeconds(10));
        engine.controls.stepBackward();
        engine.settle();
        assertThat(engine.events.time()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aSeekReplacesWaitingStepsKeepsTheirPauseAndIsSentToAPausedPipeline() {
        // Sent while playing, a flushing seek prerolls its frame and the pipeline plays on from it: a pause sent
        // after the seek could land a frame past the target (PlaybackTest#aSeekReplacesStepsStillWaitingToRun).
        FakeEngine engine = ready();
        engine.controls.play();
        engine.settle().playFor(500);
        for (int i = 0; i < 20; i++) {
            engine.controls.stepBackward();
        }
        engine.controls.seek(millis(4000));
        engine.settle();
        assertThat(engine.pipeline.shownFrameTime()).isEqualTo(nanos(4000));
        assertThat(engine.events.status()).isEqualTo(Status.PAUSED);
        engine.controls.play();
        engine.settle().playFor(500);
        engine.controls.seek(millis(2000));
        engine.controls.stepForward();
        engine.settle();
        engine.controls.play();
        engine.settle().playFor(500);
        engine.controls.pause();
        engine.controls.seek(millis(3000));
        engine.settle();
        assertThat(engine.pipeline.statesAtSeeks()).containsExactly(PipelineState.PAUSED, PipelineState.PAUSED,
                PipelineState.PAUSED);
        assertThat(engine.pipeline.shownFrameTime()).isEqualTo(nanos(3000));
        assertThat(engine.events.seeksCompleted).containsExactly(millis(4000), millis(2000), millis(3000));
        assertThat(engine.events.status()).isEqualTo(Status.PAUSED);

        // A seek while playing still plays on from the target.
        engine.controls.play();
        engine.settle();
        engine.controls.seek(millis(1000));
        engine.settle();
        assertThat(engine.pipeline.statesAtSeeks()).last().isEqualTo(PipelineState.PLAYING);
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
    }

    @Test
    void noSegmentWithItsStartAfterItsStopReachesThePipeline() {
        FakeEngine engine = ready();
        engine.controls.setStopTime(millis(3000));
        assertThatThrownBy(() -> engine.controls.setStartTime(millis(5000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT5S");
        engine.controls.setStartTime(millis(1000));
        engine.controls.seek(millis(-500));
        engine.settle();
        engine.controls.seek(Duration.ofDays(365_000 * 1000L));
        engine.settle();
        engine.controls.setRate(-2);
        engine.controls.seek(millis(200));
        engine.settle();
        for (SeekRequest seek : engine.pipeline.seeks()) {
            assertThat(seek.start()).as(seek.toString()).isBetween(nanos(1000), nanos(3000));
            assertThat(seek.stop()).as(seek.toString()).isBetween(seek.start(), nanos(3000));
        }
        assertThat(engine.events.time()).isEqualTo(millis(1000));
    }

    @Test
    void aRefusedRateIsPutBackAndTheSeekStillLands() {
        FakePipeline pipeline = new FakePipeline(FakeEngine.CLIP_NANOS);
        pipeline.refuseReverse();
        FakeEngine engine = new FakeEngine(pipeline, false).settle();
        engine.controls.setRate(-1);
        engine.controls.seek(millis(5000));
        engine.settle();
        assertThat(engine.settings.rate()).isEqualTo(1.0);
        assertThat(engine.events.properties).as("the rate put back is announced").endsWith("rate=1.0");
        assertThat(engine.events.errors).singleElement()
                .satisfies(error -> assertThat(error.getType()).isEqualTo(MediaException.Type.OPERATION_UNSUPPORTED));
        assertThat(engine.events.seeksCompleted).containsExactly(millis(5000));
    }

    @Test
    void aSeekTheMediaRefusesIsAnnouncedAndThePlayerPlaysOn() {
        FakePipeline pipeline = new FakePipeline(FakeEngine.CLIP_NANOS);
        pipeline.refuseSeeks();
        FakeEngine engine = new FakeEngine(pipeline, true).settle();
        engine.controls.seek(millis(5000));
        engine.settle();
        assertThat(engine.events.errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("fake.mp4"));
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
        assertThat(engine.events.seeksCompleted).isEmpty();
    }

    @Test
    void commandsGivenWhileOpeningTakeEffectTogetherAtReady() {
        FakeEngine engine = new FakeEngine(false);
        engine.controls.setStartTime(millis(2000));
        engine.controls.seek(millis(3000));
        engine.controls.play();
        engine.settle();
        assertThat(engine.pipeline.seeks()).as("one seek for start time and seek").hasSize(1);
        assertThat(engine.pipeline.seeks().get(0).start()).isEqualTo(nanos(3000));
        assertThat(engine.events.statuses).containsExactly(Status.READY, Status.PLAYING);
        assertThat(engine.pipeline.framesShown()).as("the opening frame at 0 s is never shown").isEqualTo(1);
        assertThat(engine.pipeline.shownFrameTime()).isEqualTo(nanos(3000));
    }

    @Test
    void bufferingStallsPlaybackUntilTheBufferIsFull() {
        FakeEngine engine = ready();
        engine.controls.play();
        engine.settle();
        engine.pipeline.post(l -> l.buffering(40));
        engine.settle();
        assertThat(engine.events.status()).isEqualTo(Status.STALLED);
        assertThat(engine.pipeline.state()).isEqualTo(PipelineState.PAUSED);
        engine.pipeline.post(l -> l.buffering(100));
        engine.settle();
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
        assertThat(engine.pipeline.state()).isEqualTo(PipelineState.PLAYING);
    }

    @Test
    void anErrorHaltsAndLaterCommandsAreIgnored() {
        FakeEngine engine = ready();
        engine.pipeline.post(l -> l.error(new PipelineError("gst-stream-error-quark", 7, "decode failed", "",
                false, false)));
        engine.settle();
        assertThat(engine.events.halt).isNotNull();
        assertThat(engine.events.halt.getMessage()).contains("fake.mp4").contains("damaged");
        assertThat(engine.pipeline.state()).isEqualTo(PipelineState.NULL);
        engine.controls.play();
        engine.settle();
        assertThat(engine.controller.phase()).isEqualTo(Phase.HALTED);
        assertThat(engine.events.statuses).containsExactly(Status.READY);
    }

    @Test
    void mediaThatDoesNotOpenInTimeHalts() {
        FakePipeline pipeline = new FakePipeline(FakeEngine.CLIP_NANOS);
        pipeline.neverPreroll();
        FakeEngine engine = new FakeEngine(pipeline, true);
        engine.waitFor(PlaybackController.LOCAL_OPEN_TIMEOUT_SECONDS * 1000 - 1);
        assertThat(engine.events.halt).isNull();
        engine.waitFor(2);
        assertThat(engine.events.halt).isNotNull();
        assertThat(engine.events.halt.getType()).isEqualTo(MediaException.Type.MEDIA_CORRUPTED);
    }

    @Test
    void disposeIsFinal() {
        FakeEngine engine = ready();
        engine.controller.shutdown();
        assertThat(engine.pipeline.isShutDown()).isTrue();
        assertThat(engine.controller.phase()).isEqualTo(Phase.DISPOSED);
        engine.controls.play();
        engine.settle();
        assertThat(engine.controller.phase()).isEqualTo(Phase.DISPOSED);
    }

    @Test
    void volumeAndMuteReachThePipeline() {
        FakeEngine engine = ready();
        engine.audio.setVolume(0.25);
        engine.audio.setMuted(true);
        engine.settle();
        assertThat(engine.pipeline.volume()).isEqualTo(0.25);
        assertThat(engine.pipeline.muted()).isTrue();
    }

    @Test
    void cycleCountsOtherThanPositiveOrIndefiniteAreRefused() {
        FakeEngine engine = ready();
        assertThatThrownBy(() -> engine.controls.setCycleCount(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        engine.controls.setCycleCount(PlaybackControls.INDEFINITE);
        assertThat(engine.controls.isLooping()).isTrue();
    }
}
