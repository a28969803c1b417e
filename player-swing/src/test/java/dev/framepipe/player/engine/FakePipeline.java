package dev.framepipe.player.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.framepipe.player.Caption;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.frame.NativeVideoSink;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.pipeline.PipelineListener;
import dev.framepipe.player.pipeline.PipelinePort;
import dev.framepipe.player.pipeline.PipelineState;
import dev.framepipe.player.pipeline.SeekRequest;
import dev.framepipe.player.pipeline.StateChange;

/**
 * A pipeline without GStreamer, for the engine's plain unit tests: it answers like a playbin of a 30-fps clip with
 * video only and a key frame every second, and posts the messages GStreamer 1.22 posts (state changes, ASYNC_DONE after
 * a preroll, EOS or SEGMENT_DONE at the end of a segment, STEP_DONE), each tagged with the last seek sent, as the real
 * port tags them.
 *
 * <p>Deterministic: nothing happens by itself. Messages wait until {@link #deliver()} hands them to the listener;
 * time moves only with {@link #play(long)}. Single-threaded, like the control thread it stands in for.
 */
final class FakePipeline implements PipelinePort {
    static final long FRAME_NANOS = TimeUnit.SECONDS.toNanos(1) / 30;

    private final long durationNanos;
    private final Deque<Consumer<PipelineListener>> messages = new ArrayDeque<>();
    private final List<SeekRequest> seeks = new ArrayList<>();
    private final List<PipelineState> statesAtSeeks = new ArrayList<>();
    private PipelineListener listener;
    private PipelineState state = PipelineState.NULL;
    private boolean prerolled;
    private SeekRequest segment = SeekRequest.flushing(1.0, 0, -1, true, false);
    private int epoch;
    private int nextSeqnum = 100;
    private final List<String> trackChoices = new ArrayList<>();
    private final List<String> audioSinks = new ArrayList<>();
    private List<Track> tracks = List.of();
    private int currentAudio = -1;
    private long position;
    private long shownFrame = -1;
    private long framesShown;
    private long heldFrame = -1;
    private boolean refuseReverse;
    private boolean refuseSeeks;
    private boolean neverPrerolls;
    private boolean live;
    private boolean silent;
    private double volume = 1.0;
    private boolean muted;
    private boolean shutDown;
    private int stepEvents;

    /**
     * Creates a fake clip.
     *
     * @param durationNanos its length
     */
    FakePipeline(long durationNanos) {
        this.durationNanos = durationNanos;
    }

    /** Makes the pipeline refuse seeks at negative rates, as some demuxers do. */
    void refuseReverse() {
        refuseReverse = true;
    }

    /** Makes the pipeline hang while it opens, as decodebin can on a damaged file: it never prerolls. */
    void neverPreroll() {
        neverPrerolls = true;
    }

    /**
     * Makes the pipeline a live network camera: not a file, no duration, no preroll when paused (its first frame
     * comes when it plays), no seeking, no end.
     *
     * @return this pipeline
     */
    FakePipeline live() {
        live = true;
        refuseSeeks = true;
        return this;
    }

    /**
     * Makes a live camera stop sending (or send again): while silent, playing moves neither frames nor position.
     *
     * @param quiet whether it sends nothing
     */
    void silent(boolean quiet) {
        silent = quiet;
    }

    /** Makes the pipeline refuse every seek, as a live source does. */
    void refuseSeeks() {
        refuseSeeks = true;
    }

    /**
     * Hands every waiting message to the listener, including those posted while handling them.
     *
     * @return how many were delivered
     */
    int deliver() {
        int count = 0;
        while (!messages.isEmpty()) {
            messages.removeFirst().accept(listener);
            count++;
        }
        return count;
    }

    /**
     * Lets the clock run while playing: the position moves at the segment's rate, a frame is shown per frame
     * duration, and the segment ends (EOS, or SEGMENT_DONE for a loop segment) at its end.
     *
     * @param nanos how much clock time passes
     */
    void play(long nanos) {
        if (state != PipelineState.PLAYING || silent) {
            return;
        }
        long length = live ? Long.MAX_VALUE : durationNanos;
        long end = segment.rate() > 0 ? (segment.stop() >= 0 ? segment.stop() : length) : segment.start();
        long moved = (long) (nanos * segment.rate());
        long next = segment.rate() > 0 ? Math.min(end, position + moved) : Math.max(end, position + moved);
        framesShown += Math.abs(next - position) / FRAME_NANOS;
        position = next;
        shownFrame = frameAt(position);
        if (position == end) {
            int tag = epoch;
            post(segment.isLoopSegment() ? l -> l.segmentDone(tag) : l -> l.endOfStream(tag));
        }
    }

