package dev.framepipe.player.swing;

import java.awt.Color;
import java.awt.GraphicsConfiguration;
import java.awt.Window;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * Shows a component on the whole screen it is on, in an undecorated window, and brings it back to its place in its
 * original parent (see {@link ComponentSlot}) with its state intact: the player keeps playing, the component keeps
 * its properties and listeners. The original parent keeps a placeholder meanwhile so its layout does not jump.
 *
 * <p>It never uses exclusive full-screen mode (no display mode changes) and never touches the application's own
 * frames. Event dispatch thread only.
 */
final class FullScreenController {
    private final JComponent content;
    private final Runnable changed;
    private ComponentSlot slot;
    private JPanel placeholder;
    private JFrame window;

    /**
     * Creates the controller.
     *
     * @param content the component to move; typically a {@link VideoPlayerPanel}
     * @param changed run after every enter and exit, to refresh actions
     */
    FullScreenController(JComponent content, Runnable changed) {
        this.content = content;
        this.changed = changed;
    }

    /**
     * Tells whether the content is on the whole screen.
     *
     * @return {@code true} while full screen
     */
    boolean isActive() {
        return window != null;
    }

    /** Enters full screen, or leaves it. */
    void toggle() {
        if (isActive()) {
            exit();
        } else {
            enter();
        }
    }

    /** Moves the component to a window covering its screen. Does nothing if it is not in a window. */
    void enter() {
        Window owner = SwingUtilities.getWindowAncestor(content);
        if (isActive() || owner == null || content.getParent() == null) {
            return;
        }
        GraphicsConfiguration screen = content.getGraphicsConfiguration();
        slot = ComponentSlot.of(content);
        placeholder = new JPanel();
        placeholder.setBackground(Color.BLACK);
        placeholder.setPreferredSize(content.getSize());
        moving(true);
        try {
            slot.swap(content, placeholder);
            window = new JFrame(screen);
            window.setUndecorated(true);
            window.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            window.setTitle(owner instanceof java.awt.Frame ? ((java.awt.Frame) owner).getTitle() : "");
            window.setContentPane(content);
            window.setBounds(screen.getBounds());
            window.setVisible(true);
        } finally {
            moving(false);
        }
        content.requestFocusInWindow();
        changed.run();
    }

    /** Brings the content back to its place, if it is full screen. */
    void exit() {
        if (!isActive()) {
            return;
        }
        moving(true);
        try {
            window.setContentPane(new JPanel());
            window.dispose();
            window = null;
            slot.swap(placeholder, content);
        } finally {
            moving(false);
        }
        slot = null;
        placeholder = null;
        content.requestFocusInWindow();
        changed.run();
    }

    /** Video components must not dispose themselves when removed for the move. */
    private void moving(boolean moving) {
        for (VideoComponent video : VideoComponent.within(content)) {
            video.setMoving(moving);
        }
    }
}
