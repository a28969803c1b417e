package dev.framepipe.player.engine;

import java.time.Duration;

import dev.framepipe.player.PlaybackControls;

/**
 * The values a user sets on a player (rate, volume, mute, cycle count, start and stop time). Written by the caller's
 * thread when a setter is called, so getters answer at once; read by the control thread when it applies them.
 * Validation and clamping happen here, once.
 */
final class PlayerSettings {
    private volatile double rate = 1.0;
    private volatile double volume = 1.0;
    private volatile boolean muted;
    private volatile int cycleCount = 1;
    private volatile long startNanos;
    private volatile long stopNanos = -1;

    /**
     * Clamps a rate to the supported range.
     *
     * @param requested the requested rate
     * @return the clamped rate
     * @throws IllegalArgumentException for 0 or NaN
     */
    static double clampRate(double requested) {
        if (Double.isNaN(requested) || requested == 0) {
            throw new IllegalArgumentException("rate must be a non-zero number (use pause() to stop), got "
                    + requested);
        }
        double magnitude = Math.max(PlaybackControls.MIN_RATE, Math.min(PlaybackControls.MAX_RATE,
                Math.abs(requested)));
        return Math.copySign(magnitude, requested);
    }

    /**
     * Clamps a volume to 0..1.
     *
     * @param requested the requested volume
     * @return the clamped volume
     * @throws IllegalArgumentException for NaN
     */
    static double clampVolume(double requested) {
        if (Double.isNaN(requested)) {
            throw new IllegalArgumentException("volume must be a number, got NaN");
        }
        return Math.max(0.0, Math.min(1.0, requested));
    }

    /**
     * Checks a cycle count.
     *
     * @param count the count
     * @return the count
     * @throws IllegalArgumentException unless it is at least 1 or {@link PlaybackControls#INDEFINITE}
     */
    static int checkCycleCount(int count) {
        if (count < 1 && count != PlaybackControls.INDEFINITE) {
            throw new IllegalArgumentException("cycle count must be at least 1 or INDEFINITE, got " + count);
        }
        return count;
    }

    /**
     * Converts a start or stop time to nanoseconds.
     *
     * @param time the time
     * @param what "start" or "stop", for the message
     * @return nanoseconds
     * @throws IllegalArgumentException if negative
     */
    static long checkTime(Duration time, String what) {
        if (time.isNegative()) {
            throw new IllegalArgumentException(what + " time must not be negative, got " + time);
        }
        return time.toNanos();
    }

    double rate() {
        return rate;
    }

    void rate(double value) {
        rate = value;
    }

    double volume() {
        return volume;
    }

    void volume(double value) {
        volume = value;
    }

    boolean muted() {
        return muted;
    }

    void muted(boolean value) {
        muted = value;
    }

    int cycleCount() {
        return cycleCount;
    }

    void cycleCount(int value) {
        cycleCount = value;
    }

    long startNanos() {
        return startNanos;
    }

    void startNanos(long value) {
        startNanos = value;
    }

    long stopNanos() {
        return stopNanos;
    }

    void stopNanos(long value) {
        stopNanos = value;
    }
}
