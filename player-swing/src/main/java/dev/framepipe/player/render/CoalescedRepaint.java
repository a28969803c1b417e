package dev.framepipe.player.render;

import java.awt.EventQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Requests a repaint from any thread with at most one request waiting on the Swing event queue: a UI that cannot
 * keep up paints the newest frame, never a backlog. One flag and one reused task; a request costs nothing while one
 * is already pending, and otherwise the single event AWT needs to wake the event thread.
 */
final class CoalescedRepaint {
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable task;

    /**
     * Creates the requester.
     *
     * @param repaint what to run on the event thread, for instance {@code component::repaint}
     */
    CoalescedRepaint(Runnable repaint) {
        this.task = () -> {
            pending.set(false);
            repaint.run();
        };
    }

    /** Asks for a repaint; does nothing if one is already waiting. Any thread. */
    void request() {
        if (pending.compareAndSet(false, true)) {
            EventQueue.invokeLater(task);
        }
    }
}
