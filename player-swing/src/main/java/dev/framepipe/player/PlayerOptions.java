package dev.framepipe.player;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Options fixed when a {@link MediaPlayer} is created. Immutable; each {@code with...} method returns a copy.
 *
 * <pre>{@code
 * MediaPlayer player = MediaPlayer.create(MediaSource.of(path), PlayerOptions.defaults().withAutoPlay(true));
 * }</pre>
 */
public final class PlayerOptions {
    /** How much of a network stream is buffered before playback starts or resumes, by default: GStreamer's 2 s. */
    public static final Duration DEFAULT_BUFFER_DURATION = Duration.ofSeconds(2);
    /** The most bytes of a network stream buffered, by default: GStreamer's 2 MiB. */
    public static final int DEFAULT_BUFFER_BYTES = 2 * 1024 * 1024;
    /** The most bytes of pictures a player's {@link Thumbnails} keep, by default: 16 MiB (about 290 of 160×90). */
    public static final long DEFAULT_THUMBNAIL_CACHE_BYTES = 16L * 1024 * 1024;
    private static final PlayerOptions DEFAULTS = new PlayerOptions();

    // Not final so that a copy can be changed before anyone sees it (see change()); never changed after.
    private boolean audioEnabled = true;
    private boolean clockSync = true;
    private boolean autoPlay;
    private List<String> audioLanguages = List.of();
    private List<String> subtitleLanguages = List.of();
    private boolean subtitleFilesFound = true;
    private String audioSink;
    private boolean pitchCorrection = true;
    private Duration bufferDuration = DEFAULT_BUFFER_DURATION;
    private int bufferBytes = DEFAULT_BUFFER_BYTES;
    private StreamOptions streaming = StreamOptions.defaults();
    private int decoderThreads;
    private long thumbnailCacheBytes = DEFAULT_THUMBNAIL_CACHE_BYTES;

    private PlayerOptions() {
    }

    /** A copy of these options with one change made, before it is handed out. */
    private PlayerOptions change(java.util.function.Consumer<PlayerOptions> change) {
        PlayerOptions copy = new PlayerOptions();
        copy.audioEnabled = audioEnabled;
        copy.clockSync = clockSync;
        copy.autoPlay = autoPlay;
        copy.audioLanguages = audioLanguages;
        copy.subtitleLanguages = subtitleLanguages;
        copy.subtitleFilesFound = subtitleFilesFound;
        copy.audioSink = audioSink;
        copy.pitchCorrection = pitchCorrection;
        copy.bufferDuration = bufferDuration;
        copy.bufferBytes = bufferBytes;
        copy.streaming = streaming;
        copy.decoderThreads = decoderThreads;
        copy.thumbnailCacheBytes = thumbnailCacheBytes;
        change.accept(copy);
        return copy;
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
        return change(copy -> copy.audioEnabled = enabled);
    }

    /**
     * Returns a copy that shows frames at their presentation time ({@code true}, the default) or as fast as they
     * can be decoded ({@code false}: for benchmarks, soak tests and batch processing).
     *
     * @param sync whether the video output waits for each frame's time
     * @return a copy with the option changed
     */
    public PlayerOptions withClockSync(boolean sync) {
        return change(copy -> copy.clockSync = sync);
    }

    /**
     * Returns a copy that starts playing as soon as the media is ready.
     *
     * @param autoPlay {@code true} to play at {@link Status#READY}
     * @return a copy with the option changed
     */
    public PlayerOptions withAutoPlay(boolean autoPlay) {
        return change(copy -> copy.autoPlay = autoPlay);
    }

    /**
     * Returns a copy that prefers audio tracks in these languages, in order: at open, the first audio track in the
     * first of them that the media has plays (see {@link TrackControls}).
     *
     * @param languages ISO 639 codes ({@code "de"}, {@code "deu"} or {@code "ger"}), most wanted first; empty (the
     *                  default) means the track the media marks as default
     * @return a copy with the option changed
     * @throws IllegalArgumentException if a code is blank
     */
    public PlayerOptions withAudioLanguages(List<String> languages) {
        List<String> codes = codes(languages);
        return change(copy -> copy.audioLanguages = codes);
    }

