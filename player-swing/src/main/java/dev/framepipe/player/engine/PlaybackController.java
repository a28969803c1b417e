package dev.framepipe.player.engine;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.framepipe.player.AudioOutput;
import dev.framepipe.player.Caption;
import dev.framepipe.player.Chapter;
import dev.framepipe.player.MediaException;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.ReconnectAttempt;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.frame.NativeVideoSink;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.pipeline.MediaTags;
import dev.framepipe.player.pipeline.PipelineError;
import dev.framepipe.player.pipeline.PipelineListener;
import dev.framepipe.player.pipeline.PipelinePort;
import dev.framepipe.player.pipeline.PipelineState;
import dev.framepipe.player.pipeline.StateChange;
import dev.framepipe.player.subtitle.SubtitleFile;

/**
 * The playback state machine of one player. User commands (taken from the {@link CommandMailbox}, coalesced) and
 * pipeline messages (as {@link PipelineListener} calls) both arrive here on the control thread, one at a time, so
 * the state needs no locks.
 *
 * <p>The state is one {@link Phase}, changed only through {@link Transitions} ({@link #fire}); the public status is
 * derived from it. The remaining fields are facts and counters, not modes: the buffer level, completed cycles, the
 * segments in flight (in {@link Seeker}), steps waiting for the pipeline to pause, the position last published.
 * Which state the pipeline is in is asked of the port when it matters, not mirrored from its messages.
 * Everything asked of GStreamer goes through the {@link PipelinePort}.
 */
final class PlaybackController implements PipelineListener {
    private static final System.Logger LOG = System.getLogger(PlaybackController.class.getName());
    /**
     * How long a local file may take to open. It normally takes milliseconds; GStreamer's decodebin can, rarely,
     * swallow a demuxer's error while it brings the demuxer up, and the pipeline then waits for ever (seen with a
     * truncated MP4, about one run in five under load), so this watchdog is what reports such files.
     */
    static final long LOCAL_OPEN_TIMEOUT_SECONDS = 8;
    /** How long a network stream or custom pipeline may take to open. */
    static final long OPEN_TIMEOUT_SECONDS = 30;
    private static final long DEFAULT_FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(40);
    private static final int BUFFER_FULL = 100;

    private final PipelinePort port;
    private final EngineEvents events;
    private final PlayerSettings settings;
    private final CommandMailbox mailbox;
    private final Seeker seeker;
    private final TrackBook tracks;
    private final CaptionFollower captions;
    private final NetworkDiagnosis diagnosis;
    private final Reconnector reconnector;
    private final Duration stallTimeout;
    private final boolean autoPlay;
    private final LongSupplier clock;
    private final long openedAt;
    private final List<String> missingPlugins = new ArrayList<>();

    private Phase phase = Phase.OPENING;
    private Status announced = Status.UNKNOWN;
    private MediaFacts facts = MediaFacts.UNKNOWN;
    private int bufferPercent = BUFFER_FULL;
    /** Whether the pipeline's source is live: going to PAUSED returned NO_PREROLL. */
    private boolean liveSource;
    /**
     * Set when a live source is played while opening: it makes its streams only while playing (an RTSP camera's
     * come with its first packets), so the media is open once they have arrived, not when the pipeline paused.
     */
    private boolean awaitingLiveStreams;
    /** Set while the network is probed after a network source failed; later errors of that failure are dropped. */
    private boolean diagnosing;
    /** A paused native sink is to draw its frame again once the seek or sink switch under way is done. */
    private boolean redrawPending;
    private volatile int completedCycles;
    /** What told progress when the reconnect attempt under way connected: see {@link #progressMarker()}. */
    private long markerAtAttempt;
    /** Steps asked for while playing, sent once the pipeline has paused. */
    private int pendingSteps;
    /** The furthest back the waiting steps reached, as a running sum (see {@link CommandBatch#lowestSteps()}). */
    private int pendingLowestSteps;
    /** Whether steps wait (their sum can be 0: back then forward at the first frame is still a step forward). */
    private boolean stepsWaiting;
    /**
     * The frame a seek or step was sent for: the frame on screen once it lands, until the frame thread delivers a
     * frame (counted as {@code expectedAfter} frames delivered when it was sent); -1 if not known.
     */
    private long expectedFrame = -1;
    private long expectedAfter = -1;
    private long publishedPosition = Long.MIN_VALUE;
    /** The seek asked for with {@code seek()} whose landing is announced, or {@link Seeker#NONE}. */
    private int announcedSeek = Seeker.NONE;
    /** Where the seek in flight lands: its target if accurate, -1 for a fast one (the pipeline says where). */
    private long landingPosition = -1;
    private NativeVideoSink nativeSink;
    /** Where to go back to once the pipeline prerolled after a sink switch; {@code null} when none is going on. */
    private SinkSwitch sinkSwitch;

