package dev.framepipe.bench;

import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import dev.framepipe.player.render.VolatileFrame;

/**
 * The renderer's {@link VolatileFrame} driven the way the Java2D renderer drives it: the two things the event
 * dispatch thread does per frame, for the paint benchmark. Event dispatch thread only.
 */
public final class VolatileFrameProbe {
    private final VolatileFrame frame = new VolatileFrame();

    /**
     * Uploads a converted frame into the volatile image.
     *
     * @param image         the frame
     * @param configuration the screen's configuration
     */
    public void upload(BufferedImage image, GraphicsConfiguration configuration) {
        frame.upload(image, configuration);
    }

    /**
     * Draws the volatile image into a rectangle with bilinear scaling, as the renderer paints.
     *
     * @param g      the graphics
     * @param bounds where
     */
    public void draw(Graphics2D g, Rectangle bounds) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        frame.draw(g, bounds);
    }

    /** Releases the volatile image. */
    public void release() {
        frame.release();
    }
}
