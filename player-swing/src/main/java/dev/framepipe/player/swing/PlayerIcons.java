package dev.framepipe.player.swing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;

import javax.swing.Icon;
import javax.swing.UIManager;

/**
 * The control icons, drawn as vector shapes so they are sharp at any screen scale and take the button's foreground
 * colour (and the disabled colour of the look and feel). Immutable and shared.
 */
enum PlayerIcons implements Icon {
    PLAY, PAUSE, STOP, STEP_BACKWARD, STEP_FORWARD, SEEK_BACKWARD, SEEK_FORWARD, VOLUME, MUTED, LOOP, FULL_SCREEN,
    EXIT_FULL_SCREEN;

    private static final int SIZE = 16;

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
        Graphics2D g = (Graphics2D) graphics.create(x, y, SIZE, SIZE);
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(colourFor(component));
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            draw(g);
        } finally {
            g.dispose();
        }
    }

    private static Color colourFor(Component component) {
        if (component != null && !component.isEnabled()) {
            Color disabled = UIManager.getColor("Label.disabledForeground");
            return disabled != null ? disabled : Color.GRAY;
        }
        return component != null && component.getForeground() != null ? component.getForeground() : Color.DARK_GRAY;
    }

    private void draw(Graphics2D g) {
        switch (this) {
            case PLAY:
                g.fill(triangle(4, 2, 4, 14, 14, 8));
                break;
            case PAUSE:
                g.fillRect(3, 2, 4, 12);
                g.fillRect(9, 2, 4, 12);
                break;
            case STOP:
                g.fillRect(3, 3, 10, 10);
                break;
            case STEP_BACKWARD:
                g.fillRect(2, 3, 2, 10);
                g.fill(triangle(13, 3, 13, 13, 5, 8));
                break;
            case STEP_FORWARD:
                g.fill(triangle(3, 3, 3, 13, 11, 8));
                g.fillRect(12, 3, 2, 10);
                break;
            case SEEK_BACKWARD:
                g.fill(triangle(8, 3, 8, 13, 1, 8));
                g.fill(triangle(15, 3, 15, 13, 8, 8));
                break;
            case SEEK_FORWARD:
                g.fill(triangle(1, 3, 1, 13, 8, 8));
                g.fill(triangle(8, 3, 8, 13, 15, 8));
                break;
            case VOLUME:
                speaker(g);
                g.drawArc(6, 4, 5, 8, -50, 100);
                g.drawArc(5, 1, 9, 14, -50, 100);
                break;
            case MUTED:
                speaker(g);
                g.drawLine(10, 5, 15, 11);
                g.drawLine(15, 5, 10, 11);
                break;
            case LOOP:
                g.drawRoundRect(2, 4, 12, 8, 6, 6);
                g.fill(triangle(9, 1, 9, 7, 12, 4));
                break;
            case FULL_SCREEN:
                corners(g, true);
                break;
            default:
                corners(g, false);
        }
    }

    private static void speaker(Graphics2D g) {
        g.fill(triangle(1, 6, 1, 10, 4, 8));
        g.fillRect(1, 6, 3, 4);
        g.fill(triangle(3, 8, 8, 2, 8, 14));
    }

    /**
     * Four L-shaped corner marks: at the icon's corners with arms towards the centre ("expand"), or close to the
     * centre with arms towards the corners ("shrink").
     */
    private static void corners(Graphics2D g, boolean expand) {
        int arm = 4;
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                int x = 8 + sx * (expand ? 6 : 2);
                int y = 8 + sy * (expand ? 6 : 2);
                int dx = expand ? -sx : sx;
                int dy = expand ? -sy : sy;
                g.drawLine(x, y, x + dx * arm, y);
                g.drawLine(x, y, x, y + dy * arm);
            }
        }
    }

    private static Path2D triangle(double x1, double y1, double x2, double y2, double x3, double y3) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x1, y1);
        path.lineTo(x2, y2);
        path.lineTo(x3, y3);
        path.closePath();
        return path;
    }
}
