package dev.framepipe.player.engine;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
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
import dev.framepipe.player.Registration;
import dev.framepipe.player.Status;
import dev.framepipe.player.Thumbnails;
import dev.framepipe.player.TrackControls;
import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.frame.NativeVideoSink;
import dev.framepipe.player.pipeline.FramePump;
import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.pipeline.GstPipelinePort;
import dev.framepipe.player.pipeline.PipelineBuilder;
import dev.framepipe.player.pipeline.PlaybackPipeline;
import dev.framepipe.player.pipeline.SourceChecks;
import dev.framepipe.player.subtitle.SubtitleFiles;
import dev.framepipe.player.thumbnail.ThumbnailService;

/**
 * The GStreamer implementation of {@link MediaPlayer}: wires a built pipeline (behind its {@link GstPipelinePort}),
 * the control thread and the EDT event publisher together. Settings are validated and recorded at once on the
 * caller's thread; commands are posted to the {@link CommandMailbox}, where they coalesce until the control thread
 * takes them.
 *
 * <p>Owns the port (which owns the pipeline and the frame thread) and the control thread ({@link ControlLoop});
 * {@link #dispose()} releases them, the port on the control thread as its last task.
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
    private final CommandMailbox mailbox;
    private final MediaInfo media = events.media();
    private final AtomicBoolean disposed = new AtomicBoolean();
    /** Opens when the first {@link #dispose()} has finished releasing. */
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicLong framesRendered = new AtomicLong();
    private final AtomicLong framesSkipped = new AtomicLong();
    private final PlaybackControls controls;
    private final AudioControls audio;
    private final TrackControls tracks;
    private final SubtitleLoader subtitles;
    private final Statistics statistics = new Statistics();
    private final GstPipelinePort port;
    private final FramePump pump;
    private final ControlLoop loop;
    private final PlaybackController controller;
    private final ThumbnailService thumbnails;

    private GstMediaPlayer(MediaSource source, PlayerOptions options, PlaybackPipeline pipeline) {
        this.source = source;
        int id = IDS.incrementAndGet();
        this.port = new GstPipelinePort(pipeline, "framepipe-frames-" + id);
        this.pump = port.frames();
        this.mailbox = new CommandMailbox(this::wakeForCommands);
        CaptionFollower captions = new CaptionFollower(events);
        // The control loop is made after the controller it drives, so the diagnosis reaches it through a method.
        this.controller = new PlaybackController(port, events, settings, mailbox, options, captions,
                new NetworkDiagnosis(ForkJoinPool.commonPool(), this::onControlLoop), System::nanoTime);
        this.loop = new ControlLoop("framepipe-control-" + id, controller::tick, TICK_MILLIS);
        this.controls = new Controls(settings, mailbox, events, controller::completedCycles);
        this.audio = new Audio(settings, mailbox, events);
        this.subtitles = new SubtitleLoader(ForkJoinPool.commonPool(), loop, controller::subtitleFileLoaded, events);
        this.tracks = new Tracks(events, mailbox, subtitles);
        // The frame thread tells the caption the time of every frame it delivers.
        pump.attach(captions);
        this.thumbnails = new ThumbnailService(this, source, options);
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
        player.start(options);
        return player;
    }

    private void start(PlayerOptions options) {
        port.start(controller, loop);
        if (options.isSubtitleFilesFound()) {
            source.getFile().ifPresent(file -> subtitles.load(SubtitleFiles.beside(file), false));
        }
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
    public int getBufferLevel() {
        return events.bufferLevel();
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
    public TrackControls tracks() {
        return tracks;
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

    private void onControlLoop(Runnable task) {
        loop.execute(task);
    }

    @Override
    public void redrawPaused() {
        loop.submit(controller::redrawPaused);
    }

    @Override
    public Registration attach(FrameConsumer consumer) {
        Objects.requireNonNull(consumer, "consumer");
        Runnable detach = pump.attach(consumer);
        loop.submit(controller::consumerAttached);
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
    public Thumbnails thumbnails() {
        return thumbnails;
    }

    @Override
    public void dispose() {
        if (!disposed.compareAndSet(false, true)) {
            awaitRelease();
            return;
        }
        try {
            thumbnails.close();
            boolean stopped = loop.shutdown(controller::shutdown, SHUTDOWN_TIMEOUT_MILLIS);
            if (!stopped) {
                LOG.log(Level.WARNING, "the pipeline of " + source.describe() + " did not stop within "
                        + SHUTDOWN_TIMEOUT_MILLIS + " ms; it is abandoned");
            }
            LiveResources.PLAYERS.released();
            events.publishDisposed();
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
        return port.pipeline();
    }

    /** The mailbox's wake-up: one task on the control loop takes every command waiting by then. */
    private void wakeForCommands() {
        loop.submit(controller::takeCommands);
    }

    private void submit(Runnable command) {
        if (!disposed.get()) {
            loop.submit(command);
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
