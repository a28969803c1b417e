package dev.framepipe.player.swing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import dev.framepipe.player.Caption;
import dev.framepipe.player.testing.Pixels;

/**
 * Captions painted into images as {@link VideoComponent} paints them, for {@link Pixels} to measure as it measures
 * what a robot reads from the screen.
 */
final class CaptionImages {
    private CaptionImages() {
    }

    /**
     * Makes a cue shown for a second.
     *
     * @param markup    its text, with markup
     * @param placement where it asks to be shown
     * @return the cue
     */
    static Caption cue(String markup, Caption.Placement placement) {
        return new Caption(markup, 0, 1_000_000_000L, placement);
    }

    /**
     * Makes a cue shown for a second at the bottom.
     *
     * @param markup its text, with markup
     * @return the cue
     */
    static Caption cue(String markup) {
        return cue(markup, Caption.Placement.BOTTOM);
    }

    /**
     * Paints a caption as a component of some size paints it over its picture.
     *
     * @param caption    the caption
     * @param style      its style
     * @param picture    where the picture lies, in the component's (user-space) coordinates
     * @param component  the component's size
     * @param scale      the screen's scale (2 for a twice-dense screen)
     * @param background the colour under the caption: the video's
     * @return the component's pixels, {@code scale} times its size
     */
    static BufferedImage paint(Caption caption, CaptionStyle style, Rectangle picture, Dimension component,
            double scale, Color background) {
        CaptionPainter painter = new CaptionPainter();
        painter.style(style);
        painter.show(caption);
        BufferedImage screen = new BufferedImage((int) Math.round(component.width * scale),
                (int) Math.round(component.height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, screen.getWidth(), screen.getHeight());
            g.scale(scale, scale);
            painter.paint(g, picture);
        } finally {
            g.dispose();
        }
        return screen;
    }
}
