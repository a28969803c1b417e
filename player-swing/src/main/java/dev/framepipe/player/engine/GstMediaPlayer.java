package dev.framepipe.player.engine;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.framepipe.player.AudioControls;
import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaInfo;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlaybackStatistics;
import dev.framepipe.player.PlayerEvents;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Registration;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.frame.NativeVideoSink;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.pipeline.FramePump;
import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.pipeline.PipelineBuilder;
import dev.framepipe.player.pipeline.PlaybackPipeline;
import dev.framepipe.player.pipeline.SourceChecks;

/**
 * The GStreamer implementation of {@link MediaPlayer}: wires a built pipeline, its frame thread, its control thread
 * and the EDT event publisher together, and turns calls from any thread into tasks for the control thread.
 *
 * <p>Owns the pipeline (through {@link PlaybackPipeline}), the control thread ({@link ControlLoop}) and the frame
 * thread ({@link FramePump}); {@link #dispose()} releases them in that order's reverse.
 */
public final class GstMediaPlayer implements MediaPlayer, FrameSource {
    private static final System.Logger LOG = System.getLogger(GstMediaPlayer.class.getName());
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final long TICK_MILLIS = 100;
    private static final long SHUTDOWN_TIMEOUT_MILLIS = 5_000;
    /** What a second caller of {@link #dispose()} allows beyond the first caller's wait for the pipeline. */
    private static final long RELEASE_MARGIN_MILLIS = 1_000;
    private static final long NATIVE_SINK_RELEASE_MILLIS = 3_000;

    private final MediaSource source;
    private final PlayerSettings settings = new PlayerSettings();
    private final EventPublisher events = new EventPublisher(this);
    private final MediaInfo media = events.media();
    private final AtomicBoolean disposed = new AtomicBoolean();
    /** Opens when the first {@link #dispose()} has finished releasing. */
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicLong framesRendered = new AtomicLong();
    private final AtomicLong framesSkipped = new AtomicLong();
    private final Controls controls = new Controls();
    private final Audio audio = new Audio();
    private final Statistics statistics = new Statistics();
    private final FramePump pump;
    private final ControlLoop loop;
    private final PlaybackController controller;
    private final BusBridge bus;
    private final PlaybackPipeline pipeline;

    private GstMediaPlayer(MediaSource source, PlayerOptions options, PlaybackPipeline pipeline) {
        this.source = source;
        this.pipeline = pipeline;
        int id = IDS.incrementAndGet();
        this.pump = new FramePump(pipeline.appSink(), "framepipe-frames-" + id, new PumpEvents());
        this.controller = new PlaybackController(pipeline, pump, events, settings, options.isAutoPlay());
        this.loop = new ControlLoop("framepipe-control-" + id, controller::tick, TICK_MILLIS);
        this.bus = new BusBridge(pipeline, loop, controller);
        LiveResources.PLAYERS.acquired();
    }

    /**
     * Creates a player and starts opening the media.
     *
     * @param source  what to play
     * @param options the options
     * @return the player
     * @throws MediaException if GStreamer is missing, the source cannot be played, or a custom pipeline is invalid
     */
    public static GstMediaPlayer open(MediaSource source, PlayerOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        GStreamerRuntime.ensureInitialized();
        SourceChecks.check(source);
        PlaybackPipeline pipeline = PipelineBuilder.build(source, options);
        GstMediaPlayer player = new GstMediaPlayer(source, options, pipeline);
        player.start();
        return player;
    }

    private void start() {
        bus.install();
        loop.submit(() -> {
            if (!controller.open()) {
                loop.submit(controller::checkOpenFailure);
            }
        });
    }

    @Override
    public MediaSource getSource() {
        return source;
    }

    @Override
    public Status getStatus() {
        return events.status();
    }

    @Override
    public Duration getCurrentTime() {
        return events.time();
    }

    @Override
    public Optional<MediaException> getError() {
        return events.error();
    }

    @Override
    public PlaybackControls controls() {
        return controls;
    }

    @Override
    public AudioControls audio() {
        return audio;
    }

    @Override
    public MediaInfo media() {
        return media;
    }

    @Override
    public PlayerEvents events() {
        return events;
    }

    @Override
    public PlaybackStatistics statistics() {
        return statistics;
    }

    @Override
    public Registration attach(FrameConsumer consumer) {
        Objects.requireNonNull(consumer, "consumer");
        Runnable detach = pump.attach(consumer);
        loop.submit(controller::onConsumerAttached);
        return detach::run;
    }

    @Override
    public Registration attachNativeSink(NativeVideoSink sink) {
        Objects.requireNonNull(sink, "sink");
        submit(() -> controller.useNativeSink(sink));
        // Waits, so the sink has let go of its window before the caller destroys it.
        return () -> loop.runAndWait(() -> controller.useAppSink(sink), NATIVE_SINK_RELEASE_MILLIS);
    }

    @Override
    public void frameRendered() {
        framesRendered.incrementAndGet();
    }

    @Override
    public void frameSkipped() {
        framesSkipped.incrementAndGet();
    }

