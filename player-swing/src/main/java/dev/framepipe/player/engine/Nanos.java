package dev.framepipe.player.engine;

import java.time.Duration;

/** Converts durations the API takes to the engine's nanoseconds without overflowing. */
final class Nanos {
    private Nanos() {
    }

    /**
     * Converts a duration to nanoseconds, saturating instead of throwing where it does not fit in a {@code long}
     * (about 292 years).
     *
     * @param duration the duration
     * @return nanoseconds, {@link Long#MAX_VALUE} or {@link Long#MIN_VALUE} when out of range
     */
    static long saturated(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
