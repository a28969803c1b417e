package dev.framepipe.player;

/**
 * Options fixed when a {@link MediaPlayer} is created. Immutable; each {@code with...} method returns a copy.
 *
 * <pre>{@code
 * MediaPlayer player = MediaPlayer.create(MediaSource.of(path), PlayerOptions.defaults().withAutoPlay(true));
 * }</pre>
 */
public final class PlayerOptions {
    private static final PlayerOptions DEFAULTS = new PlayerOptions(true, true, false);

    private final boolean audioEnabled;
    private final boolean clockSync;
    private final boolean autoPlay;

    private PlayerOptions(boolean audioEnabled, boolean clockSync, boolean autoPlay) {
        this.audioEnabled = audioEnabled;
        this.clockSync = clockSync;
        this.autoPlay = autoPlay;
    }

    /**
     * Returns the defaults: audio on, frames shown at their time, no auto-play.
     *
     * @return the default options
     */
    public static PlayerOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with audio decoding and output switched on or off. With audio off, a file's audio streams are
     * neither decoded nor played ({@link MediaInfo#hasAudio()} still reports them). Applies to files and URIs; a
     * custom pipeline's audio is whatever its description says.
     *
     * @param enabled {@code false} to play video only
     * @return a copy with the option changed
     */
    public PlayerOptions withAudioEnabled(boolean enabled) {
        return new PlayerOptions(enabled, clockSync, autoPlay);
    }

    /**
     * Returns a copy that shows frames at their presentation time ({@code true}, the default) or as fast as they
     * can be decoded ({@code false}: for benchmarks, soak tests and batch processing).
     *
     * @param sync whether the video output waits for each frame's time
     * @return a copy with the option changed
     */
    public PlayerOptions withClockSync(boolean sync) {
        return new PlayerOptions(audioEnabled, sync, autoPlay);
    }

    /**
     * Returns a copy that starts playing as soon as the media is ready.
     *
     * @param autoPlay {@code true} to play at {@link Status#READY}
     * @return a copy with the option changed
     */
    public PlayerOptions withAutoPlay(boolean autoPlay) {
        return new PlayerOptions(audioEnabled, clockSync, autoPlay);
    }

    /**
     * Tells whether audio is decoded and played.
     *
     * @return the audio option
     */
    public boolean isAudioEnabled() {
        return audioEnabled;
    }

    /**
     * Tells whether frames are shown at their presentation time.
     *
     * @return the clock-sync option
     */
    public boolean isClockSync() {
        return clockSync;
    }

    /**
     * Tells whether playback starts by itself at {@link Status#READY}.
     *
     * @return the auto-play option
     */
    public boolean isAutoPlay() {
        return autoPlay;
    }

    @Override
    public String toString() {
        return "PlayerOptions[audio=" + audioEnabled + ", clockSync=" + clockSync + ", autoPlay=" + autoPlay + "]";
    }
}