    /**
     * Creates the controller; {@link #open()} starts it.
     *
     * @param port      the pipeline
     * @param events    where announcements go
     * @param settings  the user's settings
     * @param mailbox   the user's commands
     * @param options   the player's options (auto-play, preferred languages)
     * @param captions  keeps the caption in step with the frames
     * @param diagnosis finds out why a network source cannot be reached
     * @param clock     {@link System#nanoTime} or a test's clock
     */
    PlaybackController(PipelinePort port, EngineEvents events, PlayerSettings settings, CommandMailbox mailbox,
                       PlayerOptions options, CaptionFollower captions, NetworkDiagnosis diagnosis,
                       LongSupplier clock) {
        this.port = port;
        this.diagnosis = diagnosis;
        this.events = events;
        this.settings = settings;
        this.mailbox = mailbox;
        this.autoPlay = options.isAutoPlay();
        this.captions = captions;
        this.tracks = new TrackBook(port, events, captions, options.getAudioLanguages(),
                options.getSubtitleLanguages());
        this.clock = clock;
        this.openedAt = clock.getAsLong();
        this.seeker = new Seeker(port);
        this.reconnector = new Reconnector(options.getStreaming());
        this.stallTimeout = options.getStreaming().getStallTimeout();
    }

    /**
     * Returns the phase, for tests.
     *
     * @return the phase
     */
    Phase phase() {
        return phase;
    }

    /**
     * Returns how many loop cycles completed; any thread.
     *
     * @return the count
     */
    int completedCycles() {
        return completedCycles;
    }

    // ---- start, commands ------------------------------------------------------------------------------------------

    /**
     * Starts opening the media (prerolling to PAUSED).
     *
     * @return {@code false} if the pipeline refused at once; an ERROR message explaining why is usually already
     *         queued, so the caller runs {@link #checkOpenFailure} after it
     */
    boolean open() {
        StateChange result = port.setState(PipelineState.PAUSED);
        liveSource = result == StateChange.NO_PREROLL;
        return result != StateChange.FAILURE;
    }

    /** Halts with a generic message if the pipeline refused to start and no error message explained it. */
    void checkOpenFailure() {
        halt(ErrorTranslator.refusedToStart(port.input()));
    }

    /**
     * Takes the commands waiting in the mailbox and carries them out. While the media opens they stay there, and are
     * carried out together once it is ready; a final player discards them.
     */
    void takeCommands() {
        if (phase == Phase.OPENING) {
            return;
        }
        CommandBatch batch = mailbox.take();
        if (batch != null && phase.isOpen()) {
            apply(batch);
            announce();
        }
    }

    /**
     * Carries out a batch in its canonical order (see {@link CommandMailbox}), except that a playing pipeline is
     * paused before a seek the batch ends paused at.
     */
    private void apply(CommandBatch batch) {
        boolean seeked = batch.has(CommandBatch.Kind.STOP) && stop(!batch.has(CommandBatch.Kind.SEEK));
        // A seek that ends paused (a pause, or steps, which pause, in the same batch) is sent to a paused pipeline,
        // as stop() does. Sent while playing, the flushing seek prerolls its frame and the pipeline plays on from
        // it; the pause that followed could come after the next frame was queued, which the sink then prerolled:
        // one frame past the target on screen (frame 121 after seek(4 s) with steps waiting, seen under load).
        boolean pausedFirst = batch.has(CommandBatch.Kind.SEEK) && phase.plays()
                && (batch.has(CommandBatch.Kind.PAUSE) || batch.has(CommandBatch.Kind.STEPS)
                && (batch.steps() != 0 || batch.lowestSteps() < 0));
        if (pausedFirst) {
            pause();
        }
        if (batch.has(CommandBatch.Kind.SEEK)) {
            seeked |= seek(batch.seekNanos(), batch.seekMode());
        }
        if (!seeked && (batch.has(CommandBatch.Kind.RANGE) || batch.has(CommandBatch.Kind.RATE))) {
            reissueSegment(batch.has(CommandBatch.Kind.RANGE));
        }
        if (batch.has(CommandBatch.Kind.STEPS)) {
            step(batch.steps(), batch.lowestSteps());
        }
        if (batch.has(CommandBatch.Kind.PLAY)) {
            play();
        } else if (batch.has(CommandBatch.Kind.PAUSE) && !pausedFirst) {
            pause();
        }
        if (batch.has(CommandBatch.Kind.TRACKS)) {
            tracks.choose(batch);
        }
        if (batch.has(CommandBatch.Kind.VOLUME) || batch.has(CommandBatch.Kind.TRACKS)) {
            applyVolume();
        }
        if (batch.has(CommandBatch.Kind.OUTPUT)) {
            switchAudioOutput();
        }
    }

    private void play() {
        Phase from = phase;
        if (!fire(Trigger.PLAY)) {
            return;
        }
        clearPendingSteps();
        if (from != Phase.RECONNECTING) {
            reconnector.reset(clock.getAsLong());
        }
        if (from == Phase.ENDED) {
            // Again from the start time, or backwards from the stop time or the end.
            completedCycles = 0;
            PlayRange range = settings.range();
            long end = range.endNanos(durationNanos());
            seekWithin(settings.rate() > 0 || end < 0 ? range.startNanos() : end, SeekMode.ACCURATE, false);
        }
        if (bufferPercent < BUFFER_FULL) {
            fire(Trigger.BUFFERING);
        } else if (phase.plays()) {
            port.setState(PipelineState.PLAYING);
        }
    }

    private void pause() {
        if (fire(Trigger.PAUSE)) {
            holdStill();
        }
    }