    /**
     * Posts a message from outside the engine's doing (an error, buffering, an EOS of an old segment).
     *
     * @param message the listener call
     */
    void post(Consumer<PipelineListener> message) {
        messages.addLast(message);
    }

    /**
     * Returns the last seek sent's sequence number: what the port tags messages with.
     *
     * @return the number, 0 before the first seek
     */
    int epoch() {
        return epoch;
    }

    List<SeekRequest> seeks() {
        return seeks;
    }

    /**
     * Returns the state the pipeline was asked to be in when each accepted seek was sent (a flushing seek sent while
     * playing prerolls and plays on by itself, before a pause sent after it).
     *
     * @return one state per entry of {@link #seeks()}
     */
    List<PipelineState> statesAtSeeks() {
        return statesAtSeeks;
    }

    PipelineState state() {
        return state;
    }

    double volume() {
        return volume;
    }

    boolean muted() {
        return muted;
    }

    boolean isShutDown() {
        return shutDown;
    }

    @Override
    public String input() {
        return live ? "rtsp://camera.example/live" : "fake.mp4";
    }

    @Override
    public boolean isPlaybin() {
        return true;
    }

    @Override
    public boolean isLocalFile() {
        return !live;
    }

    @Override
    public void start(PipelineListener to, Executor controlLoop) {
        listener = to;
    }

    @Override
    public StateChange setState(PipelineState target) {
        if (target == state) {
            return StateChange.SUCCESS;
        }
        PipelineState from = state;
        int tag = epoch;
        state = target;
        if (target == PipelineState.NULL || target == PipelineState.READY) {
            prerolled = false;
            post(l -> l.stateChanged(target, null, tag));
            return StateChange.SUCCESS;
        }
        if (neverPrerolls) {
            return StateChange.ASYNC;
        }
        if (live && target == PipelineState.PAUSED) {
            post(l -> l.stateChanged(PipelineState.PAUSED, null, tag));
            return StateChange.NO_PREROLL;
        }
        if (!prerolled) {
            // A preroll: the first frame reaches the sink, then the pipeline says it is there.
            prerolled = true;
            preroll();
            post(l -> l.stateChanged(PipelineState.PAUSED, null, tag));
            post(l -> l.asyncDone(tag));
            if (target == PipelineState.PLAYING) {
                post(l -> l.stateChanged(PipelineState.PLAYING, null, tag));
            }
            return StateChange.ASYNC;
        }
        post(l -> l.stateChanged(target, null, tag));
        return from == PipelineState.PLAYING ? StateChange.SUCCESS : StateChange.ASYNC;
    }

    private void preroll() {
        long frame = frameAt(position);
        if (heldFrame < 0 && framesShown == 0 && shownFrame < 0) {
            heldFrame = frame;
        } else {
            shownFrame = frame;
            framesShown++;
        }
    }

    @Override
    public PipelineState settledState() {
        // Prerolls complete at once here; only a pipeline that never prerolls stays on its way.
        return neverPrerolls && state != PipelineState.NULL ? null : state;
    }

    @Override
    public int seek(SeekRequest request) {
        boolean refused = refuseSeeks || refuseReverse && request.rate() < 0 || state == PipelineState.NULL
                || state == PipelineState.READY;
        if (refused) {
            return 0;
        }
        int seqnum = nextSeqnum++;
        epoch = seqnum;
        seeks.add(request);
        statesAtSeeks.add(state);
        segment = request;
        if (request.isFlushing()) {
            position = request.rate() > 0 ? request.start() : request.stop() >= 0 ? request.stop() : durationNanos;
            if (!request.isAccurate()) {
                // Key frames every second; GStreamer snaps to the nearest, the one before on a tie.
                long second = TimeUnit.SECONDS.toNanos(1);
                position = Math.min(durationNanos, (position + second / 2 - 1) / second * second);
            }
            PipelineState now = state;
            post(l -> l.stateChanged(PipelineState.PAUSED, now, seqnum));
            preroll();
            post(l -> l.asyncDone(seqnum));
            post(l -> l.stateChanged(now, null, seqnum));
        }
        return seqnum;
    }

