package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.ReconnectAttempt;
import dev.framepipe.player.Status;
import dev.framepipe.player.StreamOptions;
import dev.framepipe.player.pipeline.PipelineError;
import dev.framepipe.player.pipeline.PipelineState;

/**
 * The reconnect policy in the state machine, on a fake live camera and a fake clock (the default options: 10
 * attempts from 0.5 s doubling to 8 s, a 10-s stall timeout). {@code RtspStreamingTest} does the same with a real
 * camera that stops and starts.
 */
class ReconnectTest {
    private static final PipelineError DROPPED = new PipelineError("gst-resource-error-quark", 9,
            "Could not read from resource.", "", true, false);

    private static FakeEngine playingCamera() {
        FakeEngine engine = new FakeEngine(new FakePipeline(FakeEngine.CLIP_NANOS).live(), true).settle();
        engine.playFor(1_000);
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
        return engine;
    }

    @Test
    void aCameraThatFallsSilentIsReconnectedAfterTheStallTimeout() {
        FakeEngine engine = playingCamera();
        engine.pipeline.silent(true);
        engine.playFor(9_000);
        assertThat(engine.events.status()).as("within the stall timeout").isEqualTo(Status.PLAYING);

        engine.playFor(1_500);
        assertThat(engine.events.status()).isEqualTo(Status.RECONNECTING);
        assertThat(engine.pipeline.state()).as("the connection is taken down").isEqualTo(PipelineState.READY);
        ReconnectAttempt first = engine.events.reconnects.get(0);
        assertThat(first.getCause().getMessage()).contains("rtsp://camera.example/live").contains("sent nothing for 10 s");
        assertThat(first.getDelay()).isEqualTo(StreamOptions.DEFAULT_RECONNECT_DELAY);

        engine.waitFor(500);
        assertThat(engine.pipeline.state()).as("connecting again").isEqualTo(PipelineState.PLAYING);
        engine.pipeline.silent(false);
        engine.playFor(100);
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
        assertThat(engine.events.halt).isNull();
    }

    @Test
    void failedAttemptsWaitTwiceAsLongEachTimeUpToTheMaximumThenTheCameraIsGivenUp() {
        FakeEngine engine = playingCamera();
        engine.pipeline.silent(true);
        for (int attempt = 0; attempt < StreamOptions.DEFAULT_RECONNECT_ATTEMPTS; attempt++) {
            engine.pipeline.post(l -> l.error(DROPPED));
            engine.settle();
            engine.waitFor(8_000);
        }
        assertThat(engine.events.reconnects).extracting(attempt -> attempt.getDelay().toMillis())
                .containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 8_000L, 8_000L, 8_000L, 8_000L, 8_000L);
        assertThat(engine.events.halt).isNull();

        engine.pipeline.post(l -> l.error(DROPPED));
        engine.settle();
        assertThat(engine.events.halt).isNotNull();
        assertThat(engine.events.halt.getMessage()).contains("rtsp://camera.example/live")
                .contains("10 attempts to reconnect failed").contains("Could not read from resource");
        assertThat(engine.pipeline.state()).isEqualTo(PipelineState.NULL);
    }

    @Test
    void errorsOfTheDroppedConnectionDoNotCountAsAttempts() {
        FakeEngine engine = playingCamera();
        engine.pipeline.post(l -> l.error(DROPPED));
        engine.pipeline.post(l -> l.error(DROPPED));
        engine.pipeline.post(l -> l.error(DROPPED));
        engine.settle();

        assertThat(engine.events.reconnects).hasSize(1);
    }

    @Test
    void pausingWhileReconnectingStopsTheAttemptsAndPlayConnectsAgain() {
        FakeEngine engine = playingCamera();
        engine.pipeline.post(l -> l.error(DROPPED));
        engine.settle();
        engine.controls.pause();
        engine.settle();
        assertThat(engine.events.status()).isEqualTo(Status.PAUSED);

        engine.waitFor(60_000);
        assertThat(engine.events.reconnects).hasSize(1);
        engine.controls.play();
        engine.settle();
        engine.playFor(100);
        assertThat(engine.events.status()).isEqualTo(Status.PLAYING);
    }

    @Test
    void aFileNeverReconnects() {
        FakeEngine engine = new FakeEngine(true).settle();
        engine.playFor(1_000);
        engine.pipeline.post(l -> l.error(DROPPED));
        engine.settle();

        assertThat(engine.events.reconnects).isEmpty();
        assertThat(engine.events.halt).isNotNull();
    }
}
