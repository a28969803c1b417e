package dev.framepipe.player.swing;

import java.awt.Rectangle;

/**
 * Where a {@link VideoComponent} draws the picture in each {@link ScalingMode}, honouring the pixel aspect ratio and,
 * for {@link ScalingMode#NATIVE}, the screen scale. Pure arithmetic.
 */
final class PictureBounds {
    private PictureBounds() {
    }

    /**
     * Computes the rectangle the picture is drawn into.
     *
     * @param area             the area available, in logical pixels
     * @param videoWidth       frame width in pixels
     * @param videoHeight      frame height in pixels
     * @param pixelAspectRatio how much wider than tall a frame pixel is shown
     * @param mode             the scaling mode
     * @param scaleX           device pixels per logical pixel, horizontally (2.0 on a "retina" screen)
     * @param scaleY           device pixels per logical pixel, vertically
     * @return a new rectangle in logical coordinates; for {@link ScalingMode#FILL} and {@link ScalingMode#NATIVE} it
     *         may extend beyond the area
     */
    static Rectangle compute(Rectangle area, int videoWidth, int videoHeight, double pixelAspectRatio,
                             ScalingMode mode, double scaleX, double scaleY) {
        double displayWidth = videoWidth * pixelAspectRatio;
        switch (mode) {
            case STRETCH:
                return new Rectangle(area);
            case NATIVE:
                return centred(area, displayWidth / scaleX, videoHeight / scaleY);
            case FILL:
                return centred(area, displayWidth, videoHeight,
                        Math.max(area.width / displayWidth, area.height / (double) videoHeight));
            default:
                return centred(area, displayWidth, videoHeight,
                        Math.min(area.width / displayWidth, area.height / (double) videoHeight));
        }
    }

    private static Rectangle centred(Rectangle area, double width, double height, double scale) {
        return centred(area, width * scale, height * scale);
    }

    private static Rectangle centred(Rectangle area, double width, double height) {
        int w = Math.max(1, (int) Math.round(width));
        int h = Math.max(1, (int) Math.round(height));
        return new Rectangle(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    }
}