    @Override
    public void dispose() {
        if (!disposed.compareAndSet(false, true)) {
            awaitRelease();
            return;
        }
        try {
            boolean stopped = loop.shutdown(() -> {
                bus.uninstall();
                controller.shutdown();
            }, SHUTDOWN_TIMEOUT_MILLIS);
            if (!stopped) {
                LOG.log(Level.WARNING, "the pipeline of " + source.describe() + " did not stop within "
                        + SHUTDOWN_TIMEOUT_MILLIS + " ms; it is abandoned");
            }
            LiveResources.PLAYERS.released();
            events.publishStatus(Status.DISPOSED);
            events.clearAfterQueuedEvents();
        } finally {
            released.countDown();
        }
    }

    /** A second caller returns only when the first has released everything, as the contract promises both. */
    private void awaitRelease() {
        try {
            // Bounded like the first caller's own wait, so a stuck pipeline cannot block this one for longer.
            released.await(SHUTDOWN_TIMEOUT_MILLIS + RELEASE_MARGIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "MediaPlayer[" + source.describe() + ", " + getStatus() + "]";
    }

    /**
     * Returns the pipeline, for tests in this package that check what the player set on it.
     *
     * @return the pipeline
     */
    PlaybackPipeline pipeline() {
        return pipeline;
    }

    private void submit(Runnable command) {
        if (!disposed.get()) {
            loop.submit(command);
        }
    }

    private void submitReplacing(Runnable command) {
        if (!disposed.get()) {
            loop.submitReplacing(command);
        }
    }

    /** Frame-thread reports, moved to the control thread. */
    private final class PumpEvents implements FramePump.Events {
        @Override
        public void layoutChanged(VideoLayout layout) {
            loop.submit(() -> controller.onLayout(layout));
        }

        @Override
        public void frameRejected(FrameLayoutException error) {
            loop.submit(() -> controller.onFrameRejected(error.getMessage()));
        }

        @Override
        public void failed(Throwable error) {
            VideoLayout layout = pump.layout();
            loop.submit(() -> controller.onFrameThreadFailed(error, layout));
        }
    }

    /** {@link PlaybackControls}: validates and records settings at once, then queues the command. */
    private final class Controls implements PlaybackControls {
        @Override
        public void play() {
            submit(controller::play);
        }

        @Override
        public void pause() {
            submit(controller::pause);
        }

        @Override
        public void stop() {
            submit(controller::stop);
        }

        @Override
        public void seek(Duration position) {
            seek(position, SeekMode.ACCURATE);
        }

        @Override
        public void seek(Duration position, SeekMode mode) {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(mode, "mode");
            submitReplacing(() -> controller.seek(position, mode));
        }

        @Override
        public void stepForward() {
            submit(() -> controller.step(1));
        }

        @Override
        public void stepBackward() {
            submit(() -> controller.step(-1));
        }

        @Override
        public double setRate(double rate) {
            double clamped = PlayerSettings.clampRate(rate);
            double old = settings.rate();
            settings.rate(clamped);
            events.publishProperty(PlayerProperties.RATE, old, clamped);
            submit(controller::applyRate);
            return clamped;
        }

        @Override
        public double getRate() {
            return settings.rate();
        }

        @Override
        public void setCycleCount(int count) {
            int old = settings.cycleCount();
            settings.cycleCount(PlayerSettings.checkCycleCount(count));
            events.publishProperty(PlayerProperties.CYCLE_COUNT, old, count);
            submit(controller::applySegment);
        }

        @Override
        public int getCycleCount() {
            return settings.cycleCount();
        }

        @Override
        public int getCompletedCycles() {
            return controller.completedCycles();
        }

        @Override
        public void setLooping(boolean looping) {
            setCycleCount(looping ? INDEFINITE : 1);
        }

        @Override
        public boolean isLooping() {
            return settings.cycleCount() == INDEFINITE;
        }

        @Override
        public void setStartTime(Duration start) {
            settings.startNanos(PlayerSettings.checkTime(Objects.requireNonNull(start, "start"), "start"));
            submit(controller::applySegment);
        }

        @Override
        public Duration getStartTime() {
            return Duration.ofNanos(settings.startNanos());
        }

        @Override
        public void setStopTime(Duration stop) {
            settings.stopNanos(stop == null ? -1 : PlayerSettings.checkTime(stop, "stop"));
            submit(controller::applySegment);
        }

        @Override
        public Optional<Duration> getStopTime() {
            long stop = settings.stopNanos();
            return stop < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(stop));
        }
    }

    /** {@link AudioControls}: records the setting, then applies it on the control thread. */
    private final class Audio implements AudioControls {
        @Override
        public double setVolume(double volume) {
            double clamped = PlayerSettings.clampVolume(volume);
            double old = settings.volume();
            settings.volume(clamped);
            events.publishProperty(PlayerProperties.VOLUME, old, clamped);
            submit(controller::applyVolume);
            return clamped;
        }

        @Override
        public double getVolume() {
            return settings.volume();
        }

        @Override
        public void setMuted(boolean muted) {
            boolean old = settings.muted();
            settings.muted(muted);
            events.publishProperty(PlayerProperties.MUTED, old, muted);
            submit(controller::applyVolume);
        }

        @Override
        public boolean isMuted() {
            return settings.muted();
        }
    }

    /** {@link PlaybackStatistics} over the frame thread's counters. */
    private final class Statistics implements PlaybackStatistics {
        @Override
        public long getFramesDelivered() {
            return pump.framesDelivered();
        }

        @Override
        public long getFramesDropped() {
            return pump.framesDropped() + framesSkipped.get();
        }

        @Override
        public long getFramesRendered() {
            return framesRendered.get();
        }
    }
}
