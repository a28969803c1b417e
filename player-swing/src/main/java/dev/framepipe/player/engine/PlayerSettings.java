package dev.framepipe.player.engine;

import dev.framepipe.player.AudioOutput;
import java.time.Duration;
import java.util.function.UnaryOperator;

import dev.framepipe.player.PlaybackControls;

/**
 * The values a user sets on a player (rate, volume, mute, and the {@link PlayRange}). Written by the caller's thread
 * when a setter is called, so getters answer at once; read by the control thread when it applies them. Validation
 * and clamping happen here, once. Thread-safe.
 */
final class PlayerSettings {
    private volatile double rate = 1.0;
    private volatile double volume = 1.0;
    private volatile boolean muted;
    private volatile AudioOutput output;
    private volatile PlayRange range = PlayRange.WHOLE_MEDIA;

    /**
     * Clamps a rate to the supported range.
     *
     * @param requested the requested rate
     * @return the clamped rate; infinities clamp to {@link PlaybackControls#MAX_RATE} with their sign
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

    AudioOutput output() {
        return output;
    }

    void output(AudioOutput value) {
        output = value;
    }

    /**
     * Returns the range as it stands.
     *
     * @return the range, consistent in itself
     */
    PlayRange range() {
        return range;
    }

    /**
     * Changes the range.
     *
     * @param change makes the new range from the current one; may throw {@link IllegalArgumentException}
     * @return the range before the change
     */
    synchronized PlayRange changeRange(UnaryOperator<PlayRange> change) {
        PlayRange old = range;
        range = change.apply(old);
        return old;
    }

    /**
     * Returns the start time, for getters.
     *
     * @return the start time
     */
    Duration startTime() {
        return Duration.ofNanos(range.startNanos());
    }
}
