package dev.framepipe.player.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.engine.UserCommand.Kind;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.GLibWarningsFail;
import dev.framepipe.player.testing.TestClips;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Model-based test: random sessions of user commands (play, pause, stop, fast and accurate seeks, steps both ways,
 * rates, start and stop times, looping, dispose at any point) run against the model — the real
 * controller over a {@link FakePipeline} — and against a real player of a generated 12-second clip. After each
 * command both must agree: the status, where a seek landed (within a frame; a fast seek within the key frame
 * interval, since the demuxer picks the key frame), the position while paused at a known place (within a frame),
 * whether an argument was refused, and the end of the media. jqwik shrinks a failing session to a minimal
 * one and prints it with its seed.
 *
 * <p>The number of sessions is {@code jqwik.tries.default} (a CI-sized run in {@code junit-platform.properties};
 * {@code ./framepipe bench model} runs thousands). The model's clock stands still while the real player plays in
 * real time, so sessions keep clear of the clip's ends: seeks to 3–5 s, start times up to 1 s, stop times from 9 s,
 * at most ten commands, and positive rates only (backwards from the start time, a real player ends within
 * milliseconds, racing the check). Reverse playback is covered by the examples below that do not play, and by
 * {@code PlaybackControllerTest}.
 */
class ModelAgreementTest {
    private static final long CLIP_NANOS = TimeUnit.SECONDS.toNanos(12);
    private static final Duration WAIT = Duration.ofSeconds(8);
    private static final long FRAME_TOLERANCE_NANOS = FakePipeline.FRAME_NANOS + 1_000_000;
    /** The real clip's encoder places key frames at most this far apart. */
    private static final Duration KEY_FRAME_INTERVAL = Duration.ofSeconds(1);

    @Property(shrinking = net.jqwik.api.ShrinkingMode.FULL)
    void theRealEngineAgreesWithTheModel(@ForAll("sessions") List<UserCommand> session) {
        agreeOn(session);
    }

    /** Sessions that once disagreed, shrunk by jqwik: each guarded a bug (or a wrong model) that was fixed. */
    @Example
    void aStepBackAfterAnAccurateSeekBetweenFrames() {
        agreeOn(List.of(UserCommand.at(Kind.SEEK_FAST, 3352), UserCommand.at(Kind.SEEK_ACCURATE, 3011),
                UserCommand.of(Kind.STEP_BACKWARD), UserCommand.of(Kind.PLAY)));
    }

    @Example
    void aStepForwardWhileTheRateIsNegative() {
        agreeOn(List.of(UserCommand.rate(-1.0), UserCommand.of(Kind.PAUSE), UserCommand.of(Kind.STEP_FORWARD)));
    }

    @Example
    void aStepBackRightAfterStopStepsFromTheStart() {
        agreeOn(List.of(UserCommand.at(Kind.SEEK_FAST, 3000), UserCommand.of(Kind.STOP),
                UserCommand.of(Kind.STEP_BACKWARD)));
    }

    @Example
    void aRateChangeAfterAReverseStepKeepsTheFrame() {
        agreeOn(List.of(UserCommand.at(Kind.SEEK_ACCURATE, 3018), UserCommand.rate(-1.0),
                UserCommand.of(Kind.STEP_FORWARD), UserCommand.rate(0.5)));
    }

    @Example
    void stepsForwardAfterStepsBackAtTheStart() {
        agreeOn(List.of(UserCommand.of(Kind.PAUSE), UserCommand.of(Kind.STEP_BACKWARD), UserCommand.of(Kind.STEP_BACKWARD),
                UserCommand.of(Kind.STEP_FORWARD), UserCommand.of(Kind.STEP_FORWARD)));
    }

    @Example
    void aSeekRightAfterReady() {
        agreeOn(List.of(UserCommand.at(Kind.SEEK_FAST, 3000)));
    }

    private static void agreeOn(List<UserCommand> session) {
        // jqwik does not run JUnit Jupiter's extensions: GStreamer criticals are checked here, as they are for every
        // Jupiter test.
        GLibWarningsFail.failIfLogged("what ran before the session " + session);
        playBoth(session);
        GLibWarningsFail.failIfLogged("the session " + session);
    }

