package dev.framepipe.player.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import dev.framepipe.player.Track;
import dev.framepipe.player.frame.NativeVideoSink;
import dev.framepipe.player.frame.VideoFormat;

/**
 * Everything the playback engine asks of its pipeline, in one place: state changes, seeks (each with its sequence
 * number), frame steps, queries, volume, the video sink, and what the frame thread has shown. Implemented once over
 * GStreamer ({@link GstPipelinePort}); the engine's tests run against a fake.
 *
 * <p>Threading: every method is called on the engine's control thread, and {@link PipelineListener} calls come back
 * on it (through the executor given to {@link #start}). The port owns the pipeline and everything it needs (the bus
 * handler, the frame thread) and releases them in {@link #shutdown}.
 */
public interface PipelinePort {
    /**
     * Returns the input as users know it, for messages.
     *
     * @return a file name, URI (without password) or pipeline description
     */
    String input();

    /**
     * Tells whether this is a {@code playbin} for a file or URI rather than a custom pipeline.
     *
     * @return {@code true} for playbin
     */
    boolean isPlaybin();

    /**
     * Tells whether the input is a local file.
     *
     * @return {@code true} for local files
     */
    boolean isLocalFile();

    /**
     * Starts reporting: from now on bus messages and frame-thread reports reach the listener through the executor.
     *
     * @param listener    who hears them
     * @param controlLoop runs the listener calls on the control thread; may refuse after shutdown
     */
    void start(PipelineListener listener, Executor controlLoop);

    /**
     * Asks the pipeline for a state. The frame thread switches between pulling samples and preroll frames first.
     *
     * @param state the state wanted
     * @return how the pipeline answered
     */
    StateChange setState(PipelineState state);

    /**
     * Asks the pipeline, without waiting, which state it is in.
     *
     * @return the state, or {@code null} while it changes state (an asynchronous change or a seek's preroll is
     *         under way)
     */
    PipelineState settledState();

    /**
     * Sends a seek.
     *
     * @param request the seek, already validated
     * @return the seek's sequence number (never 0) if the pipeline accepted it, or 0 if it refused
     */
    int seek(SeekRequest request);

    /**
     * Steps the video sink forward while paused.
     *
     * @param frames how many frames, at least 1
     */
    void stepForward(int frames);

    /**
     * Asks the pipeline where it plays.
     *
     * @return the position in nanoseconds of stream time, or -1 if it does not know
     */
    long position();

    /**
     * Asks the pipeline how long the media is.
     *
     * @return nanoseconds, or -1 if unknown (a live stream)
     */
    long duration();

    /**
     * Asks the pipeline whether it can seek in time.
     *
     * @return {@code true} if it can
     */
    boolean seekable();

    /**
     * Sets the volume where the pipeline has a volume control.
     *
     * @param volume perceptual volume 0..1; the gain applied is its cube
     * @param muted  whether muted
     */
    void setVolume(double volume, boolean muted);

    /**
     * Plays the audio through another sink: builds it, takes the pipeline to READY and swaps playbin's audio sink.
     * The caller then prerolls the pipeline again. Nothing changes if the sink cannot be built.
     *
     * @param sinkDescription the sink as {@code gst-launch-1.0} writes it, or {@code null} for the system's default
     * @throws IllegalArgumentException if the sink cannot be built (the message says why), or the pipeline is a custom
     *                                  one, whose audio is what its description says
     */
    void switchAudioSink(String sinkDescription);

    /**
     * Tells whether the media has video. Meaningful once prerolled.
     *
     * @return {@code true} if there is video
     */
    boolean hasVideo();

    /**
     * Tells whether the media has audio. Meaningful once prerolled.
     *
     * @return {@code true} if there is audio
     */
    boolean hasAudio();

    /**
     * Tells whether a playbin has nothing it will play (no video, no audio it plays). Meaningful once the streams
     * are known.
     *
     * @return {@code true} if nothing will ever be shown or heard
     */
    boolean playsNothing();

    /**
     * Returns the negotiated video format.
     *
     * @return the format, or empty if there is none yet
     */
    Optional<VideoFormat> videoFormat();

    /**
     * Describes the first audio stream's decoded format.
     *
     * @return for instance {@code "48000 Hz, stereo"}, or empty
     */
    Optional<String> audioFormat();

    /**
     * Lists the media's embedded tracks. Meaningful once prerolled; {@link PipelineListener#tracksChanged()} says
     * when to ask again.
     *
     * @return video, audio and subtitle tracks, each type indexed from 0; empty for a custom pipeline
     */
    List<Track> tracks();

    /**
     * Returns the embedded audio track that plays.
     *
     * @return its index, or -1 if none or a custom pipeline
     */
    int currentAudioTrack();

    /**
     * Plays another embedded audio track.
     *
     * @param index an audio track's index as {@link #tracks()} lists it
     */
    void selectAudioTrack(int index);

    /**
     * Tells whether the first frame has reached the appsink while opening (it waits there for
     * {@link #releaseOpeningFrame}). A live source's caps come before its first frame, by its latency.
     *
     * @return {@code true} once a frame is held
     */
    boolean openingFrameArrived();

    /**
     * Lets the frame prerolled while opening through, or discards it (a seek's frame follows).
     *
     * @param show whether to show it
     */
    void releaseOpeningFrame(boolean show);

    /**
     * Returns the stream time of the frame on screen.
     *
     * @return nanoseconds, or -1 before the first frame
     */
    long shownFrameTime();

    /**
     * Returns how many frames have been shown.
     *
     * @return the count
     */
    long framesShown();

    /**
     * Returns the nominal duration of a frame.
     *
     * @return nanoseconds, or 0 if unknown
     */
    long frameDuration();

    /**
     * Plays into a native sink instead of the appsink: takes the pipeline to READY, swaps the sink and lets the sink
     * prepare. The caller then prerolls the pipeline again. A sink that cannot be created is told so through
     * {@link NativeVideoSink#failed}.
     *
     * @param sink the sink
     * @return {@code true} if the pipeline now holds it
     */
    boolean attachVideoSink(NativeVideoSink sink);

    /**
     * Goes back to the appsink if {@code sink} is the one in use: to READY, swap, native sink to NULL. The caller
     * then prerolls the pipeline again.
     *
     * @param sink the sink to let go of
     * @return {@code true} if it was in use and has been let go of
     */
    boolean detachVideoSink(NativeVideoSink sink);

    /**
     * Tells the native sink in use, if any, that the pipeline prerolled with it.
     */
    void videoSinkPrerolled();

    /**
     * Sets the pipeline to NULL, stops reporting and the frame thread, and releases the pipeline. Idempotent.
     */
    void shutdown();
}
