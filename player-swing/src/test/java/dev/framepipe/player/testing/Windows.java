package dev.framepipe.player.testing;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;

import org.assertj.swing.edt.GuiActionRunner;

/** Real windows for UI tests (under Xvfb in CI): showing components, running code on the EDT, reading pixels. */
public final class Windows {
    private Windows() {
    }

    /**
     * Shows a component alone in an undecorated-size frame at a fixed place on screen.
     *
     * @param component the component, laid out at {@code size}
     * @param size      the component's size
     * @return the frame; dispose it at the end of the test
     */
    public static JFrame show(Component component, Dimension size) {
        return onEdt(() -> {
            JFrame frame = new JFrame("test");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            JPanel content = new JPanel(new java.awt.BorderLayout());
            content.setPreferredSize(size);
            content.add(component);
            frame.setContentPane(content);
            frame.pack();
            // At the screen's origin: with no window manager (Xvfb), AWT sometimes keeps (0, 0) as the frame's
            // location while the X server put the window where it was asked, and every robot click then lands that
            // far off. At (0, 0) both agree.
            frame.setLocation(0, 0);
            frame.setVisible(true);
            return frame;
        });
    }

    /**
     * Runs code on the event dispatch thread and returns its result.
     *
     * @param task the code
     * @param <T>  the result type
     * @return the result
     */
    public static <T> T onEdt(Callable<T> task) {
        return GuiActionRunner.execute(task);
    }

    /**
     * Runs code on the event dispatch thread.
     *
     * @param task the code
     */
    public static void onEdt(Runnable task) {
        GuiActionRunner.execute(task::run);
    }

    /**
     * Takes a screenshot of a component as it is on screen.
     *
     * @param component a showing component
     * @return the pixels
     */
    public static BufferedImage capture(Component component) {
        Rectangle area = onEdt(() -> {
            Point origin = component.getLocationOnScreen();
            return new Rectangle(origin.x, origin.y, component.getWidth(), component.getHeight());
        });
        try {
            return new Robot().createScreenCapture(area);
        } catch (AWTException e) {
            throw new IllegalStateException("no robot: is there a display?", e);
        }
    }

    /**
     * Returns the largest per-channel difference between two colours.
     *
     * @param rgb      a pixel as read from an image
     * @param expected the expected colour
     * @return the difference, 0..255
     */
    public static int difference(int rgb, Color expected) {
        Color actual = new Color(rgb);
        return Math.max(Math.abs(actual.getRed() - expected.getRed()), Math.max(
                Math.abs(actual.getGreen() - expected.getGreen()), Math.abs(actual.getBlue() - expected.getBlue())));
    }
}