    private static void playBoth(List<UserCommand> session) {
        FakeEngine model = new FakeEngine(new FakePipeline(CLIP_NANOS), false).settle();
        MediaPlayer real = MediaPlayer.create(MediaSource.of(TestClips.h264Long()),
                PlayerOptions.defaults().withAudioEnabled(false));
        try {
            EventRecorder events = EventRecorder.attach(real);
            awaitAgreement("opening", () -> real.getStatus() == Status.READY, () -> describe(model, real, events));
            boolean positionKnown = true;
            for (int i = 0; i < session.size(); i++) {
                UserCommand command = session.get(i);
                String step = "command " + (i + 1) + " " + command + " of " + session;
                if (command.kind() == Kind.DISPOSE) {
                    model.controller.shutdown();
                    real.dispose();
                    check(step, real.getStatus() == Status.DISPOSED && model.controller.phase() == Phase.DISPOSED,
                            () -> describe(model, real, events));
                    return;
                }
                int modelSeeks = model.events.seeksCompleted.size();
                int realSeeks = events.seeksCompleted().size();
                boolean modelRefused = refused(() -> command.applyTo(model.controls));
                boolean realRefused = refused(() -> command.applyTo(real.controls()));
                check(step + ": refused by one only", modelRefused == realRefused, () -> describe(model, real, events));
                model.settle().playFor(0);
                Status expected = model.events.status();
                awaitAgreement(step, () -> real.getStatus() == expected, () -> describe(model, real, events));
                if (model.events.seeksCompleted.size() > modelSeeks) {
                    Duration landed = model.events.seeksCompleted.get(model.events.seeksCompleted.size() - 1);
                    Duration tolerance = command.landsOnAKeyFrame() ? KEY_FRAME_INTERVAL : Duration.ZERO;
                    awaitAgreement(step + ": seek landing at " + landed, () -> events.seeksCompleted().size()
                            > realSeeks && within(events.seeksCompleted().get(events.seeksCompleted().size() - 1),
                            landed, tolerance), () -> describe(model, real, events));
                }
                awaitAgreement(step + ": end of media", () -> events.endOfMediaCount() == model.events.endsOfMedia,
                        () -> describe(model, real, events));
                positionKnown = command.placesExactly()
                        || positionKnown && !command.letsTimePass() && !command.landsOnAKeyFrame();
                if (positionKnown && expected != Status.PLAYING && expected != Status.STALLED) {
                    awaitAgreement(step + ": position", () -> within(real.getCurrentTime(), model.events.time(),
                            Duration.ZERO), () -> describe(model, real, events));
                }
                positionKnown &= expected != Status.PLAYING;
            }
        } finally {
            real.dispose();
        }
    }

    @Provide
    Arbitrary<List<UserCommand>> sessions() {
        Arbitrary<UserCommand> command = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(UserCommand.of(Kind.PLAY))),
                Tuple.of(3, Arbitraries.just(UserCommand.of(Kind.PAUSE))),
                Tuple.of(2, Arbitraries.just(UserCommand.of(Kind.STOP))),
                Tuple.of(3, Arbitraries.longs().between(3_000, 5_000).map(t -> UserCommand.at(Kind.SEEK_FAST, t))),
                Tuple.of(4, Arbitraries.longs().between(3_000, 5_000)
                        .map(t -> UserCommand.at(Kind.SEEK_ACCURATE, t))),
                Tuple.of(3, Arbitraries.just(UserCommand.of(Kind.STEP_FORWARD))),
                Tuple.of(3, Arbitraries.just(UserCommand.of(Kind.STEP_BACKWARD))),
                Tuple.of(2, Arbitraries.of(0.5, 1.0, 2.0).map(UserCommand::rate)),
                Tuple.of(1, Arbitraries.of(0L, 500L, 1_000L).map(t -> UserCommand.at(Kind.START_TIME, t))),
                Tuple.of(1, Arbitraries.of(-1L, 9_000L, 11_000L).map(t -> UserCommand.at(Kind.STOP_TIME, t))),
                Tuple.of(1, Arbitraries.of(0L, 1L).map(on -> UserCommand.at(Kind.LOOPING, on))),
                Tuple.of(1, Arbitraries.just(UserCommand.of(Kind.DISPOSE))));
        return command.list().ofMinSize(1).ofMaxSize(10);
    }

    private static boolean refused(Runnable call) {
        try {
            call.run();
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Whether the real position is the model's, within a frame and a given slack. */
    private static boolean within(Duration real, Duration model, Duration slack) {
        return Math.abs(real.toNanos() - model.toNanos()) <= FRAME_TOLERANCE_NANOS + slack.toNanos();
    }

    private static void awaitAgreement(String what, BooleanSupplier agreed, Supplier<String> state) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!agreed.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the real engine disagrees with the model after " + what + ": "
                        + state.get());
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static void check(String what, boolean agreed, Supplier<String> state) {
        if (!agreed) {
            throw new AssertionError("the real engine disagrees with the model after " + what + ": " + state.get());
        }
    }

    private static String describe(FakeEngine model, MediaPlayer real, EventRecorder events) {
        return "model " + model.controller.phase() + " at " + model.events.time().toMillis() + " ms, seeks landed "
                + model.events.seeksCompleted + ", ends " + model.events.endsOfMedia + "; real " + real.getStatus()
                + " at " + real.getCurrentTime().toMillis() + " ms, seeks landed " + events.seeksCompleted()
                + ", ends " + events.endOfMediaCount() + ", events " + events;
    }
}
