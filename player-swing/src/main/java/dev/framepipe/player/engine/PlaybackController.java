package dev.framepipe.player.engine;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.Format;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.StateChangeReturn;
import org.freedesktop.gstreamer.TagList;
import org.freedesktop.gstreamer.event.StepEvent;
import org.freedesktop.gstreamer.glib.Natives;

import com.sun.jna.Pointer;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.frame.NativeVideoSink;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.gst.GstControl;
import dev.framepipe.player.gst.GstControl.ParsedError;
import dev.framepipe.player.pipeline.FramePump;
import dev.framepipe.player.pipeline.PlaybackPipeline;

/**
 * The playback state machine of one player. Commands and pipeline messages both arrive here on the control thread,
 * one at a time, so the state needs no locks.
 *
 * <p>The published {@link Status} follows the pipeline: a command sets a target GStreamer state, and the status
 * changes when the pipeline reports that it reached it. Commands issued before the media is ready are remembered
 * and applied together when it becomes ready.
 */
final class PlaybackController {
    private static final System.Logger LOG = System.getLogger(PlaybackController.class.getName());
    /**
     * How long a local file may take to open. It normally takes milliseconds; GStreamer's decodebin can, rarely,
     * swallow a demuxer's error while it brings the demuxer up, and the pipeline then waits for ever (seen with a
     * truncated MP4, about one run in five under load), so this watchdog is what reports such files.
     */
    private static final long LOCAL_OPEN_TIMEOUT_SECONDS = 8;
    /** How long a network stream or custom pipeline may take to open. */
    private static final long OPEN_TIMEOUT_SECONDS = 30;
    private static final long DEFAULT_FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

    private final PlaybackPipeline pipeline;
    private final FramePump pump;
    private final EventPublisher events;
    private final PlayerSettings settings;
    private final Seeker seeker;
    private final boolean autoPlay;
    private final long openedAt = System.nanoTime();
    private final List<String> missingPlugins = new ArrayList<>();

    private Status status = Status.UNKNOWN;
    private MediaFacts facts = MediaFacts.UNKNOWN;
    private boolean ready;
    private boolean leftReady;
    private boolean shutDown;
    private State pipelineState = State.NULL;
    private State target = State.PAUSED;
    private boolean playRequested;
    private long pendingSeekNanos = -1;
    private SeekMode pendingSeekMode = SeekMode.ACCURATE;
    private boolean stopRequested;
    private boolean atEnd;
    private boolean buffering;
    private volatile int completedCycles;
    private int pendingSteps;
    private long stepFramePts = -1;
    private long stepFrameCount = -1;
    private long publishedPosition = Long.MIN_VALUE;
    private NativeVideoSink nativeSink;
    private Element nativeSinkElement;
    private long nativeSinkAddress;
    private boolean switchingSink;
    private long switchPosition = -1;

    PlaybackController(PlaybackPipeline pipeline, FramePump pump, EventPublisher events, PlayerSettings settings,
                       boolean autoPlay) {
        this.pipeline = pipeline;
        this.pump = pump;
        this.events = events;
        this.settings = settings;
        this.autoPlay = autoPlay;
        this.seeker = new Seeker(pipeline, settings, pump);
    }

