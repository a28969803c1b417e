package dev.framepipe.player.pipeline;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.Format;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.StateChangeReturn;
import org.freedesktop.gstreamer.elements.PlayBin;
import org.freedesktop.gstreamer.event.StepEvent;
import org.freedesktop.gstreamer.glib.Natives;

import com.sun.jna.Pointer;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.Track;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.NativeVideoSink;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.gst.CaptionCompositor;
import dev.framepipe.player.gst.GstControl;

/**
 * The {@link PipelinePort} over GStreamer: a built {@link PlaybackPipeline}, its bus (read by a {@link BusReader}) and
 * its frame thread ({@link FramePump}).
 *
 * <p>Owns all three, and the native video sink element while one is attached; {@link #shutdown()} releases them.
 * Called on the engine's control thread only, except {@link #frames()}, which renderers use from any thread.
 */
public final class GstPipelinePort implements PipelinePort {
    private static final System.Logger LOG = System.getLogger(GstPipelinePort.class.getName());
    private static final long FRAME_THREAD_STOP_MILLIS = 2_000;

    private final PlaybackPipeline pipeline;
    private final FramePump pump;
    private final BusReader bus;
    private volatile PipelineListener listener;
    private volatile Executor controlLoop;
    private NativeVideoSink nativeSink;
    private Element nativeSinkElement;
    /** The bin of the caption compositor and {@link #nativeSinkElement} that the playbin holds as its video sink. */
    private Element nativeSinkBin;
    private volatile long nativeSinkAddress;
    /** The sequence number of the last seek sent, read by the bus handler as messages are posted. */
    private volatile int seekEpoch;
    private final RecentSeeks sentSeeks = new RecentSeeks();
    private boolean shutDown;
    /** Disconnects playbin's track signals; set by {@link #start}, run by {@link #shutdown()}. */
    private Runnable signalDisconnects = () -> { };

    /**
     * Wraps a built pipeline and starts its frame thread.
     *
     * @param pipeline   the pipeline; the port takes it over
     * @param threadName the frame thread's name
     */
    public GstPipelinePort(PlaybackPipeline pipeline, String threadName) {
        this.pipeline = pipeline;
        this.pump = new FramePump(pipeline.appSink(), threadName, new PumpReports());
        this.bus = new BusReader(pipeline, () -> nativeSinkAddress, () -> seekEpoch, sentSeeks::contains);
    }

    /**
     * Returns the frame thread, where renderers attach and statistics are read.
     *
     * @return the pump
     */
    public FramePump frames() {
        return pump;
    }

    /**
     * Returns the pipeline, for tests that check what the player set on it.
     *
     * @return the pipeline
     */
    public PlaybackPipeline pipeline() {
        return pipeline;
    }

    @Override
    public String input() {
        return pipeline.input();
    }

    @Override
    public boolean isPlaybin() {
        return pipeline.isPlaybin();
    }

    @Override
    public boolean isLocalFile() {
        return pipeline.isLocalFile();
    }

    @Override
    public void start(PipelineListener to, Executor loop) {
        this.listener = to;
        this.controlLoop = loop;
        bus.install(to, loop);
        pipeline.subtitles().ifPresent(taps -> {
            taps.start((track, cue) -> report(l -> l.cue(track, cue)));
            // Emitted on streaming threads whenever a stream comes or goes or a stream's tags arrive.
            PlayBin playbin = (PlayBin) pipeline.pipeline();
            Runnable changed = () -> report(PipelineListener::tracksChanged);
            PlayBin.VIDEO_CHANGED video = element -> changed.run();
            PlayBin.AUDIO_CHANGED audio = element -> changed.run();
            PlayBin.TEXT_CHANGED text = element -> {
                taps.tapNewPads();
                changed.run();
            };
            PlayBin.AUDIO_TAGS_CHANGED audioTags = (element, stream) -> changed.run();
            PlayBin.TEXT_TAGS_CHANGED textTags = (element, stream) -> changed.run();
            playbin.connect(video);
            playbin.connect(audio);
            playbin.connect(text);
            playbin.connect(audioTags);
            playbin.connect(textTags);
            // Disconnected before the pipeline goes to NULL: streams removed then emit these signals too, and
            // gst1-java-core cannot hand them a playbin it has released.
            signalDisconnects = () -> {
                playbin.disconnect(video);
                playbin.disconnect(audio);
                playbin.disconnect(text);
                playbin.disconnect(audioTags);
                playbin.disconnect(textTags);
            };
        });
    }

