package dev.framepipe.player.engine;

import java.time.Duration;

import dev.framepipe.player.StreamOptions;

/**
 * The reconnect policy of one player at work: counts the attempts since a live stream last played, says how long to
 * wait before the next (doubling from the first delay up to the maximum), and watches a playing live stream for
 * silence (no new frame, and the position standing still, for the stall timeout).
 *
 * <p>Holds facts only; the {@link PlaybackController} decides what they mean for its phase. Used on the control
 * thread; times are {@code System.nanoTime()} readings of the controller's clock.
 */
final class Reconnector {
    private final int attempts;
    private final long firstDelayNanos;
    private final long maxDelayNanos;
    private final long stallNanos;
    private int made;
    /** When the next attempt connects, or -1 when none is waiting. */
    private long attemptAt = -1;
    private long lastProgressAt;
    private long lastMarker = Long.MIN_VALUE;

    /**
     * Creates the policy from the options.
     *
     * @param options the stream options
     */
    Reconnector(StreamOptions options) {
        this.attempts = options.getReconnectAttempts();
        this.firstDelayNanos = options.getReconnectDelay().toNanos();
        this.maxDelayNanos = options.getMaxReconnectDelay().toNanos();
        this.stallNanos = options.getStallTimeout().toNanos();
    }

    /**
     * Tells whether another attempt may be made.
     *
     * @return {@code false} once the limit is reached, or if reconnecting is off
     */
    boolean mayRetry() {
        return made < attempts;
    }

    /**
     * Schedules the next attempt.
     *
     * @param now the clock
     * @return the wait before it connects
     */
    Duration schedule(long now) {
        long delay = firstDelayNanos;
        for (int i = 0; i < made && delay < maxDelayNanos; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, maxDelayNanos);
        made++;
        attemptAt = now + delay;
        return Duration.ofNanos(delay);
    }

    /**
     * Tells whether the attempt waited for is due, and if so takes it: it is connecting from now on.
     *
     * @param now the clock
     * @return {@code true} once, when the wait is over
     */
    boolean takeDueAttempt(long now) {
        if (attemptAt < 0 || now < attemptAt) {
            return false;
        }
        attemptAt = -1;
        lastProgressAt = now;
        return true;
    }

    /**
     * Tells whether an attempt is waiting for its time (the pipeline is down meanwhile).
     *
     * @return {@code true} between {@link #schedule} and {@link #takeDueAttempt}
     */
    boolean waiting() {
        return attemptAt >= 0;
    }

    /**
     * Takes what the stream did by now, and tells whether it moved since the last call.
     *
     * @param marker what moves while the stream delivers: frames delivered so far, or the position
     * @param now    the clock
     * @return {@code true} if the marker changed
     */
    boolean progressed(long marker, long now) {
        boolean moved = marker != lastMarker;
        lastMarker = marker;
        if (moved) {
            lastProgressAt = now;
        }
        return moved;
    }

    /**
     * Tells whether the stream stood still for the stall timeout.
     *
     * @param now the clock
     * @return {@code true} if nothing moved for that long
     */
    boolean stalled(long now) {
        return now - lastProgressAt > stallNanos;
    }

    /**
     * Starts watching afresh: the stream plays (again), or the user played it; the attempts count from zero.
     *
     * @param now the clock
     */
    void reset(long now) {
        made = 0;
        attemptAt = -1;
        lastProgressAt = now;
    }

    /**
     * Returns the most attempts.
     *
     * @return the limit
     */
    int limit() {
        return attempts;
    }

    /**
     * Returns the attempts made since the stream last played.
     *
     * @return the count
     */
    int made() {
        return made;
    }
}