    int completedCycles() {
        return completedCycles;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /**
     * Starts opening the media (prerolling to PAUSED).
     *
     * @return {@code false} if the pipeline refused at once; an ERROR message explaining why is usually already
     *         queued, so the caller runs {@link #checkOpenFailure} after it
     */
    boolean open() {
        return setState(State.PAUSED) != StateChangeReturn.FAILURE;
    }

    /** Halts with a generic message if the pipeline refused to start and no error message explained it. */
    void checkOpenFailure() {
        if (!status.isFinal()) {
            halt(ErrorTranslator.refusedToStart(pipeline.input()));
        }
    }

    void play() {
        if (status.isFinal()) {
            return;
        }
        if (!ready) {
            playRequested = true;
            return;
        }
        leftReady = true;
        stopRequested = false;
        // Steps still waiting for the pipeline to pause are replaced by this command, as by stop and seek.
        pendingSteps = 0;
        if (atEnd) {
            atEnd = false;
            completedCycles = 0;
            seeker.seek(settings.startNanos(), SeekMode.ACCURATE, cyclesRemain());
        }
        target = State.PLAYING;
        if (!buffering) {
            setState(State.PLAYING);
        }
        settleStatus();
    }

    void pause() {
        if (status.isFinal()) {
            return;
        }
        if (!ready) {
            playRequested = false;
            return;
        }
        leftReady = true;
        stopRequested = false;
        target = State.PAUSED;
        setState(State.PAUSED);
        settleStatus();
    }

    void stop() {
        if (status.isFinal()) {
            return;
        }
        if (!ready) {
            playRequested = false;
            pendingSeekNanos = -1;
            return;
        }
        leftReady = true;
        stopRequested = true;
        pendingSteps = 0;
        atEnd = false;
        completedCycles = 0;
        target = State.PAUSED;
        setState(State.PAUSED);
        seeker.seek(settings.startNanos(), SeekMode.ACCURATE, cyclesRemain());
        forgetStepFrame();
        publishPosition(settings.startNanos());
        settleStatus();
    }

    void seek(Duration position, SeekMode mode) {
        if (status.isFinal()) {
            return;
        }
        long target = clampPosition(position.toNanos());
        if (!ready) {
            pendingSeekNanos = target;
            pendingSeekMode = mode;
            return;
        }
        if (seekOrSayWhy(target, mode)) {
            leftReady = true;
            stopRequested = false;
            atEnd = false;
            pendingSteps = 0;
            forgetStepFrame();
            publishPosition(target);
        }
        settleStatus();
    }

    void step(int frames) {
        if (status.isFinal() || !ready || atEnd && frames > 0) {
            return;
        }
        leftReady = true;
        stopRequested = false;
        pendingSteps += frames;
        if (target == State.PLAYING) {
            target = State.PAUSED;
            setState(State.PAUSED);
        }
        runPendingSteps();
        settleStatus();
    }

    void applyRate() {
        if (status.isFinal() || !ready) {
            return;
        }
        double rate = settings.rate();
        double previous = seeker.appliedRate();
        if (rate == previous) {
            return;
        }
        // Always a flushing seek. GStreamer 1.18's instant rate change (no flush) deadlocked later seeks: the sink
        // posts an instant-rate request from a streaming thread that holds the demuxer's stream lock, the pipeline
        // answers it by sending an event, which needs the pipeline's state lock, and the control thread's next
        // flushing seek holds that lock while it waits for the stream lock (seen in a 8-thread command storm).
        boolean accepted = seeker.seek(clampPosition(position()), SeekMode.ACCURATE, cyclesRemain());
        if (!accepted) {
            settings.rate(previous);
            events.publishProperty(PlayerProperties.RATE, rate, previous);
            events.publishError(ErrorTranslator.rateRefused(pipeline.input(), rate));
        }
    }

    void applyVolume() {
        pipeline.volumeControl().ifPresent(element -> {
            element.set("volume", settings.volume());
            element.set("mute", settings.muted());
        });
    }

    /** Re-issues the current segment after the start, stop time or cycle count changed. */
    void applySegment() {
        if (status.isFinal() || !ready || atEnd) {
            return;
        }
        seeker.seek(clampPosition(position()), SeekMode.ACCURATE, cyclesRemain());
    }

    /**
     * A frame consumer attached. While paused, the frame on screen was already delivered; an accurate seek to it
     * prerolls it again so the new consumer gets it too.
     */
    void onConsumerAttached() {
        long current = currentFramePts();
        if (ready && target != State.PLAYING && !status.isFinal() && current >= 0) {
            seeker.seek(current, SeekMode.ACCURATE, cyclesRemain());
        }
    }

    /**
     * Plays into a native sink instead of the appsink (see {@link NativeVideoSink}).
     *
     * @param sink the sink
     */
    void useNativeSink(NativeVideoSink sink) {
        if (status.isFinal()) {
            sink.failed("the player has stopped");
            return;
        }
        if (!pipeline.isPlaybin()) {
            sink.failed("a custom pipeline delivers its frames through its own appsink");
            return;
        }
        Element element;
        try {
            element = sink.createSink();
        } catch (RuntimeException e) {
            sink.failed(e.getMessage());
            return;
        }
        nativeSink = sink;
        nativeSinkElement = element;
        nativeSinkAddress = Pointer.nativeValue(Natives.getRawPointer(element));
        switchVideoSink(element, () -> sink.prepare(element));
    }

    /**
     * Goes back to the appsink after {@link #useNativeSink}, if that sink is still the one in use.
     *
     * @param sink the sink being detached
     */
    void useAppSink(NativeVideoSink sink) {
        if (nativeSink != sink || status.isFinal() || shutDown) {
            return;
        }
        Element released = nativeSinkElement;
        nativeSink = null;
        nativeSinkElement = null;
        nativeSinkAddress = 0;
        // To NULL before the caller destroys its window: the sink lets go of native surfaces on that change.
        switchVideoSink(pipeline.appSink(), () -> released.setState(State.NULL));
    }

    /**
     * Replaces playbin's video sink, which it allows only below PAUSED: back to READY, swap, preroll again; then
     * {@link #finishSinkSwitch()} returns to the position and, if it was playing, plays on.
     */
    private void switchVideoSink(Element sink, Runnable beforePreroll) {
        switchPosition = ready ? position() : -1;
        switchingSink = true;
        pump.setPlaying(false);
        pipeline.pipeline().setState(State.READY);
        pipeline.pipeline().set("video-sink", sink);
        if (beforePreroll != null) {
            beforePreroll.run();
        }
        setState(State.PAUSED);
    }

    private void finishSinkSwitch() {
        if (!switchingSink) {
            return;
        }
        switchingSink = false;
        if (switchPosition >= 0) {
            seeker.seek(switchPosition, SeekMode.ACCURATE, cyclesRemain());
        }
        if (nativeSink != null) {
            nativeSink.prerolled(nativeSinkElement);
        }
        if (ready && target == State.PLAYING && !buffering) {
            setState(State.PLAYING);
        }
    }

    // ---- pipeline messages ----------------------------------------------------------------------------------

    void onStateChanged(State now, State pending) {
        pipelineState = now;
        if (pending != State.VOID_PENDING) {
            return;
        }
        if (!ready && now == State.PAUSED) {
            becomeReady();
            return;
        }
        if (now == State.PAUSED) {
            runPendingSteps();
        }
        if (now == State.PLAYING && target == State.PLAYING && seeker.takeDeferredCycleRestart()) {
            startNextCycle();
        }
        settleStatus();
    }

    void onAsyncDone() {
        if (!ready) {
            if (pipelineState == State.PAUSED) {
                becomeReady();
            }
            return;
        }
        finishSinkSwitch();
        publishPosition(position());
        settleStatus();
    }

    void onStepDone() {
        publishPosition(position());
    }

    void onEndOfStream() {
        if (!ready || status.isFinal()) {
            return;
        }
        if (cyclesRemain()) {
            completedCycles++;
            events.publishCycleCompleted(completedCycles);
            seeker.seek(settings.startNanos(), SeekMode.ACCURATE, cyclesRemain());
            return;
        }
        reachEnd();
    }

    void onSegmentDone() {
        if (!ready || status.isFinal()) {
            return;
        }
        if (!cyclesRemain()) {
            reachEnd();
            return;
        }
        // The demuxer posts SEGMENT_DONE once it has pushed the segment's last data, which may be long before that
        // data is shown, even while paused (after a command storm, a 3-s clip's demuxer posted it right after each
        // paused seek). The next cycle is a non-flushing seek, which queues behind that data (no gap) but waits for
        // the streaming thread; a paused sink keeps that thread blocked, so the seek (and the control thread) would
        // wait for ever. A paused pipeline therefore starts the next cycle when it plays again. (A flushing seek here
        // threw the paused position away, and the demuxer posted the next SEGMENT_DONE at once: an endless loop of
        // seeks to the start.)
        if (pipelineState == State.PLAYING && target == State.PLAYING) {
            startNextCycle();
        } else {
            seeker.deferCycleRestart();
        }
    }

    private void startNextCycle() {
        completedCycles++;
        events.publishCycleCompleted(completedCycles);
        if (!seeker.restartCycle(cyclesRemain(), durationNanos())) {
            seeker.seek(settings.startNanos(), SeekMode.ACCURATE, cyclesRemain());
        }
    }

    void onBuffering(int percent) {
        if (percent < 100 && !buffering) {
            buffering = true;
            if (ready && target == State.PLAYING) {
                setState(State.PAUSED);
            }
        } else if (percent >= 100 && buffering) {
            buffering = false;
            if (ready && target == State.PLAYING) {
                setState(State.PLAYING);
            }
        }
        settleStatus();
    }

    void onClockLost() {
        if (target == State.PLAYING && !status.isFinal()) {
            setState(State.PAUSED);
            setState(State.PLAYING);
        }
    }

    void onDurationChanged() {
        if (ready) {
            updateFacts(facts.withDuration(queryDuration()));
        }
    }

    void onMissingPlugin(String description) {
        missingPlugins.add(description);
    }

    /**
     * Halts on a pipeline error, except one from a native sink, which only sends the player back to its appsink.
     *
     * @param error         the parsed error
     * @param fromSource    whether the element reading the input posted it
     * @param sourceAddress the {@code GstObject*} that posted it, compared by address only
     */
    void onError(ParsedError error, boolean fromSource, long sourceAddress) {
        if (nativeSink != null && sourceAddress != 0 && sourceAddress == nativeSinkAddress) {
            NativeVideoSink failed = nativeSink;
            useAppSink(failed);
            failed.failed(error.message());
            return;
        }
        if (!fromSource && ErrorTranslator.isStreamFailure(error) && pipeline.playsNothing()) {
            // The demuxer found no linked stream: say why there was none rather than "internal data stream error".
            halt(nothingToPlay());
            return;
        }
        halt(ErrorTranslator.translate(pipeline.input(), error, missingPlugins, !pipeline.isPlaybin(), fromSource));
    }

    /**
     * Takes the media's descriptive tags (title, container, codecs); bitrate and other tags are ignored.
     *
     * @param tags the tags of a TAG message
     */
    void onTags(TagList tags) {
        MediaFacts.Descriptions update = new MediaFacts.Descriptions(firstString(tags, "title"),
                firstString(tags, "container-format"), firstString(tags, "video-codec"),
                firstString(tags, "audio-codec"), null);
        MediaFacts.Descriptions merged = facts.descriptions().merge(update);
        if (merged != facts.descriptions()) {
            updateFacts(facts.withDescriptions(merged));
        }
    }

    private static String firstString(TagList tags, String tag) {
        return tags.getValueCount(tag) > 0 ? tags.getString(tag, 0) : null;
    }

    void onLayout(VideoLayout layout) {
        updateFacts(facts.withFormat(layout.format()));
    }

    void onFrameRejected(String reason) {
        halt(ErrorTranslator.badFrames(pipeline.input(), reason));
    }

    void onFrameThreadFailed(Throwable error, VideoLayout layout) {
        halt(ErrorTranslator.framesFailed(pipeline.input(), error, layout));
    }

    /** Runs on every tick of the control loop: position updates while playing, and the open timeout. */
    void tick() {
        if (shutDown || status.isFinal()) {
            return;
        }
        if (!ready) {
            long limit = pipeline.isLocalFile() ? LOCAL_OPEN_TIMEOUT_SECONDS : OPEN_TIMEOUT_SECONDS;
            if (System.nanoTime() - openedAt > TimeUnit.SECONDS.toNanos(limit)) {
                halt(ErrorTranslator.openTimedOut(pipeline.input(), limit, pipeline.isLocalFile()));
            }
            return;
        }
        if (pipelineState == State.PLAYING) {
            publishPosition(position());
        }
    }

    /** Stops the pipeline and the frame thread and releases the pipeline; the player's last act. */
    void shutdown() {
        shutDown = true;
        pipeline.pipeline().setState(State.NULL);
        if (!pump.stop(2_000)) {
            LOG.log(Level.WARNING, "the frame thread of " + pipeline.input() + " did not stop within 2 s");
        }
        pipeline.release();
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private void becomeReady() {
        if (pipeline.playsNothing()) {
            // Prerolled with no sink to feed: nothing would ever be shown, heard or end, so stop here.
            halt(nothingToPlay());
            return;
        }
        ready = true;
        MediaFacts known = facts.withDuration(queryDuration())
                .withStreams(pipeline.hasVideo(), pipeline.hasAudio(), querySeekable());
        String audioFormat = pipeline.audioFormat().orElse(null);
        if (audioFormat != null) {
            known = known.withDescriptions(known.descriptions().merge(
                    new MediaFacts.Descriptions(null, null, null, null, audioFormat)));
        }
        updateFacts(pipeline.negotiatedFormat().map(known::withFormat).orElse(known));
        applyVolume();
        setStatus(Status.READY);
        boolean initialSeek = pendingSeekNanos >= 0 || settings.startNanos() > 0 || settings.stopNanos() >= 0
                || settings.rate() != 1.0 || cyclesRemain();
        boolean seeked = false;
        if (initialSeek) {
            long position = pendingSeekNanos >= 0 ? pendingSeekNanos : settings.startNanos();
            seeked = seeker.seek(position, pendingSeekMode, cyclesRemain());
            if (!seeked && settings.rate() != 1.0) {
                double refused = settings.rate();
                settings.rate(1.0);
                events.publishProperty(PlayerProperties.RATE, refused, 1.0);
                events.publishError(ErrorTranslator.rateRefused(pipeline.input(), refused));
            } else if (!seeked && pendingSeekNanos >= 0) {
                events.publishError(ErrorTranslator.seekRefused(pipeline.input(), position));
            }
            pendingSeekNanos = -1;
        }
        pump.openGate(!seeked);
        finishSinkSwitch();
        if (playRequested || autoPlay) {
            play();
        } else {
            runPendingSteps();
        }
    }

    private void reachEnd() {
        completedCycles++;
        atEnd = true;
        target = State.PAUSED;
        setState(State.PAUSED);
        long end = durationNanos();
        publishPosition(end >= 0 ? end : position());
        events.publishEndOfMedia();
        leftReady = true;
        settleStatus();
    }

    /** Why a playbin with nothing to play stops: a decoder GStreamer asked for, or the streams themselves. */
    private MediaException nothingToPlay() {
        return missingPlugins.isEmpty() ? ErrorTranslator.nothingToPlay(pipeline.input(), pipeline.hasAudio())
                : ErrorTranslator.missingDecoder(pipeline.input(), missingPlugins, "");
    }

    private void runPendingSteps() {
        if (pendingSteps == 0 || pipelineState != State.PAUSED || target != State.PAUSED) {
            return;
        }
        int steps = pendingSteps;
        pendingSteps = 0;
        long frameNanos = frameNanos();
        long current = currentFramePts();
        if (steps > 0) {
            pipeline.appSink().sendEvent(new StepEvent(Format.BUFFERS, steps, 1.0, true, false));
            if (current >= 0) {
                rememberStepFrame(current + steps * frameNanos);
            }
        } else if (current >= 0) {
            // The nominal duration is rounded down, so this lands at or just after the wanted frame's start and never
            // in the frame before it. Seeking into the middle of the frame would also work, but the decoder then
            // clips the frame's timestamp to the seek position.
            long wanted = current + steps * frameNanos;
            if (wanted < settings.startNanos()) {
                return;
            }
            if (seekOrSayWhy(wanted, SeekMode.ACCURATE)) {
                rememberStepFrame(wanted);
                publishPosition(wanted);
            }
        }
    }

    /** The frame on screen: the pump's last frame, unless a step was issued and its frame has not arrived yet. */
    private long currentFramePts() {
        if (stepFramePts >= 0 && pump.framesDelivered() == stepFrameCount) {
            return stepFramePts;
        }
        return pump.lastTimeNanos();
    }

    private void rememberStepFrame(long pts) {
        stepFramePts = pts;
        stepFrameCount = pump.framesDelivered();
    }

    private void forgetStepFrame() {
        stepFramePts = -1;
    }

    private long frameNanos() {
        VideoLayout layout = pump.layout();
        long nanos = layout == null ? 0 : layout.frameDurationNanos();
        return nanos > 0 ? nanos : DEFAULT_FRAME_NANOS;
    }

    private void settleStatus() {
        if (!ready || status.isFinal()) {
            return;
        }
        if (target == State.PLAYING) {
            if (buffering) {
                setStatus(Status.STALLED);
            } else if (pipelineState == State.PLAYING) {
                setStatus(Status.PLAYING);
            }
        } else if (pipelineState == State.PAUSED) {
            setStatus(stopRequested ? Status.STOPPED : leftReady ? Status.PAUSED : Status.READY);
        }
    }

    private void halt(MediaException error) {
        if (status.isFinal() || shutDown) {
            return;
        }
        LOG.log(Level.INFO, error.getMessage());
        status = Status.HALTED;
        events.publishHalt(error);
        pipeline.pipeline().setState(State.NULL);
    }

    private void setStatus(Status newStatus) {
        if (newStatus != status && !shutDown) {
            status = newStatus;
            events.publishStatus(newStatus);
        }
    }

    private StateChangeReturn setState(State state) {
        pump.setPlaying(state == State.PLAYING);
        StateChangeReturn result = pipeline.pipeline().setState(state);
        LOG.log(Level.DEBUG, () -> pipeline.input() + ": set " + state + " -> " + result);
        return result;
    }

    /**
     * A seek the application asked for. GStreamer refuses some (a live source, a stream that cannot seek) without
     * a bus message; the application hears of it as a non-fatal error, or its slider would silently snap back.
     */
    private boolean seekOrSayWhy(long position, SeekMode mode) {
        boolean accepted = seeker.seek(position, mode, cyclesRemain());
        if (!accepted) {
            events.publishError(ErrorTranslator.seekRefused(pipeline.input(), position));
        }
        return accepted;
    }

    private void updateFacts(MediaFacts newFacts) {
        facts = newFacts;
        events.publishMedia(newFacts);
    }

    private boolean cyclesRemain() {
        int count = settings.cycleCount();
        return count == PlaybackControls.INDEFINITE || completedCycles + 1 < count;
    }

    private long clampPosition(long nanos) {
        long end = settings.stopNanos() >= 0 ? settings.stopNanos() : durationNanos();
        long clamped = Math.max(settings.startNanos(), nanos);
        return end >= 0 ? Math.min(clamped, end) : clamped;
    }

    private long position() {
        long position = pipeline.pipeline().queryPosition(Format.TIME);
        return position >= 0 ? position : Math.max(0, publishedPosition);
    }

    private void publishPosition(long nanos) {
        if (nanos >= 0 && nanos != publishedPosition) {
            publishedPosition = nanos;
            events.publishTime(Duration.ofNanos(nanos));
        }
    }

    private long durationNanos() {
        return facts.getDuration().map(Duration::toNanos).orElse(-1L);
    }

    private Duration queryDuration() {
        long nanos = pipeline.pipeline().queryDuration(Format.TIME);
        return nanos > 0 ? Duration.ofNanos(nanos) : null;
    }

    private boolean querySeekable() {
        return GstControl.isSeekable(pipeline.pipeline());
    }
}
