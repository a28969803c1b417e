package dev.framepipe.player.render;

import java.awt.Rectangle;

import dev.framepipe.player.swing.ScalingMode;

/**
 * Where a frame goes: the rectangle it is drawn into (in the component's logical coordinates) and the size, in
 * device pixels, worth converting it to. Pure arithmetic; immutable.
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
     * Computes the geometry.
     *
     * @param area             the area available, in logical pixels
     * @param videoWidth       frame width in pixels
     * @param videoHeight      frame height in pixels
     * @param pixelAspectRatio how much wider than tall a frame pixel is shown
     * @param mode             the scaling mode
     * @param scaleX           device pixels per logical pixel, horizontally (2.0 on a "retina" screen)
     * @param scaleY           device pixels per logical pixel, vertically
     * @return the geometry
     */
    public static VideoGeometry compute(Rectangle area, int videoWidth, int videoHeight, double pixelAspectRatio,
                                        ScalingMode mode, double scaleX, double scaleY) {
        double displayWidth = videoWidth * pixelAspectRatio;
        Rectangle bounds;
        switch (mode) {
            case STRETCH:
                bounds = new Rectangle(area);
                break;
            case NATIVE:
                bounds = centred(area, displayWidth / scaleX, videoHeight / scaleY);
                break;
            default:
                double fitScale = Math.min(area.width / displayWidth, area.height / (double) videoHeight);
                double fillScale = Math.max(area.width / displayWidth, area.height / (double) videoHeight);
                double scale = mode == ScalingMode.FILL ? fillScale : fitScale;
                bounds = centred(area, displayWidth * scale, videoHeight * scale);
        }
        int imageWidth = clamp((int) Math.ceil(bounds.width * scaleX), videoWidth);
        int imageHeight = clamp((int) Math.ceil(bounds.height * scaleY), videoHeight);
        return new VideoGeometry(bounds, imageWidth, imageHeight);
    }

    private static Rectangle centred(Rectangle area, double width, double height) {
        int w = Math.max(1, (int) Math.round(width));
        int h = Math.max(1, (int) Math.round(height));
        return new Rectangle(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    }

    private static int clamp(int size, int maximum) {
        return Math.max(1, Math.min(size, maximum));
    }

    /**
     * Returns where the picture is drawn.
     *
     * @return a new rectangle in logical coordinates; for {@link ScalingMode#FILL} and {@link ScalingMode#NATIVE} it
     *         may extend beyond the area
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
