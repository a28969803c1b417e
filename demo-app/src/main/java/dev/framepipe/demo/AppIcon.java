package dev.framepipe.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** The window icon, drawn at the sizes desktops ask for: a white play mark on a blue-violet rounded square. */
final class AppIcon {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final Color TOP = new Color(0x3B82F6);
    private static final Color BOTTOM = new Color(0x7C3AED);

    private AppIcon() {
    }

    /**
     * Draws the icon.
     *
     * @return one image per size, smallest first
     */
    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            images.add(draw(size));
        }
        return images;
    }

    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(size / 16.0, size / 16.0);
            g.setPaint(new GradientPaint(0, 0, TOP, 16, 16, BOTTOM));
            g.fill(new RoundRectangle2D.Double(0.5, 0.5, 15, 15, 5, 5));
            Path2D.Double play = new Path2D.Double();
            play.moveTo(6, 4.2);
            play.lineTo(12, 8);
            play.lineTo(6, 11.8);
            play.closePath();
            g.setColor(Color.WHITE);
            g.fill(play);
        } finally {
            g.dispose();
        }
        return image;
    }
}
