package dev.framepipe.player.swing;

import javax.swing.JComponent;
import javax.swing.Timer;

/**
 * Holds a component's "Loading…" back for the first {@value #DELAY_MILLIS} ms of loading: most local files show
 * their first frame sooner, and a word that flashes for a tenth of a second is noise. It also keeps text off the
 * first frame's path: the first text a JVM draws loads its font configuration, about half a second on the EDT
 * (measured with a class-loading log on Debian 12), which would otherwise come before the first frame.
 *
 * <p>EDT only. The one-shot timer repaints the component when the delay is over; it runs only while loading.
 */
final class LoadingDelay {
    /** How long loading goes on before the message is shown, in milliseconds. */
    static final int DELAY_MILLIS = 300;
    /** A timer may fire a few milliseconds early, by the clock the paint reads: what still counts as due. */
    private static final long DUE_NANOS = (DELAY_MILLIS - 10) * 1_000_000L;

    private final Timer timer;
    private long loadingSince = -1;

    /**
     * Creates the delay for a component.
     *
     * @param component repainted when the message becomes due
     */
    LoadingDelay(JComponent component) {
        timer = new Timer(DELAY_MILLIS, event -> component.repaint());
        timer.setRepeats(false);
    }

    /**
     * Called on every paint: tells whether the loading message is due, and starts or stops counting.
     *
     * @param loading whether the component is showing the loading state in this paint
     * @return {@code true} if it is loading and has been for the delay
     */
    boolean isMessageDue(boolean loading) {
        if (!loading) {
            loadingSince = -1;
            timer.stop();
            return false;
        }
        long now = System.nanoTime();
        if (loadingSince < 0) {
            loadingSince = now;
            timer.restart();
        }
        return now - loadingSince >= DUE_NANOS;
    }
}