    /**
     * Stops the picture where it is: pauses the pipeline, except a live network stream, which is disconnected (the
     * last frame stays on screen) and connected again by {@code play()}. A camera need not support RTSP's PAUSE, and
     * with GStreamer's own RTSP server one client in four that paused and played again was sent nothing more
     * (measured here with four players of one camera, six rounds); a new connection plays for sure.
     */
    private void holdStill() {
        if (facts.isLive() && port.isPlaybin() && !port.isLocalFile()) {
            seeker.pipelineReset();
            port.setState(PipelineState.READY);
        } else {
            port.setState(PipelineState.PAUSED);
        }
    }

    /**
     * Stops: paused at the start time.
     *
     * @param seekToStart {@code false} when a seek follows at once and makes this one pointless
     * @return whether a seek was sent
     */
    private boolean stop(boolean seekToStart) {
        if (!fire(Trigger.STOP)) {
            return false;
        }
        clearPendingSteps();
        completedCycles = 0;
        holdStill();
        long start = settings.range().clamp(0, durationNanos());
        publishPosition(start);
        return seekToStart && seekWithin(start, SeekMode.ACCURATE, false);
    }

    /**
     * A seek asked for with {@code seek()}; its landing is announced.
     *
     * @return whether the pipeline accepted it
     */
    private boolean seek(long nanos, SeekMode mode) {
        if (facts.isLive()) {
            // A live source may accept a seek and then show nothing until its clock reaches the target.
            events.publishError(ErrorTranslator.liveSeekRefused(port.input()));
            return false;
        }
        long target = settings.range().clamp(nanos, durationNanos());
        if (!seekWithin(target, mode, true)) {
            return false;
        }
        fire(Trigger.SEEK);
        announceLanding();
        clearPendingSteps();
        publishPosition(target);
        return true;
    }

    /** Remembers the seek just sent as the one whose landing is announced. */
    private void announceLanding() {
        announcedSeek = seeker.inFlightSeqnum();
    }

    private void step(int frames, int lowest) {
        if (frames == 0 && lowest >= 0) {
            return;
        }
        boolean wasPlaying = phase.plays() || phase == Phase.STALLED;
        if (!fire(frames >= 0 ? Trigger.STEP_FORWARD : Trigger.STEP_BACKWARD)) {
            return;
        }
        pendingLowestSteps = stepsWaiting ? Math.min(pendingLowestSteps, pendingSteps + lowest) : lowest;
        pendingSteps += frames;
        stepsWaiting = true;
        if (wasPlaying) {
            port.setState(PipelineState.PAUSED);
        }
        runPendingSteps();
    }

    /** Sends the segment again after the rate, start or stop time or cycle count changed. */
    private void reissueSegment(boolean rangeChanged) {
        // At the end, the next play() seeks with the new settings.
        if (phase == Phase.ENDED || !rangeChanged && settings.rate() == seeker.appliedRate()) {
            return;
        }
        seekWithin(here(), SeekMode.ACCURATE, false);
    }

    /** Where playback is: the position while playing; while paused, the frame on screen, which stays there. */
    private long here() {
        return phase.plays() ? position() : currentFramePtsOr(position());
    }

    private void applyVolume() {
        port.setVolume(settings.volume(), settings.muted() || tracks.audioOff());
    }

    /**
     * A subtitle file was read for this media.
     *
     * @param file the file
     * @param show whether the user asked for it
     */
    void subtitleFileLoaded(SubtitleFile file, boolean show) {
        if (!phase.status().isFinal()) {
            tracks.fileLoaded(file, show);
        }
    }

    /**
     * A frame consumer attached. While paused, the frame on screen was already delivered; an accurate seek to it
     * prerolls it again so the new consumer gets it too.
     */
    void consumerAttached() {
        long current = currentFramePts();
        if (phase.isOpen() && !phase.plays() && current >= 0) {
            seekWithin(current, SeekMode.ACCURATE, false);
        }
    }

    /**
     * While paused with a native sink, prerolls the frame at the position again, so the sink draws it anew (with the
     * caption blended into it now). Playing, or with the appsink, frames keep coming by themselves.
     */
    void redrawPaused() {
        if (nativeSink == null || phase.status().isFinal()) {
            return;
        }
        if (phase == Phase.OPENING) {
            // The first frame reaches the sink's blender before the caption can be sized to it, so a caption change
            // asked for while opening is drawn once the player is open.
            redrawPending = true;
            return;
        }
        if (phase.plays()) {
            redrawPending = false;
            return;
        }
        if (sinkSwitch != null || seeker.inFlight()) {
            // The frame on its way may have passed the sink's blender already: draw again once it is there.
            redrawPending = true;
            return;
        }
        redrawPending = false;
        seekWithin(position(), SeekMode.ACCURATE, false);
    }

    /** Carries out a redraw that had to wait for a seek or a sink switch. */
    private void redrawIfPending() {
        if (redrawPending) {
            redrawPaused();
        }
    }

    /**
     * Plays into a native sink instead of the appsink (see {@link NativeVideoSink}).
     *
     * @param sink the sink
     */
    void useNativeSink(NativeVideoSink sink) {
        if (phase.status().isFinal()) {
            sink.failed("the player has stopped");
            return;
        }
        long back = phase.isOpen() ? position() : -1;
        if (port.attachVideoSink(sink)) {
            nativeSink = sink;
            prerollAfterSinkSwitch(back);
        }
    }

