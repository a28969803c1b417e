package dev.framepipe.player.engine;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import dev.framepipe.player.MediaInfo;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.pipeline.MediaTags;

/**
 * An immutable snapshot of what is known about the media, compared by value. The control thread makes a new one when
 * something changes (rarely) and publishes it; {@link MediaInfo} reads the last published one.
 */
final class MediaFacts implements MediaInfo {
    static final MediaFacts UNKNOWN = new MediaFacts(null, null, 1.0, 0, null, false, false, false,
            Descriptions.NONE);

    private final Duration duration;
    private final VideoSize videoSize;
    private final double pixelAspectRatio;
    private final double frameRate;
    private final String colorimetry;
    private final boolean video;
    private final boolean audio;
    private final boolean seekable;
    private final Descriptions descriptions;

    private MediaFacts(Duration duration, VideoSize videoSize, double pixelAspectRatio, double frameRate,
                       String colorimetry, boolean video, boolean audio, boolean seekable,
                       Descriptions descriptions) {
        this.duration = duration;
        this.videoSize = videoSize;
        this.pixelAspectRatio = pixelAspectRatio;
        this.frameRate = frameRate;
        this.colorimetry = colorimetry;
        this.video = video;
        this.audio = audio;
        this.seekable = seekable;
        this.descriptions = descriptions;
    }

    MediaFacts withDuration(Duration newDuration) {
        return new MediaFacts(newDuration, videoSize, pixelAspectRatio, frameRate, colorimetry, video, audio,
                seekable, descriptions);
    }

    MediaFacts withStreams(boolean hasVideo, boolean hasAudio, boolean isSeekable) {
        return new MediaFacts(duration, videoSize, pixelAspectRatio, frameRate, colorimetry, hasVideo, hasAudio,
                isSeekable, descriptions);
    }

    MediaFacts withFormat(VideoFormat format) {
        return new MediaFacts(duration, new VideoSize(format.width(), format.height()), format.pixelAspectRatio(),
                format.frameRate(), format.colorimetry().toString(), true, audio, seekable, descriptions);
    }

    MediaFacts withDescriptions(Descriptions newDescriptions) {
        return new MediaFacts(duration, videoSize, pixelAspectRatio, frameRate, colorimetry, video, audio, seekable,
                newDescriptions);
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
        return Optional.ofNullable(descriptions.title);
    }

    @Override
    public Optional<String> getContainerFormat() {
        return Optional.ofNullable(descriptions.container);
    }

    @Override
    public Optional<String> getVideoCodec() {
        return Optional.ofNullable(descriptions.videoCodec);
    }

    @Override
    public Optional<String> getAudioCodec() {
        return Optional.ofNullable(descriptions.audioCodec);
    }

    @Override
    public Optional<String> getAudioFormat() {
        return Optional.ofNullable(descriptions.audioFormat);
    }

    @Override
    public Optional<String> getArtist() {
        return Optional.ofNullable(descriptions.artist);
    }

    @Override
    public Optional<String> getAlbum() {
        return Optional.ofNullable(descriptions.album);
    }

    @Override
    public Optional<String> getDate() {
        return Optional.ofNullable(descriptions.date);
    }

    @Override
    public Optional<String> getComment() {
        return Optional.ofNullable(descriptions.comment);
    }

    @Override
    public Optional<BufferedImage> getCoverArt() {
        return Optional.ofNullable(descriptions.coverArt).map(MediaTags::copy);
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

    /** The media's descriptive texts; each {@code null} while unknown. Immutable. */
    static final class Descriptions {
        /** How many texts: title, artist, album, date, comment, container, video codec, audio codec, audio format. */
        static final int FIELDS = 9;
        static final Descriptions NONE = new Descriptions(new String[FIELDS], null);

        private final String[] texts;
        final String title;
        final String artist;
        final String album;
        final String date;
        final String comment;
        final String container;
        final String videoCodec;
        final String audioCodec;
        final String audioFormat;
        /** The cover image, never handed out: {@link MediaFacts#getCoverArt()} copies it. */
        final BufferedImage coverArt;

        /**
         * Creates descriptions.
         *
         * @param texts    the {@link #FIELDS} texts in the order named there, each {@code null} while unknown
         * @param coverArt the cover image, or {@code null}
         */
        Descriptions(String[] texts, BufferedImage coverArt) {
            this.texts = texts.clone();
            this.coverArt = coverArt;
            this.title = texts[0];
            this.artist = texts[1];
            this.album = texts[2];
            this.date = texts[3];
            this.comment = texts[4];
            this.container = texts[5];
            this.videoCodec = texts[6];
            this.audioCodec = texts[7];
            this.audioFormat = texts[8];
        }

        /**
         * Returns descriptions from a tag message.
         *
         * @param tags the tags
         * @return the descriptions they give (the audio format is not a tag)
         */
        static Descriptions of(MediaTags tags) {
            return new Descriptions(new String[] {tags.title(), tags.artist(), tags.album(), tags.date(),
                tags.comment(), tags.container(), tags.videoCodec(), tags.audioCodec(), null}, tags.coverArt());
        }

        /**
         * Returns descriptions that give only the audio format.
         *
         * @param audioFormat for instance "48000 Hz, stereo"
         * @return the descriptions
         */
        static Descriptions ofAudioFormat(String audioFormat) {
            String[] texts = new String[FIELDS];
            texts[FIELDS - 1] = audioFormat;
            return new Descriptions(texts, null);
        }

        /**
         * Returns these descriptions with the known values of another set filled in.
         *
         * @param update values to take; its {@code null}s keep what is known
         * @return the merged descriptions (this object if nothing changes)
         */
        Descriptions merge(Descriptions update) {
            String[] merged = texts.clone();
            for (int i = 0; i < FIELDS; i++) {
                if (update.texts[i] != null) {
                    merged[i] = update.texts[i];
                }
            }
            BufferedImage cover = update.coverArt != null ? update.coverArt : coverArt;
            return Arrays.equals(merged, texts) && cover == coverArt ? this : new Descriptions(merged, cover);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Descriptions && Arrays.equals(texts, ((Descriptions) other).texts)
                    && coverArt == ((Descriptions) other).coverArt;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(texts);
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
                && seekable == that.seekable && descriptions.equals(that.descriptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(duration, videoSize, colorimetry, descriptions);
    }

    @Override
    public String toString() {
        return "MediaFacts[duration=" + duration + ", video=" + videoSize + " @" + frameRate + " fps, PAR "
                + pixelAspectRatio + ", " + colorimetry + ", hasVideo=" + video + ", hasAudio=" + audio
                + ", seekable=" + seekable + "]";
    }
}
