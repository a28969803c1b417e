package dev.framepipe.player;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What is known about the media a {@link MediaPlayer} plays: a live, read-only view that fills in when the player
 * becomes {@link Status#READY} and follows changes (a stream whose size changes, a duration that becomes known).
 * Every change is announced on the EDT as a {@link PlayerProperties#MEDIA} property change carrying immutable
 * snapshots; the duration and the video size also fire as {@link PlayerProperties#DURATION} and
 * {@link PlayerProperties#VIDEO_SIZE}. Thread-safe.
 */
public interface MediaInfo {
    /**
     * Returns the duration.
     *
     * @return the duration, or empty while unknown (before READY, or for live streams)
     */
    Optional<Duration> getDuration();

    /**
     * Returns the size of the decoded frames.
     *
     * @return the size, or empty before the first frame or for media without video
     */
    Optional<VideoSize> getVideoSize();

    /**
     * Returns the pixel aspect ratio: how much wider than tall each pixel is shown (1.0 for square pixels; 16:11 for
     * wide-screen PAL DVDs).
     *
     * @return the ratio, 1.0 when unknown
     */
    double getPixelAspectRatio();

    /**
     * Returns the nominal frame rate.
     *
     * @return frames per second, or 0 when unknown or variable
     */
    double getFrameRate();

    /**
     * Returns the colour description of the video, for information displays.
     *
     * @return for instance {@code "BT.709, limited range"}, or empty when there is no video yet
     */
    Optional<String> getColorimetry();

    /**
     * Returns the media's title, from its tags.
     *
     * @return the title, or empty if the media has none
     */
    Optional<String> getTitle();

    /**
     * Returns the container format, from the media's tags.
     *
     * @return for instance {@code "ISO MP4/M4A"} or {@code "Matroska"}, or empty while unknown
     */
    Optional<String> getContainerFormat();

    /**
     * Returns the video codec, from the media's tags.
     *
     * @return for instance {@code "H.264 (High Profile)"}, or empty while unknown or without video
     */
    Optional<String> getVideoCodec();

    /**
     * Returns the audio codec, from the media's tags.
     *
     * @return for instance {@code "MPEG-4 AAC"}, or empty while unknown or without audio
     */
    Optional<String> getAudioCodec();

    /**
     * Returns the decoded audio's sample rate and channels.
     *
     * @return for instance {@code "48000 Hz, stereo"}, or empty while unknown or without audio
     */
    Optional<String> getAudioFormat();

    /**
     * Tells whether the media has a video stream.
     *
     * @return {@code true} if it does; {@code false} also before READY
     */
    boolean hasVideo();

    /**
     * Tells whether the media has an audio stream.
     *
     * @return {@code true} if it does; {@code false} also before READY
     */
    boolean hasAudio();

    /**
     * Tells whether the media can be seeked.
     *
     * @return {@code true} for files and most on-demand streams; {@code false} before READY and for live sources
     */
    boolean isSeekable();

    /**
     * Tells whether the media is live: a stream or source that shows what happens now (a camera, a live HLS or RTSP
     * stream, a {@code udp://} feed) rather than a recording with a start and an end. Live media has no duration,
     * cannot be sought, and its time counts from when playing began; controls show LIVE instead of a seek bar. A
     * local file is never live.
     *
     * @return {@code true} once READY for media without a duration (or from a live source that cannot seek);
     *         {@code false} before READY
     */
    default boolean isLive() {
        return false;
    }

    /**
     * Returns the artist or performer, from the media's tags.
     *
     * @return the artist, or empty if the media has none
     */
    default Optional<String> getArtist() {
        return Optional.empty();
    }

    /**
     * Returns the album or collection the media belongs to, from its tags.
     *
     * @return the album, or empty if the media has none
     */
    default Optional<String> getAlbum() {
        return Optional.empty();
    }

    /**
     * Returns the date the media was recorded or released, from its tags, as ISO 8601 text as precise as tagged.
     *
     * @return for instance {@code "2021"} or {@code "2021-05-01T10:15:00Z"}, or empty
     */
    default Optional<String> getDate() {
        return Optional.empty();
    }

    /**
     * Returns the media's comment or description, from its tags.
     *
     * @return the comment, or empty
     */
    default Optional<String> getComment() {
        return Optional.empty();
    }

    /**
     * Returns the media's language, from its tags: the language its container or the streams playing are tagged with.
     *
     * @return a lower-case ISO 639 code as tagged ({@code "fr"}, {@code "fre"}), or empty
     */
    default Optional<String> getLanguage() {
        return Optional.empty();
    }

    /**
     * Returns the name of the media's language in the default locale.
     *
     * @return for instance "French", or empty when the media has no language tag or it is not a known code
     */
    default Optional<String> getLanguageName() {
        return getLanguage().flatMap(code -> LanguageCodes.displayName(code, Locale.getDefault()));
    }

    /**
     * Returns the cover art or preview image the media carries.
     *
     * @return a new copy of the image on each call (the caller may change it), or empty if the media has none or
     *         it is not in a format Java reads (JPEG, PNG, GIF, BMP)
     */
    default Optional<BufferedImage> getCoverArt() {
        return Optional.empty();
    }

    /**
     * Returns the media's chapters, from its table of contents (Matroska chapters; GStreamer 1.22's MP4 demuxer
     * reads none). Navigate them with {@link MediaPlayer#chapters()}.
     *
     * @return the chapters in order of start time, unmodifiable; empty when the media has none or is not ready
     */
    default List<Chapter> getChapters() {
        return List.of();
    }
}
