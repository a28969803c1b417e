package dev.framepipe.player.render;

import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.VolatileImage;

import dev.framepipe.player.diagnostics.LiveResources;

/**
 * The one {@link VolatileImage} a component draws its video from. Frames are uploaded into it rather than drawing a
 * new image each time, so the graphics pipeline keeps exactly one texture (or X pixmap) per component however many
 * frames are played, where a new image per frame leaks graphics memory (docs/memory.md).
 *
 * <p>Recreated only when the frame size or the {@link GraphicsConfiguration} changes ({@code validate} answers
 * {@code IMAGE_INCOMPATIBLE}, for instance after the window moved to a screen with another scale). Confined to the
 * event dispatch thread. {@link #release()} flushes it.
 *
 * <p>Public (in this internal package) for the paint benchmark, which measures exactly what the renderer does.
 */
public final class VolatileFrame {
    /** Creates a frame holder with no image yet; the first upload makes it. */
    public VolatileFrame() {
    }

    private VolatileImage image;

    /**
     * Uploads a frame, recreating the image if needed and retrying while its contents are lost.
     *
     * @param frame         the frame
     * @param configuration the configuration of the screen the component is on
     */
    public void upload(BufferedImage frame, GraphicsConfiguration configuration) {
        do {
            ensure(frame.getWidth(), frame.getHeight(), configuration);
            Graphics2D g = image.createGraphics();
            try {
                g.drawImage(frame, 0, 0, null);
            } finally {
                g.dispose();
            }
        } while (image.contentsLost());
    }

    /**
     * Draws the image into a rectangle.
     *
     * @param g      the component's graphics
     * @param bounds where, in logical coordinates
     * @return {@code false} if the image lost its contents and the frame must be uploaded again
     */
    public boolean draw(Graphics2D g, Rectangle bounds) {
        if (image == null) {
            return false;
        }
        g.drawImage(image, bounds.x, bounds.y, bounds.width, bounds.height, null);
        return !image.contentsLost();
    }

    /**
     * Tells whether the image still holds what was uploaded last, revalidating it for the configuration.
     *
     * @param configuration the current configuration
     * @return {@code false} if it must be uploaded again
     */
    public boolean isValid(GraphicsConfiguration configuration) {
        return image != null && image.validate(configuration) == VolatileImage.IMAGE_OK;
    }

    /** Flushes and drops the image. Idempotent. */
    public void release() {
        if (image != null) {
            image.flush();
            image = null;
            LiveResources.VOLATILE_IMAGES.released();
        }
    }

    private void ensure(int width, int height, GraphicsConfiguration configuration) {
        if (image != null && (image.getWidth() != width || image.getHeight() != height
                || image.validate(configuration) == VolatileImage.IMAGE_INCOMPATIBLE)) {
            release();
        }
        if (image == null) {
            image = configuration.createCompatibleVolatileImage(width, height);
            LiveResources.VOLATILE_IMAGES.acquired();
        }
    }
}
