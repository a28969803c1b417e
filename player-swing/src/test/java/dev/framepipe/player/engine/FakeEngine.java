package dev.framepipe.player.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.framepipe.player.PlayerOptions;

/**
 * A player's engine over a {@link FakePipeline}: the real controller, mailbox and settings, driven on the test's
 * thread. Commands go through the same {@link Controls} and {@link Audio} as a real player's; {@link #settle()} then
 * lets the control thread's work happen (take the commands, deliver the pipeline's messages) until nothing is left.
 */
final class FakeEngine {
    static final long CLIP_NANOS = TimeUnit.SECONDS.toNanos(10);

    final FakePipeline pipeline;
    final RecordedEvents events = new RecordedEvents();
    final PlayerSettings settings = new PlayerSettings();
    final CommandMailbox mailbox;
    final PlaybackController controller;
    final Controls controls;
    final Audio audio;
    final CaptionFollower captions;
    private long clock;
    private boolean woken;

    /**
     * Creates the engine and starts opening the fake clip (10 s, 30 fps).
     *
     * @param autoPlay whether the player plays as soon as it is ready
     */
    FakeEngine(boolean autoPlay) {
        this(new FakePipeline(CLIP_NANOS), autoPlay);
    }

    /**
     * Creates the engine over a pipeline and starts opening it.
     *
     * @param pipeline the fake pipeline
     * @param autoPlay whether the player plays as soon as it is ready
     */
    FakeEngine(FakePipeline pipeline, boolean autoPlay) {
        this(pipeline, autoPlay, List.of());
    }

    /**
     * Creates the engine over a pipeline with preferred subtitle languages and starts opening it.
     *
     * @param pipeline          the fake pipeline
     * @param autoPlay          whether the player plays as soon as it is ready
     * @param subtitleLanguages the preferred subtitle languages
     */
    FakeEngine(FakePipeline pipeline, boolean autoPlay, List<String> subtitleLanguages) {
        this.pipeline = pipeline;
        this.mailbox = new CommandMailbox(() -> woken = true);
        this.captions = new CaptionFollower(events);
        this.controller = new PlaybackController(pipeline, events, settings, mailbox,
                PlayerOptions.defaults().withAutoPlay(autoPlay).withSubtitleLanguages(subtitleLanguages),
                captions, new NetworkDiagnosis(Runnable::run, Runnable::run), () -> clock);
        this.controls = new Controls(settings, mailbox, events, controller::completedCycles);
        this.audio = new Audio(settings, mailbox, events);
        pipeline.start(controller, Runnable::run);
        controller.open();
    }

    /** Runs what the control thread would run until nothing is waiting: commands, then messages, repeatedly. */
    FakeEngine settle() {
        boolean worked = true;
        while (worked) {
            worked = false;
            if (woken) {
                woken = false;
                controller.takeCommands();
                worked = true;
            }
            worked |= pipeline.deliver() > 0;
        }
        return this;
    }

    /**
     * Lets playback run for a while, then settles.
     *
     * @param millis clock time
     * @return this engine
     */
    FakeEngine playFor(long millis) {
        clock += TimeUnit.MILLISECONDS.toNanos(millis);
        pipeline.play(TimeUnit.MILLISECONDS.toNanos(millis));
        controller.tick();
        return settle();
    }

    /**
     * Moves the clock without playing (for timeouts).
     *
     * @param millis clock time
     */
    void waitFor(long millis) {
        clock += TimeUnit.MILLISECONDS.toNanos(millis);
        controller.tick();
        settle();
    }

    static Duration millis(long millis) {
        return Duration.ofMillis(millis);
    }

    static long nanos(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
