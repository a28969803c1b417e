package dev.framepipe.player;

/**
 * Names of a {@link MediaPlayer}'s bound properties, for
 * {@link PlayerEvents#addPropertyChangeListener(String, java.beans.PropertyChangeListener)}. Each change is fired on
 * the Swing event dispatch thread with the old and new value.
 */
public final class PlayerProperties {
    /** {@link Status}: see {@link MediaPlayer#getStatus()}. */
    public static final String STATUS = "status";
    /** {@link java.time.Duration}: see {@link MediaPlayer#getCurrentTime()}. */
    public static final String CURRENT_TIME = "currentTime";
    /** {@link MediaException} or {@code null}: see {@link MediaPlayer#getError()}. */
    public static final String ERROR = "error";
    /** {@link java.time.Duration} or {@code null}: see {@link MediaInfo#getDuration()}. */
    public static final String DURATION = "duration";
    /** {@link VideoSize} or {@code null}: see {@link MediaInfo#getVideoSize()}. */
    public static final String VIDEO_SIZE = "videoSize";
    /** {@link Double}: see {@link PlaybackControls#getRate()}. */
    public static final String RATE = "rate";
    /** {@link Double}: see {@link AudioControls#getVolume()}. */
    public static final String VOLUME = "volume";
    /** {@link AudioOutput} or {@code null} for the system's default: see {@link AudioControls#getOutput()}. */
    public static final String AUDIO_OUTPUT = "audioOutput";
    /** {@link Boolean}: see {@link AudioControls#isMuted()}. */
    public static final String MUTED = "muted";
    /** {@link Integer}: see {@link PlaybackControls#getCycleCount()}. */
    public static final String CYCLE_COUNT = "cycleCount";
    /** {@link java.time.Duration}: see {@link PlaybackControls#getStartTime()}. */
    public static final String START_TIME = "startTime";
    /** {@link java.time.Duration}, or {@code null} for the media's end: see {@link PlaybackControls#getStopTime()}. */
    public static final String STOP_TIME = "stopTime";
    /**
     * {@link MediaInfo}: an immutable snapshot of everything {@link MediaPlayer#media()} knows, fired whenever any
     * of it changes (duration, size, frame rate, colorimetry, codecs, title, streams, seekability).
     */
    public static final String MEDIA = "media";

    /**
     * {@link java.util.List} of {@link Track}: every track of every kind, in type and index order; see
     * {@link TrackControls#getTracks(TrackType)}.
     */
    public static final String TRACKS = "tracks";
    /** {@link Track} or {@code null}: see {@link TrackControls#getSelected(TrackType)} for audio. */
    public static final String AUDIO_TRACK = "audioTrack";
    /** {@link Track} or {@code null}: see {@link TrackControls#getSelected(TrackType)} for subtitles. */
    public static final String SUBTITLE_TRACK = "subtitleTrack";
    /** {@link Caption} or {@code null}: see {@link TrackControls#getCaption()}. */
    public static final String CAPTION = "caption";
    /** {@link Integer}, 0 to 100: how full a network stream's buffer is; see {@link MediaPlayer#getBufferLevel()}. */
    public static final String BUFFER_LEVEL = "bufferLevel";

    private PlayerProperties() {
    }
}