    int stepEvents() {
        return stepEvents;
    }

    @Override
    public void stepForward(int frames) {
        stepEvents++;
        position = Math.min(durationNanos, frameStart(position * 30 / TimeUnit.SECONDS.toNanos(1) + frames));
        shownFrame = frameAt(position);
        framesShown++;
        post(PipelineListener::stepDone);
    }

    @Override
    public long position() {
        return state == PipelineState.NULL ? -1 : position;
    }

    @Override
    public long duration() {
        return live ? -1 : durationNanos;
    }

    @Override
    public boolean seekable() {
        return !refuseSeeks;
    }

    @Override
    public void setVolume(double newVolume, boolean newMuted) {
        volume = newVolume;
        muted = newMuted;
    }

    @Override
    public boolean hasVideo() {
        return true;
    }

    @Override
    public boolean hasAudio() {
        return false;
    }

    @Override
    public boolean playsNothing() {
        return false;
    }

    @Override
    public Optional<VideoFormat> videoFormat() {
        return Optional.empty();
    }

    @Override
    public Optional<String> audioFormat() {
        return Optional.empty();
    }

    /**
     * Gives the media tracks, as playbin would list them once prerolled; the first audio track plays.
     *
     * @param listed the tracks, video then audio then subtitle
     * @return this pipeline
     */
    FakePipeline withTracks(List<Track> listed) {
        tracks = List.copyOf(listed);
        currentAudio = listed.stream().anyMatch(t -> t.getType() == TrackType.AUDIO) ? 0 : -1;
        return this;
    }

    /**
     * Posts a cue of an embedded subtitle track, as the subtitle taps would.
     *
     * @param track the subtitle track's index
     * @param cue   the cue
     */
    void postCue(int track, Caption cue) {
        messages.add(l -> l.cue(track, cue));
    }

    /**
     * Lists other tracks, as playbin does when streams come and go, and says so.
     *
     * @param listed the tracks now, video then audio then subtitle
     */
    void postTracks(List<Track> listed) {
        messages.add(l -> {
            tracks = List.copyOf(listed);
            l.tracksChanged();
        });
    }

    /**
     * Returns the audio tracks chosen, in order, as "AUDIO 1".
     *
     * @return the choices sent to the pipeline
     */
    List<String> trackChoices() {
        return trackChoices;
    }

    @Override
    public List<Track> tracks() {
        return prerolled ? tracks : List.of();
    }

    @Override
    public int currentAudioTrack() {
        return currentAudio;
    }

    @Override
    public void selectAudioTrack(int index) {
        trackChoices.add("AUDIO " + index);
        currentAudio = index;
    }

    @Override
    public boolean openingFrameArrived() {
        return heldFrame >= 0;
    }

    @Override
    public void releaseOpeningFrame(boolean show) {
        if (show && heldFrame >= 0) {
            shownFrame = heldFrame;
            framesShown++;
        }
        heldFrame = -1;
    }

    /** The start of the frame showing at a position: frame {@code n} starts at {@code n} thirtieths of a second. */
    private static long frameAt(long nanos) {
        return frameStart(nanos * 30 / TimeUnit.SECONDS.toNanos(1));
    }

    private static long frameStart(long index) {
        return (index * TimeUnit.SECONDS.toNanos(1) + 29) / 30;
    }

    @Override
    public long shownFrameTime() {
        return shownFrame;
    }

    @Override
    public long framesShown() {
        return framesShown;
    }

    @Override
    public long frameDuration() {
        return FRAME_NANOS;
    }

    /**
     * Returns the audio sinks switched to, in order ("default" for the system's).
     *
     * @return the sink descriptions
     */
    List<String> audioSinks() {
        return audioSinks;
    }

    @Override
    public void switchAudioSink(String sinkDescription) {
        if ("broken".equals(sinkDescription)) {
            throw new IllegalArgumentException("no element \"broken\"");
        }
        audioSinks.add(sinkDescription == null ? "default" : sinkDescription);
        setState(PipelineState.READY);
    }

    @Override
    public boolean attachVideoSink(NativeVideoSink sink) {
        sink.failed("the fake pipeline has no native sinks");
        return false;
    }

    @Override
    public boolean detachVideoSink(NativeVideoSink sink) {
        return false;
    }

    @Override
    public void videoSinkPrerolled() {
    }

    @Override
    public void shutdown() {
        state = PipelineState.NULL;
        shutDown = true;
    }
}
