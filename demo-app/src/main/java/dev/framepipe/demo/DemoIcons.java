package dev.framepipe.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import javax.swing.Icon;
import javax.swing.UIManager;

/**
 * The icons of the demo's own commands, in the style of the player's control icons: 16 × 16 vector shapes in the
 * foreground colour of the button or menu item that shows them, so they follow the theme and stay sharp when scaled.
 * Each icon is an outline drawn with a line and a solid part filled; either may be absent.
 */
enum DemoIcons implements Icon {
    OPEN_FILE(folder(), null),
    OPEN_URL(globe(), null),
    ADD(path(new Line2D.Double(8, 3, 8, 13), new Line2D.Double(3, 8, 13, 8)), null),
    REMOVE(new Line2D.Double(3, 8, 13, 8), null),
    MOVE_UP(arrow(), null),
    MOVE_DOWN(flipVertically(arrow()), null),
    PREVIOUS_ITEM(null, skipBack()),
    NEXT_ITEM(null, flipHorizontally(skipBack())),
    SNAPSHOT(camera(), null),
    INFO(new Ellipse2D.Double(1.5, 1.5, 13, 13), path(new Rectangle2D.Double(7.2, 7, 1.6, 5),
            new Ellipse2D.Double(7.1, 4, 1.8, 1.8))),
    STATISTICS(null, path(new Rectangle2D.Double(2, 9, 3, 5), new Rectangle2D.Double(6.5, 5, 3, 9),
            new Rectangle2D.Double(11, 2, 3, 12))),
    PLAYLIST(path(new Line2D.Double(2, 4, 11, 4), new Line2D.Double(2, 8, 11, 8), new Line2D.Double(2, 12, 7, 12)),
            triangle(10, 9.5, 10, 15, 14.8, 12.25)),
    THEME(new Ellipse2D.Double(2, 2, 12, 12), new Arc2D.Double(2, 2, 12, 12, -90, 180, Arc2D.PIE)),
    KEYBOARD(new RoundRectangle2D.Double(1, 4, 14, 8.5, 2.5, 2.5), keys()),
    NOW_PLAYING(null, triangle(4, 3, 4, 13, 13, 8)),
    /** A strip of film: media that has no picture to show. */
    FILM(path(new RoundRectangle2D.Double(1.5, 3, 13, 10, 2, 2), new Line2D.Double(4.5, 3, 4.5, 13),
            new Line2D.Double(11.5, 3, 11.5, 13)), null);

    private static final int SIZE = 16;
    private static final BasicStroke LINE = new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final Shape outline;
    private final Shape solid;

    DemoIcons(Shape outline, Shape solid) {
        this.outline = outline;
        this.solid = solid;
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }

    @Override
    public void paintIcon(Component component, Graphics graphics, int x, int y) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.translate(x, y);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(ink(component));
            if (solid != null) {
                g.fill(solid);
            }
            if (outline != null) {
                g.setStroke(LINE);
                g.draw(outline);
            }
        } finally {
            g.dispose();
        }
    }

    /** The component's text colour, or the theme's colour for disabled text. */
    private static Color ink(Component component) {
        if (component == null) {
            return UIManager.getColor("Label.foreground");
        }
        return component.isEnabled() ? component.getForeground() : UIManager.getColor("Label.disabledForeground");
    }

    private static Shape folder() {
        return lines(true, 1.5, 3.5, 6, 3.5, 7.5, 5.5, 14.5, 5.5, 14.5, 13, 1.5, 13);
    }

    private static Shape globe() {
        return path(new Ellipse2D.Double(1.5, 1.5, 13, 13), new Ellipse2D.Double(5, 1.5, 6, 13),
                new Line2D.Double(1.5, 8, 14.5, 8));
    }

    private static Shape arrow() {
        return path(new Line2D.Double(8, 13.5, 8, 2.5), lines(false, 3.5, 7, 8, 2.5, 12.5, 7));
    }

    /** A bar and two triangles pointing at it: back to the previous item. */
    private static Shape skipBack() {
        return path(new Rectangle2D.Double(1.5, 3, 2, 10), triangle(9, 3, 9, 13, 4, 8), triangle(15, 3, 15, 13, 10, 8));
    }

    private static Shape camera() {
        Shape top = lines(false, 5, 4.5, 6.5, 2.5, 9.5, 2.5, 11, 4.5);
        return path(new RoundRectangle2D.Double(1.5, 4.5, 13, 9, 3, 3), new Ellipse2D.Double(5.25, 6.25, 5.5, 5.5),
                top);
    }

    private static Shape keys() {
        Path2D.Double keys = new Path2D.Double();
        for (int i = 0; i < 5; i++) {
            keys.append(new Rectangle2D.Double(3 + i * 2.2, 6, 1.3, 1.3), false);
        }
        keys.append(new Rectangle2D.Double(5, 9.5, 6, 1.3), false);
        return keys;
    }

    private static Shape triangle(double... corners) {
        return lines(true, corners);
    }

    /**
     * Joins points with straight lines.
     *
     * @param closed whether the last point joins the first
     * @param xy     the points' coordinates, x then y
     */
    private static Shape lines(boolean closed, double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static Shape path(Shape... parts) {
        Path2D.Double path = new Path2D.Double();
        for (Shape part : parts) {
            path.append(part, false);
        }
        return path;
    }

    private static Shape flipHorizontally(Shape shape) {
        AffineTransform flip = AffineTransform.getTranslateInstance(SIZE, 0);
        flip.scale(-1, 1);
        return flip.createTransformedShape(shape);
    }

    private static Shape flipVertically(Shape shape) {
        AffineTransform flip = AffineTransform.getTranslateInstance(0, SIZE);
        flip.scale(1, -1);
        return flip.createTransformedShape(shape);
    }
}