    /**
     * Returns a copy that prefers subtitle tracks in these languages, in order (see {@link TrackControls}).
     *
     * @param languages ISO 639 codes, most wanted first; empty (the default) means the language of the default
     *                  {@link java.util.Locale}
     * @return a copy with the option changed
     * @throws IllegalArgumentException if a code is blank
     */
    public PlayerOptions withSubtitleLanguages(List<String> languages) {
        List<String> codes = codes(languages);
        return change(copy -> copy.subtitleLanguages = codes);
    }

    /**
     * Returns a copy that does or does not look for subtitle files beside a local media file: files in the same
     * folder whose name is the media's base name, optionally a language code, and a subtitle extension
     * ({@code movie.srt}, {@code movie.en.srt}, {@code movie.de.vtt}, {@code movie.ass}). On by default.
     *
     * @param find whether to look
     * @return a copy with the option changed
     */
    public PlayerOptions withSubtitleFilesFound(boolean find) {
        return change(copy -> copy.subtitleFilesFound = find);
    }

    /**
     * Returns a copy that plays audio through a sink of the caller's choice instead of the system's default output:
     * a GStreamer element or chain, as {@code gst-launch-1.0} writes it ({@code "pulsesink device=..."},
     * {@code "alsasink device=hw:1"}, {@code "audioconvert ! wavenc ! filesink location=out.wav"}). Applies to files
     * and URIs.
     *
     * @param description the sink's description, or {@code null} for the system's default output
     * @return a copy with the option changed
     * @throws IllegalArgumentException if the description is blank
     */
    public PlayerOptions withAudioSink(String description) {
        if (description != null && description.isBlank()) {
            throw new IllegalArgumentException("an audio sink description must not be blank");
        }
        return change(copy -> copy.audioSink = description);
    }

    /**
     * Returns a copy that keeps the pitch of the sound when the rate is not 1.0 (GStreamer's {@code scaletempo} as
     * playbin's audio filter: voices at 1.5× sound faster, not higher), or lets it rise and fall with the rate, as a
     * tape does. On by default; applies to files and URIs where {@code scaletempo} is installed.
     *
     * @param keepPitch {@code false} to let the pitch follow the rate
     * @return a copy with the option changed
     */
    public PlayerOptions withPitchCorrection(boolean keepPitch) {
        return change(copy -> copy.pitchCorrection = keepPitch);
    }

    /**
     * Tells whether the pitch is kept at rates other than 1.0.
     *
     * @return the option; {@code true} by default
     */
    public boolean isPitchCorrection() {
        return pitchCorrection;
    }

    /**
     * Returns a copy with another network buffer: how much of a stream (HTTP, HLS, DASH) is held before playback
     * starts, and refilled before it resumes after the network fell behind, while the player is
     * {@link Status#STALLED}. A bigger buffer rides out slower networks and starts later. Whichever limit is reached
     * first ends the buffering. Applies to files and URIs; live sources with their own jitter buffer (RTSP) do not use
     * it.
     *
     * @param duration how much media to hold; {@link #DEFAULT_BUFFER_DURATION} by default
     * @param bytes    the most bytes to hold; {@link #DEFAULT_BUFFER_BYTES} by default
     * @return a copy with the option changed
     * @throws IllegalArgumentException if the duration is not positive or the size is below 16 kB
     */
    public PlayerOptions withNetworkBuffer(Duration duration, int bytes) {
        if (duration == null || duration.isNegative() || duration.isZero() || bytes < 16 * 1024) {
            throw new IllegalArgumentException("a network buffer needs a positive duration and at least 16 kB, not "
                    + duration + " and " + bytes + " bytes");
        }
        return change(copy -> {
            copy.bufferDuration = duration;
            copy.bufferBytes = bytes;
        });
    }