    /** Moves a report from a GStreamer or frame thread to the control thread; dropped after shutdown. */
    private void report(Consumer<PipelineListener> call) {
        Executor loop = controlLoop;
        PipelineListener to = listener;
        if (loop == null || to == null) {
            return;
        }
        try {
            loop.execute(() -> call.accept(to));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, () -> pipeline.input() + ": report after shutdown dropped");
        }
    }

    @Override
    public StateChange setState(PipelineState state) {
        pump.setPlaying(state == PipelineState.PLAYING);
        if (state == PipelineState.READY || state == PipelineState.NULL) {
            // After pausing, which would otherwise keep the frame on screen as the floor for the frames to come.
            pump.restarted();
        }
        StateChangeReturn result = pipeline.pipeline().setState(gstState(state));
        LOG.log(Level.DEBUG, () -> pipeline.input() + ": set " + state + " -> " + result);
        switch (result) {
            case SUCCESS:
                return StateChange.SUCCESS;
            case ASYNC:
                return StateChange.ASYNC;
            case NO_PREROLL:
                return StateChange.NO_PREROLL;
            default:
                return StateChange.FAILURE;
        }
    }

    @Override
    public PipelineState settledState() {
        switch (GstControl.settledState(pipeline.pipeline())) {
            case GstControl.STATE_CHANGING:
                return null;
            case GstControl.STATE_PLAYING:
                return PipelineState.PLAYING;
            case GstControl.STATE_PAUSED:
                return PipelineState.PAUSED;
            default:
                return PipelineState.READY;
        }
    }

    @Override
    public int seek(SeekRequest request) {
        if (request.isFlushing()) {
            pump.seeking(request.rate() > 0);
        }
        int flags = (request.isFlushing() ? GstControl.SEEK_FLUSH : 0)
                | (request.isAccurate() ? GstControl.SEEK_ACCURATE
                : GstControl.SEEK_KEY_UNIT | GstControl.SEEK_SNAP_NEAREST)
                | (request.isLoopSegment() ? GstControl.SEEK_SEGMENT : 0);
        int previous = seekEpoch;
        // The epoch moves before the event is sent: a flushing seek's preroll can finish, and its ASYNC_DONE be
        // posted, before gst_element_send_event returns.
        int seqnum = GstControl.seek(pipeline.pipeline(), request.rate(), flags, request.start(), request.stop(),
                next -> seekEpoch = next);
        if (seqnum == 0) {
            seekEpoch = previous;
        } else {
            sentSeeks.add(seqnum);
        }
        LOG.log(Level.DEBUG, () -> pipeline.input() + ": " + request + " -> " + (seqnum != 0 ? "#" + seqnum
                : "refused"));
        return seqnum;
    }

    @Override
    public void stepForward(int frames) {
        pipeline.appSink().sendEvent(new StepEvent(Format.BUFFERS, frames, 1.0, true, false));
    }

    @Override
    public long position() {
        return pipeline.pipeline().queryPosition(Format.TIME);
    }

    @Override
    public long duration() {
        long nanos = pipeline.pipeline().queryDuration(Format.TIME);
        return nanos > 0 ? nanos : -1;
    }

    @Override
    public boolean seekable() {
        return GstControl.isSeekable(pipeline.pipeline());
    }

    @Override
    public void setVolume(double volume, boolean muted) {
        // GStreamer's volume property is a linear gain; the perceptual volume maps onto it by its cube, as
        // GST_STREAM_VOLUME_FORMAT_CUBIC and system mixers do, so each step of a slider sounds like the same step.
        double gain = volume * volume * volume;
        pipeline.volumeControl().ifPresent(element -> {
            element.set("volume", gain);
            element.set("mute", muted);
        });
    }

    @Override
    public void switchAudioSink(String sinkDescription) {
        if (!pipeline.isPlaybin()) {
            throw new IllegalArgumentException("a custom pipeline plays its audio where its description says");
        }
        Element sink;
        try {
            sink = sinkDescription == null ? PipelineBuilder.defaultAudioSink()
                    : PipelineBuilder.audioSink(sinkDescription);
        } catch (MediaException | IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        // Playbin replaces its audio sink only below PAUSED.
        setState(PipelineState.READY);
        pipeline.pipeline().set("audio-sink", sink);
    }

    @Override
    public boolean hasVideo() {
        return pipeline.hasVideo();
    }

    @Override
    public boolean hasAudio() {
        return pipeline.hasAudio();
    }

    @Override
    public boolean playsNothing() {
        return pipeline.playsNothing();
    }

    @Override
    public Optional<VideoFormat> videoFormat() {
        return pipeline.negotiatedFormat();
    }

    @Override
    public Optional<String> audioFormat() {
        return pipeline.audioFormat();
    }

    @Override
    public List<Track> tracks() {
        return pipeline.tracks().map(PlaybinTracks::read).orElse(List.of());
    }

    @Override
    public int currentAudioTrack() {
        return pipeline.tracks().map(PlaybinTracks::currentAudio).orElse(-1);
    }

    @Override
    public void selectAudioTrack(int index) {
        pipeline.tracks().ifPresent(tracks -> tracks.selectAudio(index));
    }

    @Override
    public boolean openingFrameArrived() {
        return pump.holdsFrame();
    }

    @Override
    public void releaseOpeningFrame(boolean show) {
        pump.openGate(show);
    }

    @Override
    public long shownFrameTime() {
        return pump.lastTimeNanos();
    }

    @Override
    public long framesShown() {
        return pump.framesDelivered();
    }

    @Override
    public long frameDuration() {
        VideoLayout layout = pump.layout();
        return layout == null ? 0 : Math.max(0, layout.frameDurationNanos());
    }

    @Override
    public boolean attachVideoSink(NativeVideoSink sink) {
        if (!pipeline.isPlaybin()) {
            sink.failed("a custom pipeline delivers its frames through its own appsink");
            return false;
        }
        Element element;
        Element captioned;
        try {
            element = sink.createSink();
            // Captions reach a sink whose frames bypass Java by being blended into them in front of it.
            CaptionCompositor compositor = new CaptionCompositor(sink::frameSize);
            captioned = compositor.wrap(element);
            sink.blendWith(compositor);
        } catch (RuntimeException e) {
            sink.failed(e.getMessage());
            return false;
        }
        if (nativeSink != null) {
            nativeSinkBin.setState(State.NULL);
        }
        nativeSink = sink;
        nativeSinkElement = element;
        nativeSinkBin = captioned;
        nativeSinkAddress = Pointer.nativeValue(Natives.getRawPointer(element));
        swapVideoSink(captioned);
        sink.prepare(element);
        return true;
    }

    @Override
    public boolean detachVideoSink(NativeVideoSink sink) {
        if (nativeSink != sink || shutDown) {
            return false;
        }
        Element released = nativeSinkBin;
        nativeSink = null;
        nativeSinkElement = null;
        nativeSinkBin = null;
        nativeSinkAddress = 0;
        swapVideoSink(pipeline.appSink());
        // To NULL before the caller destroys its window: the sink lets go of native surfaces on that change.
        released.setState(State.NULL);
        return true;
    }

    /** Playbin replaces its video sink only below PAUSED. */
    private void swapVideoSink(Element sink) {
        setState(PipelineState.READY);
        pipeline.pipeline().set("video-sink", sink);
    }

    @Override
    public void videoSinkPrerolled() {
        if (nativeSink != null) {
            nativeSink.prerolled(nativeSinkElement);
        }
    }

    @Override
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        bus.uninstall();
        signalDisconnects.run();
        pipeline.pipeline().setState(State.NULL);
        if (!pump.stop(FRAME_THREAD_STOP_MILLIS)) {
            LOG.log(Level.WARNING, "the frame thread of " + pipeline.input() + " did not stop within "
                    + FRAME_THREAD_STOP_MILLIS + " ms");
        }
        pipeline.release();
    }

    private static State gstState(PipelineState state) {
        switch (state) {
            case PLAYING:
                return State.PLAYING;
            case PAUSED:
                return State.PAUSED;
            case READY:
                return State.READY;
            default:
                return State.NULL;
        }
    }

    /** Frame-thread reports, moved to the control thread. */
    private final class PumpReports implements FramePump.Events {
        @Override
        public void layoutChanged(VideoLayout layout) {
            report(l -> l.frameLayout(layout));
        }

        @Override
        public void frameRejected(FrameLayoutException error) {
            report(l -> l.frameRejected(error.getMessage()));
        }

        @Override
        public void failed(Throwable error) {
            VideoLayout layout = pump.layout();
            report(l -> l.frameThreadFailed(error, layout));
        }
    }
}
