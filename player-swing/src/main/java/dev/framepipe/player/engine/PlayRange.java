package dev.framepipe.player.engine;

import java.time.Duration;
import java.util.Optional;

import dev.framepipe.player.PlaybackControls;

/**
 * The part of the media a player plays and how often: start time, stop time and cycle count, always consistent
 * (the start is never after the stop). Immutable; {@link PlayerSettings} replaces it as a whole, so the control
 * thread reads start and stop from the same setting.
 */
final class PlayRange {
    static final PlayRange WHOLE_MEDIA = new PlayRange(0, -1, 1);

    private final long startNanos;
    private final long stopNanos;
    private final int cycleCount;

    private PlayRange(long startNanos, long stopNanos, int cycleCount) {
        this.startNanos = startNanos;
        this.stopNanos = stopNanos;
        this.cycleCount = cycleCount;
    }

    /**
     * Returns this range with another start time.
     *
     * @param start the start, not negative, not after the stop time
     * @return the new range
     * @throws IllegalArgumentException if the start is negative or after the stop time
     */
    PlayRange withStart(Duration start) {
        long nanos = checkTime(start, "start");
        if (stopNanos >= 0 && nanos > stopNanos) {
            throw new IllegalArgumentException("start time " + start + " is after the stop time "
                    + Duration.ofNanos(stopNanos) + "; move the stop time first");
        }
        return new PlayRange(nanos, stopNanos, cycleCount);
    }

    /**
     * Returns this range with another stop time.
     *
     * @param stop the stop, not negative, not before the start time; {@code null} for the end of the media
     * @return the new range
     * @throws IllegalArgumentException if the stop is negative or before the start time
     */
    PlayRange withStop(Duration stop) {
        if (stop == null) {
            return new PlayRange(startNanos, -1, cycleCount);
        }
        long nanos = checkTime(stop, "stop");
        if (nanos < startNanos) {
            throw new IllegalArgumentException("stop time " + stop + " is before the start time "
                    + Duration.ofNanos(startNanos) + "; move the start time first");
        }
        return new PlayRange(startNanos, nanos, cycleCount);
    }

    /**
     * Returns this range with another cycle count.
     *
     * @param count at least 1, or {@link PlaybackControls#INDEFINITE}
     * @return the new range
     * @throws IllegalArgumentException for any other count
     */
    PlayRange withCycleCount(int count) {
        if (count < 1 && count != PlaybackControls.INDEFINITE) {
            throw new IllegalArgumentException("cycle count must be at least 1 or INDEFINITE, got " + count);
        }
        return new PlayRange(startNanos, stopNanos, count);
    }

    private static long checkTime(Duration time, String what) {
        if (time.isNegative()) {
            throw new IllegalArgumentException(what + " time must not be negative, got " + time);
        }
        return Nanos.saturated(time);
    }

    /**
     * Returns the start time.
     *
     * @return nanoseconds
     */
    long startNanos() {
        return startNanos;
    }

    /**
     * Returns the stop time.
     *
     * @return nanoseconds, or -1 for the end of the media
     */
    long stopNanos() {
        return stopNanos;
    }

    /**
     * Returns the stop time as the API shows it.
     *
     * @return the stop time, or empty for the end of the media
     */
    Optional<Duration> stopTime() {
        return stopNanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(stopNanos));
    }

    /**
     * Returns the cycle count.
     *
     * @return at least 1, or {@link PlaybackControls#INDEFINITE}
     */
    int cycleCount() {
        return cycleCount;
    }

    /**
     * Tells whether another cycle follows the one that is the {@code completed + 1}-th.
     *
     * @param completed cycles completed so far
     * @return {@code true} if more cycles remain after the current one
     */
    boolean cyclesRemainAfter(int completed) {
        return cycleCount == PlaybackControls.INDEFINITE || completed + 1 < cycleCount;
    }

    /**
     * Returns where this range ends in a media of the given length.
     *
     * @param durationNanos the media's duration, or -1 if unknown
     * @return the stop time, else the duration, else -1
     */
    long endNanos(long durationNanos) {
        return stopNanos >= 0 ? stopNanos : durationNanos;
    }

    /**
     * Clamps a position into the range: not before the start, not after the stop time or the end of the media.
     *
     * @param nanos         the position
     * @param durationNanos the media's duration, or -1 if unknown
     * @return the clamped position
     */
    long clamp(long nanos, long durationNanos) {
        long end = endNanos(durationNanos);
        // A start time past the end of the media clamps to the end.
        long first = end >= 0 ? Math.min(startNanos, end) : startNanos;
        long clamped = Math.max(first, nanos);
        return end >= 0 ? Math.min(clamped, end) : clamped;
    }

    @Override
    public String toString() {
        return "PlayRange[" + startNanos + ".." + stopNanos + " ns, cycles " + cycleCount + "]";
    }
}