    /**
     * Goes back to the appsink after {@link #useNativeSink}, if that sink is still the one in use.
     *
     * @param sink the sink being detached
     */
    void useAppSink(NativeVideoSink sink) {
        if (phase.status().isFinal()) {
            return;
        }
        long back = phase.isOpen() ? position() : -1;
        if (port.detachVideoSink(sink)) {
            nativeSink = null;
            prerollAfterSinkSwitch(back);
        }
    }

    /** Plays the audio through the output last chosen; a sink that cannot be made leaves the sound where it was. */
    private void switchAudioOutput() {
        AudioOutput output = settings.output();
        long back = position();
        try {
            port.switchAudioSink(output == null ? null : output.getSinkDescription());
        } catch (IllegalArgumentException e) {
            String name = output == null ? "the default audio output" : "the audio output " + output.getName();
            events.publishError(new MediaException(MediaException.Type.OPERATION_UNSUPPORTED, port.input(),
                    "Cannot play " + port.input() + " through " + name + ": " + e.getMessage(), false, e));
            return;
        }
        prerollAfterSinkSwitch(back);
    }

    /** The port took the pipeline to READY to swap the sink: preroll again, then {@link #finishSinkSwitch()}. */
    private void prerollAfterSinkSwitch(long back) {
        seeker.pipelineReset();
        sinkSwitch = new SinkSwitch(back);
        port.setState(PipelineState.PAUSED);
    }

    private void finishSinkSwitch() {
        if (sinkSwitch == null) {
            return;
        }
        long back = sinkSwitch.position;
        sinkSwitch = null;
        tracks.refresh();
        if (back >= 0) {
            seekWithin(back, SeekMode.ACCURATE, false);
        }
        port.videoSinkPrerolled();
        if (phase.plays()) {
            port.setState(PipelineState.PLAYING);
        }
        redrawIfPending();
    }

    // ---- pipeline messages ----------------------------------------------------------------------------------------

    @Override
    public void stateChanged(PipelineState now, PipelineState pending, int seqnum) {
        if (pending != null || phase.status().isFinal()) {
            return;
        }
        if (phase == Phase.OPENING) {
            openIfSettled();
            return;
        }
        if (now == PipelineState.PAUSED || now == PipelineState.PLAYING) {
            // A pipeline cannot settle while a flushing seek's preroll is pending: settled after the seek was sent
            // means it has landed, whether or not its ASYNC_DONE was told apart.
            seekLanded(seqnum);
        }
        if (now == PipelineState.PAUSED) {
            runPendingSteps();
        }
        if (now == PipelineState.PLAYING && phase.plays() && seeker.takeDeferredCycleRestart()) {
            startNextCycle();
        }
        announce();
    }

    @Override
    public void asyncDone(int seqnum) {
        if (phase == Phase.OPENING) {
            openIfSettled();
            return;
        }
        if (!phase.isOpen()) {
            return;
        }
        finishSinkSwitch();
        if (seekLanded(seqnum)) {
            runPendingSteps();
        } else if (!seeker.inFlight()) {
            publishPosition(position());
        }
        announce();
    }

    /**
     * Takes a message that may end the seek in flight.
     *
     * @param seqnum the last seek sent before the message was posted
     * @return {@code true} if the seek in flight landed: its position is published and, if the application asked
     *         for it, announced
     */
    private boolean seekLanded(int seqnum) {
        if (!seeker.landed(seqnum)) {
            return false;
        }
        long landedAt = landingPosition >= 0 ? landingPosition : position();
        if (expectedFrame < 0 && port.framesShown() == expectedAfter) {
            expectedFrame = landedAt;
        }
        publishPosition(landedAt);
        if (seqnum == announcedSeek) {
            announcedSeek = Seeker.NONE;
            events.publishSeekCompleted(Duration.ofNanos(landedAt));
        }
        redrawIfPending();
        return true;
    }

    @Override
    public void stepDone() {
        if (phase.isOpen() && !seeker.inFlight()) {
            publishPosition(position());
        }
    }

    @Override
    public void endOfStream(int seqnum) {
        if (!phase.isOpen() || !seeker.isCurrent(seqnum)) {
            return;
        }
        PlayRange range = settings.range();
        if (range.cyclesRemainAfter(completedCycles)) {
            completedCycles++;
            events.publishCycleCompleted(completedCycles);
            seekWithin(range.startNanos(), SeekMode.ACCURATE, false);
            return;
        }
        reachEnd();
    }