    /**
     * Returns a copy with other options for live and network streams: latency, RTSP transport, credentials,
     * reconnecting.
     *
     * @param options the stream options; {@link StreamOptions#defaults()} by default
     * @return a copy with the option changed
     * @throws IllegalArgumentException if the options are {@code null}
     */
    public PlayerOptions withStreaming(StreamOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("the stream options must not be null");
        }
        return change(copy -> copy.streaming = options);
    }

    /**
     * Returns a copy whose software video decoders use at most this many threads each. GStreamer's libav decoders
     * use as many as there are cores by default, which suits one large video; when many small videos play at once
     * (a {@link dev.framepipe.player.swing.VideoWall} of cameras), one thread each is cheaper: 17 % less CPU per
     * frame for 16 streams of 640×360 on two cores ({@code docs/streaming.md}). Hardware decoders are not affected.
     *
     * @param threads at most this many threads per decoder; 0 lets GStreamer decide (the default)
     * @return a copy with the option changed
     * @throws IllegalArgumentException if threads is negative
     */
    public PlayerOptions withDecoderThreads(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("decoder threads must be 0 (automatic) or more, not " + threads);
        }
        return change(copy -> copy.decoderThreads = threads);
    }

    /**
     * Returns the most threads per software video decoder.
     *
     * @return the count; 0 when GStreamer decides
     */
    public int getDecoderThreads() {
        return decoderThreads;
    }

    /**
     * Returns a copy whose {@link Thumbnails} keep at most this many bytes of pictures (4 bytes a pixel); the least
     * recently used go first.
     *
     * @param bytes the bound; 0 keeps none; {@link #DEFAULT_THUMBNAIL_CACHE_BYTES} by default
     * @return a copy with the option changed
     * @throws IllegalArgumentException if bytes is negative
     */
    public PlayerOptions withThumbnailCache(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("the thumbnail cache cannot hold " + bytes + " bytes");
        }
        return change(copy -> copy.thumbnailCacheBytes = bytes);
    }

    /**
     * Returns the most bytes of pictures the thumbnails keep.
     *
     * @return the bound in bytes
     */
    public long getThumbnailCacheBytes() {
        return thumbnailCacheBytes;
    }

    /**
     * Returns the options for live and network streams.
     *
     * @return the stream options
     */
    public StreamOptions getStreaming() {
        return streaming;
    }

    /**
     * Returns how much media the network buffer holds.
     *
     * @return the duration
     */
    public Duration getBufferDuration() {
        return bufferDuration;
    }

    /**
     * Returns the most bytes the network buffer holds.
     *
     * @return the size in bytes
     */
    public int getBufferBytes() {
        return bufferBytes;
    }

    /**
     * Returns the audio sink chosen with {@link #withAudioSink}.
     *
     * @return its description, or empty for the system's default output
     */
    public Optional<String> getAudioSink() {
        return Optional.ofNullable(audioSink);
    }

    private static List<String> codes(List<String> languages) {
        for (String code : languages) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("a language code must not be blank: " + languages);
            }
        }
        return List.copyOf(languages);
    }

    /**
     * Returns the preferred audio languages.
     *
     * @return ISO 639 codes, most wanted first; empty by default
     */
    public List<String> getAudioLanguages() {
        return audioLanguages;
    }

    /**
     * Returns the preferred subtitle languages.
     *
     * @return ISO 639 codes, most wanted first; empty by default
     */
    public List<String> getSubtitleLanguages() {
        return subtitleLanguages;
    }

    /**
     * Tells whether subtitle files beside a local media file are found and listed.
     *
     * @return the option; {@code true} by default
     */
    public boolean isSubtitleFilesFound() {
        return subtitleFilesFound;
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
        return "PlayerOptions[audio=" + audioEnabled + ", clockSync=" + clockSync + ", autoPlay=" + autoPlay
                + ", audioLanguages=" + audioLanguages + ", subtitleLanguages=" + subtitleLanguages
                + ", subtitleFilesFound=" + subtitleFilesFound + ", audioSink=" + audioSink + ", pitchCorrection="
                + pitchCorrection + ", buffer=" + bufferDuration + "/" + bufferBytes + " bytes, decoderThreads="
                + decoderThreads + ", thumbnailCache=" + thumbnailCacheBytes + " bytes, " + streaming + "]";
    }
}
