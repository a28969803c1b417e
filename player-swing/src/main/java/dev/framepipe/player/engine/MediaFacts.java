package dev.framepipe.player.engine;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.framepipe.player.Chapter;
import dev.framepipe.player.MediaInfo;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.pipeline.MediaTags;

/**
 * An immutable snapshot of what is known about the media, compared by value. The control thread makes a new one when
 * something changes (rarely) and publishes it; {@link MediaInfo} reads the last published one.
 */
final class MediaFacts implements MediaInfo {
    static final MediaFacts UNKNOWN = new MediaFacts(null, null, 1.0, 0, null, false, false, false, false,
            Descriptions.NONE);

    private final Duration duration;
    private final VideoSize videoSize;
    private final double pixelAspectRatio;
    private final double frameRate;
    private final String colorimetry;
    private final boolean video;
    private final boolean audio;
    private final boolean seekable;
    private final boolean live;
    private final Descriptions descriptions;

    private MediaFacts(Duration duration, VideoSize videoSize, double pixelAspectRatio, double frameRate,
                       String colorimetry, boolean video, boolean audio, boolean seekable, boolean live,
                       Descriptions descriptions) {
        this.duration = duration;
        this.videoSize = videoSize;
        this.pixelAspectRatio = pixelAspectRatio;
        this.frameRate = frameRate;
        this.colorimetry = colorimetry;
        this.video = video;
        this.audio = audio;
        this.seekable = seekable;
        this.live = live;
        this.descriptions = descriptions;
    }

    MediaFacts withDuration(Duration newDuration) {
        return new MediaFacts(newDuration, videoSize, pixelAspectRatio, frameRate, colorimetry, video, audio,
                seekable, live, descriptions);
    }

    MediaFacts withStreams(boolean hasVideo, boolean hasAudio, boolean isSeekable, boolean isLive) {
        return new MediaFacts(duration, videoSize, pixelAspectRatio, frameRate, colorimetry, hasVideo, hasAudio,
                isSeekable, isLive, descriptions);
    }

    MediaFacts withFormat(VideoFormat format) {
        return new MediaFacts(duration, new VideoSize(format.width(), format.height()), format.pixelAspectRatio(),
                format.frameRate(), format.colorimetry().toString(), true, audio, seekable, live, descriptions);
    }

    MediaFacts withDescriptions(Descriptions newDescriptions) {
        return new MediaFacts(duration, videoSize, pixelAspectRatio, frameRate, colorimetry, video, audio, seekable,
                live, newDescriptions);
    }

    Descriptions descriptions() {
        return descriptions;
    }

    @Override
    public Optional<Duration> getDuration() {
        return Optional.ofNullable(duration);
    }

    @Override
    public Optional<VideoSize> getVideoSize() {
        return Optional.ofNullable(videoSize);
    }

    @Override
    public double getPixelAspectRatio() {
        return pixelAspectRatio;
    }

    @Override
    public double getFrameRate() {
        return frameRate;
    }

    @Override
    public Optional<String> getColorimetry() {
        return Optional.ofNullable(colorimetry);
    }

    @Override
    public Optional<String> getTitle() {
        return Optional.ofNullable(descriptions.tags.title());
    }

    @Override
    public Optional<String> getContainerFormat() {
        return Optional.ofNullable(descriptions.tags.container());
    }

    @Override
    public Optional<String> getVideoCodec() {
        return Optional.ofNullable(descriptions.tags.videoCodec());
    }

    @Override
    public Optional<String> getAudioCodec() {
        return Optional.ofNullable(descriptions.tags.audioCodec());
    }

    @Override
    public Optional<String> getAudioFormat() {
        return Optional.ofNullable(descriptions.audioFormat);
    }

    @Override
    public Optional<String> getArtist() {
        return Optional.ofNullable(descriptions.tags.artist());
    }

    @Override
    public Optional<String> getAlbum() {
        return Optional.ofNullable(descriptions.tags.album());
    }

    @Override
    public Optional<String> getDate() {
        return Optional.ofNullable(descriptions.tags.date());
    }

