package dev.framepipe.player.testing;

import java.awt.Component;
import java.awt.Dimension;

import javax.swing.JFrame;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;

/**
 * An AssertJ Swing robot driving one test window, made and cleaned up per test: what a user does with mouse and
 * keyboard, for real, under Xvfb.
 */
public final class UiRobot implements AutoCloseable {
    private final Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
    private final FrameFixture window;

    private UiRobot(JFrame frame) {
        this.window = new FrameFixture(robot, frame);
        // The first click must not race the window manager's (or Xvfb's) activation of a window just shown.
        window.focus();
        robot.waitForIdle();
    }

    /**
     * Shows a component in a new window and takes control of it.
     *
     * @param content the component
     * @param size    its size
     * @return the robot; close it at the end of the test (it disposes the window)
     */
    public static UiRobot show(Component content, Dimension size) {
        return new UiRobot(Windows.show(content, size));
    }

    /**
     * Returns the fixture for the window.
     *
     * @return the fixture
     */
    public FrameFixture window() {
        return window;
    }

    /**
     * Returns the robot, for key strokes to whatever has the focus.
     *
     * @return the robot
     */
    public Robot robot() {
        return robot;
    }

    @Override
    public void close() {
        window.cleanUp();
    }
}
