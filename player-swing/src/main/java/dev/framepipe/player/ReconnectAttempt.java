package dev.framepipe.player;

import java.time.Duration;

/**
 * One attempt to reconnect a live stream that dropped, as {@link MediaPlayerListener#reconnecting} announces it
 * when the player starts waiting for it. Immutable.
 */
public final class ReconnectAttempt {
    private final int number;
    private final int limit;
    private final Duration delay;
    private final MediaException cause;

    /**
     * Creates an attempt.
     *
     * @param number which attempt, from 1
     * @param limit  how many attempts are made before the player gives up
     * @param delay  how long the player waits before it connects
     * @param cause  why the stream counts as dropped; its message names the stream
     */
    public ReconnectAttempt(int number, int limit, Duration delay, MediaException cause) {
        this.number = number;
        this.limit = limit;
        this.delay = delay;
        this.cause = cause;
    }

    /**
     * Returns which attempt this is.
     *
     * @return 1 for the first attempt after a drop
     */
    public int getNumber() {
        return number;
    }

    /**
     * Returns how many attempts are made in all before the player halts.
     *
     * @return the limit of {@link StreamOptions#withReconnect}
     */
    public int getLimit() {
        return limit;
    }

    /**
     * Returns how long the player waits before this attempt connects.
     *
     * @return the delay
     */
    public Duration getDelay() {
        return delay;
    }

    /**
     * Returns why the stream counts as dropped: the source's error, or silence for the stall timeout.
     *
     * @return the cause, a non-fatal error naming the stream
     */
    public MediaException getCause() {
        return cause;
    }

    @Override
    public String toString() {
        return "reconnect " + number + " of " + limit + " in " + delay.toMillis() + " ms: " + cause.getMessage();
    }
}
