package dev.framepipe.player.frame;

import org.freedesktop.gstreamer.Element;

/**
 * A GStreamer video sink that draws frames itself, into a native surface a renderer owns (an X11 window through
 * {@code GstVideoOverlay}, a macOS layer). While one is attached, the player plays into it instead of its appsink,
 * so frames never pass through Java.
 *
 * <p>Threading: {@link #createSink()}, {@link #blendWith}, {@link #prepare} and {@link #failed} run on the player's
 * control thread; {@link #prerolled} too; {@link #frameSize} on a streaming thread. Implementations move work to the
 * EDT themselves.
 */
public interface NativeVideoSink {
    /**
     * Creates the sink element.
     *
     * @return a new element the player adds to its pipeline
     * @throws IllegalStateException if no suitable sink can be made; the reason is passed to {@link #failed}
     */
    Element createSink();

    /**
     * Configures the sink before it prerolls (for instance, gives it its window).
     *
     * @param sink the element from {@link #createSink()}, now in the pipeline, in state READY
     */
    void prepare(Element sink);

    /**
     * Called once the pipeline prerolled with the sink: it shows the frame at the player's position.
     *
     * @param sink the sink
     */
    void prerolled(Element sink);

    /**
     * Hands over what blends captions into the frames in front of the sink, before it prerolls. Control thread.
     *
     * @param blender the blender; it replaces any given for an earlier sink
     */
    void blendWith(CaptionBlender blender);

    /**
     * The size of the frames reaching the sink, and so of the picture to blend captions into, changed: the sink may
     * take frames at its window's size rather than the video's. Streaming thread.
     *
     * @param width  the frames' width in pixels
     * @param height their height
     */
    void frameSize(int width, int height);

    /**
     * Called if the sink cannot be used; the player keeps (or goes back to) its appsink.
     *
     * @param reason why, for the log and the user
     */
    void failed(String reason);
}