    @Override
    public void segmentDone(int seqnum) {
        if (!phase.isOpen() || !seeker.isCurrent(seqnum)) {
            return;
        }
        if (!settings.range().cyclesRemainAfter(completedCycles)) {
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
        if (phase.plays() && port.settledState() == PipelineState.PLAYING) {
            startNextCycle();
        } else {
            seeker.deferCycleRestart();
        }
    }

    private void startNextCycle() {
        completedCycles++;
        events.publishCycleCompleted(completedCycles);
        PlayRange range = settings.range();
        if (!seeker.restartCycle(range, range.cyclesRemainAfter(completedCycles), durationNanos())) {
            seekWithin(range.startNanos(), SeekMode.ACCURATE, false);
        }
    }

    @Override
    public void buffering(int percent) {
        if (percent != bufferPercent) {
            events.publishBufferLevel(percent);
        }
        bufferPercent = percent;
        if (percent < BUFFER_FULL && fire(Trigger.BUFFERING)) {
            port.setState(PipelineState.PAUSED);
        } else if (percent >= BUFFER_FULL && fire(Trigger.BUFFERED)) {
            port.setState(PipelineState.PLAYING);
        }
        announce();
    }

    @Override
    public void clockLost() {
        if (phase.plays()) {
            port.setState(PipelineState.PAUSED);
            port.setState(PipelineState.PLAYING);
        }
    }

    @Override
    public void durationChanged() {
        if (phase.isOpen()) {
            updateFacts(streams(facts.withDuration(queryDuration())));
        }
    }

    /**
     * Adds what the streams are to the facts: whether there is video and audio, and whether the media can be sought
     * and is live. Media without a duration is live and cannot be sought (a live source answers the seeking query
     * as if it could); so is a live source that cannot seek; a local file never is.
     */
    private MediaFacts streams(MediaFacts known) {
        boolean durationKnown = known.getDuration().isPresent();
        boolean seekable = port.seekable() && (durationKnown || !liveSource);
        boolean live = !port.isLocalFile() && (!durationKnown || liveSource && !seekable);
        return known.withStreams(port.hasVideo(), port.hasAudio(), seekable && !live, live);
    }

    @Override
    public void missingPlugin(String description) {
        missingPlugins.add(description);
    }

    /** Halts on a pipeline error, except one from a native sink, which only sends the player back to its appsink. */
    @Override
    public void error(PipelineError error) {
        if (error.isFromVideoSink() && nativeSink != null) {
            NativeVideoSink failed = nativeSink;
            useAppSink(failed);
            failed.failed(error.message());
            return;
        }
        if (phase == Phase.RECONNECTING && reconnector.waiting()) {
            return; // From the connection just dropped, posted before it was taken down.
        }
        if (ErrorTranslator.isServerAnswer(error)) {
            halt(translate(error));
        } else if (reconnects()) {
            dropped(ErrorTranslator.streamDropped(port.input(), error));
        } else {
            failOpening(() -> translate(error), error);
        }
    }

    /**
     * Halts with what went wrong. A network source that fails while opening is first probed: GStreamer says
     * "internal data stream error", or finds no streams, for a missing host, a refused connection and a failed TLS
     * handshake alike. The halt then follows within {@link NetworkDiagnosis}' bound, with the reason found.
     *
     * @param otherwise the error to halt with if the network shows nothing wrong
     * @param error     GStreamer's error, or {@code null} if there was none
     */
    private void failOpening(Supplier<MediaException> otherwise, PipelineError error) {
        if (diagnosing) {
            return;
        }
        if (phase.isOpen() || !missingPlugins.isEmpty() || !NetworkDiagnosis.probes(port.input())) {
            halt(otherwise.get());
            return;
        }
        diagnosing = true;
        diagnosis.diagnose(port.input(), reason -> {
            if (phase.status().isFinal()) {
                return;
            }
            if (reason.isPresent()) {
                halt(ErrorTranslator.unreachable(port.input(), reason.get(), error));
            } else if (error != null && error.isFromSource()) {
                // The server is there: what failed is its answer (a 500, a dropped stream).
                halt(ErrorTranslator.serverFailed(port.input(), error));
            } else {
                halt(otherwise.get());
            }
        });
    }

    private MediaException translate(PipelineError error) {
        if (!error.isFromSource() && ErrorTranslator.isStreamFailure(error) && port.playsNothing()) {
            // The demuxer found no linked stream: say why there was none rather than "internal data stream error".
            return nothingToPlay();
        }
        return ErrorTranslator.translate(port.input(), error, missingPlugins, !port.isPlaybin());
    }

    /** Takes the media's descriptive tags and cover art. */
    @Override
    public void tags(MediaTags tags) {
        describe(MediaFacts.Descriptions.of(tags));
    }

    /** Takes the chapters of the media's table of contents. */
    @Override
    public void chapters(List<Chapter> chapters) {
        describe(MediaFacts.Descriptions.ofChapters(chapters));
    }

    private void describe(MediaFacts.Descriptions update) {
        MediaFacts.Descriptions merged = facts.descriptions().merge(update);
        if (merged != facts.descriptions()) {
            updateFacts(facts.withDescriptions(merged));
        }
    }

    @Override
    public void tracksChanged() {
        // While a sink switch takes the pipeline down and up, playbin lists its streams coming and going, some still
        // without tags: taken as changes, they made TrackBook choose the subtitle track anew (the user's choice lost,
        // and another language shown). The list is read once the pipeline is back, in finishSinkSwitch().
        if (phase.isOpen() && sinkSwitch == null) {
            tracks.refresh();
        }
    }

    @Override
    public void cue(int track, Caption cue) {
        if (!phase.status().isFinal()) {
            tracks.cue(track, cue);
        }
    }

    @Override
    public void frameLayout(VideoLayout layout) {
        updateFacts(facts.withFormat(layout.format()));
    }

    @Override
    public void frameRejected(String reason) {
        halt(ErrorTranslator.badFrames(port.input(), reason));
    }

    @Override
    public void frameThreadFailed(Throwable error, VideoLayout layout) {
        halt(ErrorTranslator.framesFailed(port.input(), error, layout));
    }

    /** Runs on every tick of the control loop: position updates while playing, and the open timeout. */
    void tick() {
        if (phase == Phase.OPENING && liveStreamsArrived()) {
            // The streams of a live source may come after the pipeline's last message of the opening.
            opened();
        } else if (phase == Phase.OPENING) {
            long limit = port.isLocalFile() ? LOCAL_OPEN_TIMEOUT_SECONDS : OPEN_TIMEOUT_SECONDS;
            if (clock.getAsLong() - openedAt > TimeUnit.SECONDS.toNanos(limit)) {
                halt(ErrorTranslator.openTimedOut(port.input(), limit, port.isLocalFile()));
            }
        } else if (phase == Phase.RECONNECTING) {
            reconnectTick();
        } else if (phase.plays() && !seeker.inFlight() && port.settledState() == PipelineState.PLAYING) {
            publishPosition(position());
            long now = clock.getAsLong();
            if (reconnects() && !reconnector.progressed(progressMarker(), now) && reconnector.stalled(now)) {
                dropped(ErrorTranslator.streamSilent(port.input(), stallTimeout));
            }
        } else {
            // Steps wait for the pipeline to pause; its messages say when, and this catches any that raced past.
            runPendingSteps();
        }
    }

    /** Stops the pipeline and the frame thread and releases the pipeline; the player's last act. */
    void shutdown() {
        if (fire(Trigger.DISPOSE)) {
            announced = Status.DISPOSED;
            port.shutdown();
        }
    }

    // ---- internals ------------------------------------------------------------------------------------------------

    /**
     * The media prerolled for the first time: READY, then what was asked for while it opened, in one go (a single
     * seek for start time, stop time, rate, loop segment and a seek asked for; no frame of the wrong position shown).
     */
    private void opened() {
        if (port.playsNothing()) {
            if (liveSource && !awaitingLiveStreams) {
                awaitingLiveStreams = true;
                port.setState(PipelineState.PLAYING);
            } else if (!awaitingLiveStreams) {
                // Prerolled with no sink to feed: nothing would ever be shown, heard or end, so stop here.
                failOpening(this::nothingToPlay, null);
            }
            return;
        }
        awaitingLiveStreams = false;
        // Taken before READY is announced: what was posted before it takes effect with the opening; what an
        // application posts once it has seen READY is carried out as a command of a ready player.
        CommandBatch batch = mailbox.take();
        MediaFacts known = streams(facts.withDuration(queryDuration()));
        String audioFormat = port.audioFormat().orElse(null);
        if (audioFormat != null) {
            known = known.withDescriptions(known.descriptions().merge(
                    MediaFacts.Descriptions.ofAudioFormat(audioFormat)));
        }
        updateFacts(port.videoFormat().map(known::withFormat).orElse(known));
        tracks.opened(facts.getFrameRate());
        applyVolume();
        fire(Trigger.OPENED);
        announce();
        boolean seekAsked = batch != null && batch.has(CommandBatch.Kind.SEEK);
        PlayRange range = settings.range();
        boolean seeked = false;
        if (seekAsked || range.startNanos() > 0 || range.stopNanos() >= 0 || settings.rate() != 1.0
                || range.cyclesRemainAfter(completedCycles)) {
            long target = range.clamp(seekAsked ? batch.seekNanos() : range.startNanos(), durationNanos());
            seeked = seekWithin(target, seekAsked ? batch.seekMode() : SeekMode.ACCURATE, seekAsked);
            if (seeked && seekAsked) {
                announceLanding();
                publishPosition(target);
            }
        }
        port.releaseOpeningFrame(!seeked);
        finishSinkSwitch();
        if (batch != null && batch.has(CommandBatch.Kind.OUTPUT)) {
            switchAudioOutput();
        }
        // Asked for before READY: a seek is where playback begins (above); stop and pause keep the player READY.
        boolean held = batch != null && (batch.has(CommandBatch.Kind.PAUSE) || batch.has(CommandBatch.Kind.STOP));
        if (batch != null && batch.has(CommandBatch.Kind.STEPS)) {
            step(batch.steps(), batch.lowestSteps());
        } else if (batch != null && batch.has(CommandBatch.Kind.PLAY) || autoPlay && !held) {
            play();
        } else if (port.settledState() == PipelineState.PLAYING) {
            // A live source was played to open; READY shows its first frame, held still.
            holdStill();
        }
        redrawIfPending();
        announce();
    }

    /**
     * Opens once the pipeline has settled where the media is known: prerolled, or a live source playing with its
     * streams. The pipeline is asked, not the message: a sink switch while opening takes the pipeline back to READY,
     * and a message of the preroll before it, handled after it, would find no streams.
     */
    private void openIfSettled() {
        PipelineState settled = port.settledState();
        if (settled == PipelineState.PAUSED || settled == PipelineState.PLAYING && liveStreamsArrived()) {
            opened();
        }
    }

    /**
     * Tells whether a live source played while opening has delivered its streams and, for video, its first frame
     * (the caps come first, by the source's latency; a native sink shows the frame itself).
     */
    private boolean liveStreamsArrived() {
        return awaitingLiveStreams && !port.playsNothing() && (!port.hasVideo() || port.videoFormat().isPresent()
                && (nativeSink != null || port.openingFrameArrived()));
    }

    /** Tells whether a failure now is a live stream dropping, to be reconnected, rather than fatal. */
    private boolean reconnects() {
        return facts.isLive() && reconnector.limit() > 0
                && (phase == Phase.PLAYING || phase == Phase.STALLED || phase == Phase.RECONNECTING);
    }

    /**
     * A live stream dropped: takes its pipeline down (the last frame stays on screen) and schedules the next
     * attempt, or halts once the attempts are used up.
     */
    private void dropped(MediaException cause) {
        if (!reconnector.mayRetry()) {
            halt(ErrorTranslator.reconnectFailed(port.input(), reconnector.made(), cause));
            return;
        }
        fire(Trigger.DROPPED);
        seeker.pipelineReset();
        port.setState(PipelineState.READY);
        Duration delay = reconnector.schedule(clock.getAsLong());
        LOG.log(Level.DEBUG, () -> cause.getMessage() + " Reconnecting in " + delay.toMillis() + " ms.");
        events.publishReconnecting(new ReconnectAttempt(reconnector.made(), reconnector.limit(), delay, cause));
        announce();
    }

    /** While reconnecting: connects when the wait is over, then watches for the stream to deliver again. */
    private void reconnectTick() {
        long now = clock.getAsLong();
        if (reconnector.takeDueAttempt(now)) {
            markerAtAttempt = progressMarker();
            port.setState(PipelineState.PLAYING);
        } else if (reconnector.waiting()) {
            return;
        } else if (port.settledState() == PipelineState.PLAYING && progressMarker() != markerAtAttempt) {
            fire(Trigger.RECONNECTED);
            reconnector.reset(now);
            announce();
        } else if (reconnector.stalled(now)) {
            dropped(ErrorTranslator.streamSilent(port.input(), stallTimeout));
        }
    }

    /**
     * What shows that a live stream delivers: the frames through Java, or, for audio and native sinks, the position.
     */
    private long progressMarker() {
        return facts.hasVideo() && nativeSink == null ? port.framesShown() : position();
    }

    private void reachEnd() {
        if (!fire(Trigger.END)) {
            return;
        }
        completedCycles++;
        port.setState(PipelineState.PAUSED);
        // Forwards the end is the stop time or the end of the media; backwards, the start time.
        PlayRange range = settings.range();
        long end = seeker.appliedRate() > 0 ? range.endNanos(durationNanos()) : range.startNanos();
        publishPosition(end >= 0 ? end : position());
        events.publishEndOfMedia();
        announce();
    }

    /** Why a playbin with nothing to play stops: a decoder GStreamer asked for, or the streams themselves. */
    private MediaException nothingToPlay() {
        return missingPlugins.isEmpty() ? ErrorTranslator.nothingToPlay(port.input(), port.hasAudio())
                : ErrorTranslator.missingDecoder(port.input(), missingPlugins, "");
    }

    private void runPendingSteps() {
        if (!stepsWaiting || phase != Phase.PAUSED || seeker.inFlight()
                || port.settledState() != PipelineState.PAUSED) {
            return;
        }
        long frameNanos = frameNanos();
        long current = currentFramePts();
        // Before the first frame reached the frame thread the pipeline's position says where the steps start.
        int steps = clampedAtStart(pendingSteps, pendingLowestSteps, current >= 0 ? current : port.position(),
                frameNanos);
        clearPendingSteps();
        if (steps == 0) {
            return;
        }
        double rate = seeker.appliedRate();
        long end = settings.range().endNanos(durationNanos());
        if (steps > 0 && current >= 0 && end >= 0 && current + frameNanos >= end) {
            // No frame after the last one. (A step event there reaches a sink that may have prerolled on the end of
            // stream with no segment, and GStreamer asserts.)
            return;
        }
        if (steps > 0 && rate > 0) {
            port.stepForward(steps);
            if (current >= 0) {
                expectFrame(current + steps * frameNanos);
            }
        } else if (current >= 0) {
            // Steps go in time order whatever the rate: backwards, and forwards while the rate is negative (a step
            // event would follow the playback direction), are accurate seeks. The nominal duration is rounded down, so
            // the target lands at or just after the wanted frame's start and never in the frame before it. (Aiming
            // into the middle would also work, but the decoder then clips the frame's timestamp to the target.)
            long wanted = current + steps * frameNanos;
            if (wanted >= settings.range().startNanos() && seekWithin(wanted, SeekMode.ACCURATE, true)) {
                publishPosition(wanted);
            }
        }
    }

    private void clearPendingSteps() {
        pendingSteps = 0;
        pendingLowestSteps = 0;
        stepsWaiting = false;
    }

    /**
     * Where steps taken one by one end, each step back at the first frame being no step: their net number, plus the
     * steps back that found no frame before them (a walk held at a floor ends at its net plus how far below the floor
     * its lowest point would have gone).
     *
     * @param net     the steps' sum
     * @param lowest  their lowest running sum
     * @param current where the steps start, or -1 if unknown (then the sum is taken as it is)
     * @return the frames to move
     */
    private int clampedAtStart(int net, int lowest, long current, long frameNanos) {
        if (current < 0 || frameNanos <= 0 || lowest >= 0) {
            return net;
        }
        long available = Math.max(0, current - settings.range().startNanos()) / frameNanos;
        return (int) (net + Math.max(0, -lowest - available));
    }

    /** The frame on screen, or {@code otherwise} before the first. */
    private long currentFramePtsOr(long otherwise) {
        long frame = currentFramePts();
        return frame >= 0 ? frame : otherwise;
    }

    /** The frame on screen: the last frame shown, unless a seek or step was sent and no frame has arrived since. */
    private long currentFramePts() {
        if (expectedFrame >= 0 && port.framesShown() == expectedAfter) {
            return expectedFrame;
        }
        return port.shownFrameTime();
    }

    private void expectFrame(long pts) {
        expectedFrame = pts;
        expectedAfter = port.framesShown();
    }

    private long frameNanos() {
        long nanos = port.frameDuration();
        return nanos > 0 ? nanos : DEFAULT_FRAME_NANOS;
    }

    /**
     * Sends a flushing seek with the current rate and range. A refused rate is put back, announced, and the seek
     * tried again at the rate that plays; a seek refused otherwise (a live source, a stream that cannot seek) is
     * announced when the application asked for it, as a non-fatal error, or its slider would silently snap back.
     *
     * @param position the target, clamped into the range
     * @param mode     fast or accurate
     * @param asked    whether the application asked for this position (a seek or a step back)
     * @return whether the pipeline accepted it
     */
    private boolean seekWithin(long position, SeekMode mode, boolean asked) {
        double rate = settings.rate();
        PlayRange range = settings.range();
        boolean loop = range.cyclesRemainAfter(completedCycles);
        long landing = mode == SeekMode.ACCURATE ? range.clamp(position, durationNanos()) : -1;
        if (seeker.seek(position, mode, rate, range, loop, durationNanos()) != Seeker.NONE) {
            seekSent(landing);
            return true;
        }
        double playing = seeker.appliedRate();
        if (rate != playing) {
            settings.rate(playing);
            events.publishProperty(PlayerProperties.RATE, rate, playing);
            events.publishError(ErrorTranslator.rateRefused(port.input(), rate));
            if (seeker.seek(position, mode, playing, range, loop, durationNanos()) != Seeker.NONE) {
                seekSent(landing);
                return true;
            }
        }
        if (asked) {
            events.publishError(ErrorTranslator.seekRefused(port.input(), position));
        }
        return false;
    }

    /**
     * Remembers where the seek just sent lands, and that its frame is the one on screen until the frame thread
     * delivers one: a step asked for right after it steps from there, not from the frame before the seek.
     *
     * @param position where it lands, or -1 if the pipeline decides (a fast seek)
     */
    private void seekSent(long position) {
        landingPosition = position;
        expectFrame(position);
    }

    /**
     * Moves to the phase the table gives for a trigger.
     *
     * @param trigger what happened
     * @return {@code false} if the trigger does nothing in the current phase
     */
    private boolean fire(Trigger trigger) {
        Phase next = Transitions.next(phase, trigger);
        if (next == null) {
            return false;
        }
        if (next != phase) {
            LOG.log(Level.DEBUG, () -> port.input() + ": " + phase + " --" + trigger + "--> " + next);
        }
        phase = next;
        return true;
    }

    /** Announces the phase's status if it changed; final statuses are announced with their cause instead. */
    private void announce() {
        Status status = phase.status();
        if (status != announced && !status.isFinal()) {
            announced = status;
            events.publishStatus(status);
        }
    }

    private void halt(MediaException error) {
        if (!fire(Trigger.FAIL)) {
            return;
        }
        LOG.log(Level.DEBUG, error.getMessage());
        announced = Status.HALTED;
        events.publishHalt(error);
        port.setState(PipelineState.NULL);
    }

    private void updateFacts(MediaFacts newFacts) {
        facts = newFacts;
        events.publishMedia(newFacts);
    }

    private long position() {
        // While a seek is in flight the pipeline's answer is stale: the seek's target (published when it was sent).
        long position = !seeker.inFlight() ? port.position() : landingPosition >= 0 ? landingPosition : -1;
        return position >= 0 ? position : Math.max(0, publishedPosition);
    }

    private void publishPosition(long nanos) {
        if (nanos >= 0 && nanos != publishedPosition) {
            publishedPosition = nanos;
            events.publishTime(Duration.ofNanos(nanos));
            if (!facts.hasVideo() || nativeSink != null) {
                // No frames through Java to follow (audio only, or a native sink shows them): the caption follows
                // the position, to within a tick.
                captions.position(nanos);
            }
        }
    }

    private long durationNanos() {
        return facts.getDuration().map(Duration::toNanos).orElse(-1L);
    }

    private Duration queryDuration() {
        long nanos = port.duration();
        return nanos > 0 ? Duration.ofNanos(nanos) : null;
    }

    /** A sink switch going on: where to seek back to once the pipeline prerolled again. */
    private static final class SinkSwitch {
        private final long position;

        SinkSwitch(long position) {
            this.position = position;
        }
    }
}
