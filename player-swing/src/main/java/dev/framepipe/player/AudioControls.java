package dev.framepipe.player;

/**
 * Audio commands of a {@link MediaPlayer}. Settings made before the player is ready are applied when it becomes
 * ready. May be called from any thread.
 *
 * <p>For files and URIs the volume is {@code playbin}'s; for a custom pipeline it is the first element in the
 * pipeline that has {@code volume} and {@code mute} properties (a {@code volume} element), and has no effect if
 * there is none.
 */
public interface AudioControls {
    /**
     * Sets the volume on a perceptual scale, as volume sliders and system mixers use it: the gain applied to the
     * sound is the cube of this value (GStreamer's {@code GST_STREAM_VOLUME_FORMAT_CUBIC}), so 0.5 is heard as about
     * half as loud (a gain of 0.125, −18 dB), and equal steps of a slider sound like equal steps.
     *
     * @param volume perceptual volume, clamped to 0.0 (silent) … 1.0 (full, the media's own level)
     * @return the volume after clamping
     * @throws IllegalArgumentException if {@code volume} is NaN
     */
    double setVolume(double volume);

    /**
     * Returns the volume last set.
     *
     * @return the volume, 1.0 by default
     */
    double getVolume();

    /**
     * Mutes or unmutes without changing the volume.
     *
     * @param muted {@code true} to mute
     */
    void setMuted(boolean muted);

    /**
     * Tells whether the audio is muted.
     *
     * @return the mute setting
     */
    boolean isMuted();

    /**
     * Plays the sound through another output, while playing or paused. The player pauses for a moment while it
     * swaps its audio sink and carries on at the same position. An output whose sink cannot be made is reported as a
     * non-fatal {@link MediaPlayerListener#error} naming it, and the sound stays where it was.
     *
     * @param output the output, or {@code null} for the system's default output
     */
    default void setOutput(AudioOutput output) {
        throw new UnsupportedOperationException("this player cannot change its audio output");
    }

    /**
     * Returns the output chosen last with {@link #setOutput}.
     *
     * @return the output, or empty for the system's default (or the sink given by
     *         {@link PlayerOptions#withAudioSink(String)})
     */
    default java.util.Optional<AudioOutput> getOutput() {
        return java.util.Optional.empty();
    }
}