    @Override
    public Optional<String> getComment() {
        return Optional.ofNullable(descriptions.tags.comment());
    }

    @Override
    public Optional<String> getLanguage() {
        return Optional.ofNullable(descriptions.tags.language()).map(code -> code.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<BufferedImage> getCoverArt() {
        return Optional.ofNullable(descriptions.tags.coverArt());
    }

    @Override
    public List<Chapter> getChapters() {
        return descriptions.chapters;
    }

    @Override
    public boolean hasVideo() {
        return video;
    }

    @Override
    public boolean hasAudio() {
        return audio;
    }

    @Override
    public boolean isSeekable() {
        return seekable;
    }

    @Override
    public boolean isLive() {
        return live;
    }

    /**
     * The media's tags, the decoded audio format and the chapters. In an update, {@code null} (or no tags) means "not
     * said"; merged descriptions always have a chapter list. Immutable.
     */
    static final class Descriptions {
        static final Descriptions NONE = new Descriptions(MediaTags.NONE, null, List.of());

        final MediaTags tags;
        final String audioFormat;
        final List<Chapter> chapters;

        private Descriptions(MediaTags tags, String audioFormat, List<Chapter> chapters) {
            this.tags = tags;
            this.audioFormat = audioFormat;
            this.chapters = chapters;
        }

        /**
         * Returns descriptions from a tag message.
         *
         * @param tags the tags
         * @return the descriptions they give
         */
        static Descriptions of(MediaTags tags) {
            return new Descriptions(tags, null, null);
        }

        /**
         * Returns descriptions that give only the audio format.
         *
         * @param audioFormat for instance "48000 Hz, stereo"
         * @return the descriptions
         */
        static Descriptions ofAudioFormat(String audioFormat) {
            return new Descriptions(MediaTags.NONE, audioFormat, null);
        }

        /**
         * Returns descriptions that give only the chapters, which replace any known before.
         *
         * @param chapters the chapters of the media's table of contents, unmodifiable
         * @return the descriptions
         */
        static Descriptions ofChapters(List<Chapter> chapters) {
            return new Descriptions(MediaTags.NONE, null, chapters);
        }

        /**
         * Returns these descriptions with the known values of another set filled in.
         *
         * @param update values to take; its {@code null}s keep what is known
         * @return the merged descriptions (this object if nothing changes)
         */
        Descriptions merge(Descriptions update) {
            MediaTags mergedTags = tags.merge(update.tags);
            String format = update.audioFormat != null ? update.audioFormat : audioFormat;
            List<Chapter> mergedChapters = update.chapters != null ? update.chapters : chapters;
            return mergedTags == tags && Objects.equals(format, audioFormat)
                    && Objects.equals(mergedChapters, chapters) ? this
                    : new Descriptions(mergedTags, format, mergedChapters);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Descriptions)) {
                return false;
            }
            Descriptions that = (Descriptions) other;
            return tags.equals(that.tags) && Objects.equals(audioFormat, that.audioFormat)
                    && Objects.equals(chapters, that.chapters);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tags, audioFormat, chapters);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MediaFacts)) {
            return false;
        }
        MediaFacts that = (MediaFacts) other;
        return Objects.equals(duration, that.duration) && Objects.equals(videoSize, that.videoSize)
                && pixelAspectRatio == that.pixelAspectRatio && frameRate == that.frameRate
                && Objects.equals(colorimetry, that.colorimetry) && video == that.video && audio == that.audio
                && seekable == that.seekable && live == that.live && descriptions.equals(that.descriptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(duration, videoSize, colorimetry, descriptions);
    }

    @Override
    public String toString() {
        return "MediaFacts[duration=" + duration + ", video=" + videoSize + " @" + frameRate + " fps, PAR "
                + pixelAspectRatio + ", " + colorimetry + ", hasVideo=" + video + ", hasAudio=" + audio
                + ", seekable=" + seekable + ", live=" + live + ", chapters=" + getChapters().size() + "]";
    }
}
