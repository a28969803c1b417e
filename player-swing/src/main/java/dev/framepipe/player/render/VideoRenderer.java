package dev.framepipe.player.render;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Consumer;

import dev.framepipe.player.frame.FrameSource;

/**
 * How a video component gets frames onto the screen. The Java2D renderer converts and paints them itself; a native
 * renderer hands them to a platform surface and paints nothing. The component owns exactly one renderer.
 *
 * <p>Threading: every method but frame delivery runs on the Swing event dispatch thread.
 */
public interface VideoRenderer {
    /**
     * Returns which kind of renderer this is.
     *
     * @return the kind
     */
    RendererKind kind();

    /**
     * Says what to do if the renderer cannot go on (a native layer that failed to start): the component replaces it
     * with a Java2D renderer. Renderers that cannot fail that way (Java2D is the fallback) ignore it.
     *
     * @param handler receives the reason, on any thread
     */
    default void setFailureHandler(Consumer<String> handler) {
        // Nothing to report: only native renderers fail after they start.
    }

    /**
     * Starts receiving the source's frames.
     *
     * @param source the player's frame source
     */
    void attach(FrameSource source);

    /** Stops receiving frames; the last frame stays available for painting. */
    void detach();

    /**
     * Paints the current frame.
     *
     * @param g         the component's graphics, already translated and scaled for the screen
     * @param geometry  where the picture goes and the size worth converting it to
     * @param smoothing bilinear ({@code true}) or nearest-neighbour scaling
     */
    void paint(Graphics2D g, VideoGeometry geometry, boolean smoothing);

    /**
     * Tells whether a frame has arrived since the renderer was attached.
     *
     * @return {@code true} once there is something to paint
     */
    boolean hasFrame();

    /**
     * Returns a copy of the current frame at its converted size.
     *
     * @return a new image the caller owns, or empty before the first frame
     */
    Optional<BufferedImage> snapshot();

    /**
     * Tells whether captions must be blended into the frames ({@link #showCaption}) because nothing the component
     * paints shows above this renderer's picture.
     *
     * @return {@code true} for the native renderers
     */
    default boolean blendsCaptions() {
        return false;
    }

    /**
     * Returns the size of the frames captions are blended into, for renderers that {@link #blendsCaptions()}: the
     * sink may take frames at its window's size rather than the video's.
     *
     * @return the size in frame pixels, or empty until the first frame's format is known
     */
    default Optional<Dimension> captionFrameSize() {
        return Optional.empty();
    }

    /**
     * Says whom to tell when {@link #captionFrameSize()} changes, so the caption is drawn again at the new size.
     *
     * @param listener called on any thread
     */
    default void setCaptionFrameListener(Runnable listener) {
        // Captions are painted by the component.
    }

    /**
     * Blends a caption into every following frame, in place of the last one; only for renderers that
     * {@link #blendsCaptions()}.
     *
     * @param argb   the caption's pixels, non-premultiplied 0xAARRGGBB, row by row; the renderer keeps the array
     * @param x      its left edge in the frame, in frame pixels
     * @param y      its top edge
     * @param width  its width
     * @param height its height
     */
    default void showCaption(int[] argb, int x, int y, int width, int height) {
        // Captions are painted by the component.
    }

    /** Blends no caption from the next frame on. */
    default void clearCaption() {
        // Captions are painted by the component.
    }

    /** Releases graphics resources (the component left its window); they are recreated on the next paint. */
    void releaseGraphics();

    /**
     * Returns the renderer's counters.
     *
     * @return the statistics, a live view
     */
    FrameStatistics statistics();

    /** Detaches and releases everything. Idempotent. */
    void dispose();
}
