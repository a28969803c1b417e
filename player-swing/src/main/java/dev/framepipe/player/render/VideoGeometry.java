package dev.framepipe.player.render;

import java.awt.Rectangle;

/**
 * Where a frame goes: the rectangle it is drawn into (in the component's logical coordinates) and the size, in
 * device pixels, worth converting it to. Pure arithmetic; immutable. Where the rectangle lies (the scaling mode) is
 * the component's decision; this class only derives the conversion size from it.
 *
 * <p>The conversion size is the drawn size in device pixels (logical size times the screen scale), but never more
 * than the frame itself: shrinking happens in the converter, so work follows the area shown; enlarging is left to
 * Java2D.
 */
public final class VideoGeometry {
    private final Rectangle bounds;
    private final int imageWidth;
    private final int imageHeight;

    private VideoGeometry(Rectangle bounds, int imageWidth, int imageHeight) {
        this.bounds = bounds;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
    }

    /**
     * Computes the geometry of a picture drawn into a rectangle.
     *
     * @param bounds      where the picture is drawn, in logical pixels; may extend beyond the visible area
     * @param videoWidth  frame width in pixels
     * @param videoHeight frame height in pixels
     * @param scaleX      device pixels per logical pixel, horizontally (2.0 on a "retina" screen)
     * @param scaleY      device pixels per logical pixel, vertically
     * @return the geometry
     */
    public static VideoGeometry of(Rectangle bounds, int videoWidth, int videoHeight, double scaleX, double scaleY) {
        int imageWidth = clamp((int) Math.ceil(bounds.width * scaleX), videoWidth);
        int imageHeight = clamp((int) Math.ceil(bounds.height * scaleY), videoHeight);
        return new VideoGeometry(new Rectangle(bounds), imageWidth, imageHeight);
    }

    private static int clamp(int size, int maximum) {
        return Math.max(1, Math.min(size, maximum));
    }

    /**
     * Returns where the picture is drawn.
     *
     * @return a new rectangle in logical coordinates; it may extend beyond the component's area
     */
    public Rectangle bounds() {
        return new Rectangle(bounds);
    }

    /**
     * Returns the width to convert frames to.
     *
     * @return device pixels, at most the frame width
     */
    public int imageWidth() {
        return imageWidth;
    }

    /**
     * Returns the height to convert frames to.
     *
     * @return device pixels, at most the frame height
     */
    public int imageHeight() {
        return imageHeight;
    }
}
