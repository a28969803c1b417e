package dev.framepipe.player.render;

import java.awt.AWTEvent;
import java.awt.Canvas;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics;
import java.awt.event.MouseEvent;

import javax.swing.SwingUtilities;

/**
 * The heavyweight child a native renderer gives the platform to draw into: an AWT {@code Canvas} laid over the
 * video component's inner area (the component lays out its children to that area). Hidden until the first frame,
 * so the component's own messages show meanwhile. Being heavyweight, nothing Swing paints can appear above it.
 *
 * <p>Event dispatch thread only.
 */
class NativeCanvas extends Canvas {
    private static final long serialVersionUID = 1L;
    private final transient Runnable expose;

    /**
     * Creates the canvas and adds it to the host.
     *
     * @param host   the video component
     * @param expose what to do when the window needs repainting (a native sink redraws its last frame)
     */
    NativeCanvas(Component host, Runnable expose) {
        this.expose = expose;
        setBackground(Color.BLACK);
        setFocusable(false);
        setVisible(false);
        enableEvents(AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
        ((Container) host).add(this);
    }

    @Override
    public void paint(Graphics g) {
        expose.run();
    }

    @Override
    public void update(Graphics g) {
        // No clearing first: the sink repaints the whole window, and clearing would flicker.
        paint(g);
    }

    /**
     * Hands mouse events to the host: the application's click and wheel handlers are on the video component, which
     * a heavyweight child would otherwise hide them from.
     */
    @Override
    protected void processEvent(AWTEvent event) {
        Container host = getParent();
        if (event instanceof MouseEvent && host != null) {
            host.dispatchEvent(SwingUtilities.convertMouseEvent(this, (MouseEvent) event, host));
        } else {
            super.processEvent(event);
        }
    }

    /** Shows the canvas once frames arrive. */
    void showVideo() {
        setVisible(true);
        getParent().validate();
    }

    /** Takes the canvas out of the host. */
    void remove() {
        Container parent = getParent();
        if (parent != null) {
            parent.remove(this);
            parent.repaint();
        }
    }
}
