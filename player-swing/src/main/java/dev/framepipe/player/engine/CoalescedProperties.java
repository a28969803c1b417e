package dev.framepipe.player.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Coalesces a player's setting changes (rate, volume, start time, ...) on their way to the event dispatch thread:
 * however often a setter is called, at most one task per property waits in the EDT's queue, and it announces the
 * change from the value last announced to the newest. A UI that falls behind sees the newest value, not a backlog,
 * and a storm of setter calls cannot fill the EDT's queue (or the heap) with events.
 *
 * <p>Thread-safe: {@link #post} from any thread; the tasks it hands to the scheduler run on the EDT.
 */
final class CoalescedProperties {
    private final Consumer<Runnable> edt;
    private final Announcer announcer;
    /** Per property with a task waiting: the value before the first change since the last announcement, and now. */
    private final Map<String, Object[]> waiting = new HashMap<>();
    /** The value each property was last announced with. EDT only. */
    private final Map<String, Object> announced = new HashMap<>();

    /** Fires one property change on the EDT. */
    interface Announcer {
        /**
         * Fires a change.
         *
         * @param name the property
         * @param old  the value last announced
         * @param now  the newest value
         */
        void fire(String name, Object old, Object now);
    }

    /**
     * Creates the coalescer.
     *
     * @param edt       queues a task on the EDT
     * @param announcer fires the change, on the EDT
     */
    CoalescedProperties(Consumer<Runnable> edt, Announcer announcer) {
        this.edt = edt;
        this.announcer = announcer;
    }

    /**
     * Posts a change.
     *
     * @param name the property
     * @param old  the value before this change (used if the property was never announced)
     * @param now  the new value
     */
    void post(String name, Object old, Object now) {
        boolean schedule;
        synchronized (waiting) {
            Object[] change = waiting.get(name);
            schedule = change == null;
            if (schedule) {
                waiting.put(name, new Object[] {old, now});
            } else {
                change[1] = now;
            }
        }
        if (schedule) {
            edt.accept(() -> announce(name));
        }
    }

    private void announce(String name) {
        Object[] change;
        synchronized (waiting) {
            change = waiting.remove(name);
        }
        Object old = announced.containsKey(name) ? announced.get(name) : change[0];
        announced.put(name, change[1]);
        announcer.fire(name, old, change[1]);
    }
}
