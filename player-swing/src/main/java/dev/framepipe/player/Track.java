package dev.framepipe.player;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One video, audio or subtitle track of the media a {@link MediaPlayer} plays, as listed by
 * {@link TrackControls#getTracks(TrackType)}. Immutable and compared by value; safe to keep and pass to
 * {@link TrackControls#select(Track)} while the player lists it.
 *
 * <p>Each field comes from the media's tags or the decoded format and is empty (or 0) when the media does not say.
 */
public final class Track {
    private final TrackType type;
    private final int index;
    private final String language;
    private final String title;
    private final String codec;
    private final int channels;
    private final VideoSize videoSize;
    private final boolean defaultTrack;
    private final Path file;

    private Track(Builder builder) {
        this.type = builder.type;
        this.index = builder.index;
        this.language = builder.language;
        this.title = builder.title;
        this.codec = builder.codec;
        this.channels = builder.channels;
        this.videoSize = builder.videoSize;
        this.defaultTrack = builder.defaultTrack;
        this.file = builder.file;
    }

    /**
     * Starts describing a track; used by players, not by applications.
     *
     * @param type  the kind of track
     * @param index its place among the player's tracks of that kind, from 0
     * @return a builder
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public static Builder builder(TrackType type, int index) {
        return new Builder(type, index);
    }

    /**
     * Returns the kind of track.
     *
     * @return video, audio or subtitle
     */
    public TrackType getType() {
        return type;
    }

    /**
     * Returns the track's place among the player's tracks of its type: embedded tracks first, in the media's order,
     * then subtitle files in the order they were found or added.
     *
     * @return the index, from 0
     */
    public int getIndex() {
        return index;
    }

    /**
     * Returns the track's language as tagged in the media or named in a subtitle file's name.
     *
     * @return a lower-case ISO 639 code ({@code "en"}, {@code "deu"}), or empty when not tagged
     */
    public Optional<String> getLanguage() {
        return Optional.ofNullable(language);
    }

    /**
     * Returns the language's name in the default locale's language.
     *
     * @return for instance {@code "German"}, or empty when the track has no language or Java does not know the code
     */
    public Optional<String> getLanguageName() {
        return LanguageCodes.displayName(language, Locale.getDefault());
    }

    /**
     * Tells whether the track is in a language, whichever form of ISO 639 code either uses ({@code "de"},
     * {@code "deu"} and {@code "ger"} all name German).
     *
     * @param code an ISO 639 code
     * @return {@code true} if the track is tagged with that language
     */
    public boolean hasLanguage(String code) {
        return LanguageCodes.sameLanguage(language, code);
    }

    /**
     * Returns the track's title, from its tags ("Director's commentary").
     *
     * @return the title, or empty
     */
    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    /**
     * Returns the track's codec or format.
     *
     * @return for instance {@code "Vorbis"}, {@code "SubRip"}, or empty when unknown
     */
    public Optional<String> getCodec() {
        return Optional.ofNullable(codec);
    }

    /**
     * Returns the number of audio channels.
     *
     * @return the channels, 0 when unknown or not an audio track
     */
    public int getChannels() {
        return channels;
    }

    /**
     * Returns the size of a video track's pictures.
     *
     * @return the size, or empty when unknown or not a video track
     */
    public Optional<VideoSize> getVideoSize() {
        return Optional.ofNullable(videoSize);
    }

    /**
     * Tells whether the media marks this track as the one to play by default (Matroska's default flag, for instance).
     * Where the media marks no track of a type (an MP4 as GStreamer reads it), the first track of that type is the
     * default, as it is the one that plays unless another is chosen. Subtitle files are not default.
     *
     * @return {@code true} for a default track
     */
    public boolean isDefault() {
        return defaultTrack;
    }

    /**
     * Returns the subtitle file this track was loaded from.
     *
     * @return the file, or empty for a track embedded in the media
     */
    public Optional<Path> getFile() {
        return Optional.ofNullable(file);
    }

    /**
     * Describes the track for a menu: language, title, and what is known of its format.
     *
     * @return for instance {@code "German – Commentary (Vorbis, stereo)"} or {@code "Track 2"}
     */
    public String getLabel() {
        List<String> names = new ArrayList<>();
        getLanguageName().or(this::getLanguage).ifPresent(names::add);
        getTitle().ifPresent(names::add);
        if (file != null) {
            names.add(String.valueOf(file.getFileName()));
        }
        String label = names.isEmpty() ? "Track " + (index + 1) : String.join(" – ", names);
        List<String> format = new ArrayList<>();
        getCodec().ifPresent(format::add);
        if (channels > 0) {
            format.add(channels == 1 ? "mono" : channels == 2 ? "stereo" : channels + " channels");
        }
        getVideoSize().map(VideoSize::toString).ifPresent(format::add);
        return format.isEmpty() ? label : label + " (" + String.join(", ", format) + ")";
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Track)) {
            return false;
        }
        Track that = (Track) other;
        return type == that.type && index == that.index && channels == that.channels
                && defaultTrack == that.defaultTrack
                && Objects.equals(language, that.language) && Objects.equals(title, that.title)
                && Objects.equals(codec, that.codec) && Objects.equals(videoSize, that.videoSize)
                && Objects.equals(file, that.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, index, language, title, codec, file);
    }

    @Override
    public String toString() {
        return type + " #" + index + " " + getLabel() + (defaultTrack ? " [default]" : "");
    }

    /** Builds a {@link Track}; not thread-safe. */
    public static final class Builder {
        private final TrackType type;
        private final int index;
        private String language;
        private String title;
        private String codec;
        private int channels;
        private VideoSize videoSize;
        private boolean defaultTrack;
        private Path file;

        private Builder(TrackType type, int index) {
            this.type = Objects.requireNonNull(type, "type");
            if (index < 0) {
                throw new IllegalArgumentException("a track index is at least 0, got " + index);
            }
            this.index = index;
        }

        /**
         * Sets the language.
         *
         * @param code an ISO 639 code in any case, or {@code null}; blank counts as none
         * @return this builder
         */
        public Builder language(String code) {
            this.language = LanguageCodes.normalize(code);
            return this;
        }

        /**
         * Sets the title.
         *
         * @param text the title, or {@code null}; blank counts as none
         * @return this builder
         */
        public Builder title(String text) {
            this.title = blankToNull(text);
            return this;
        }

        /**
         * Sets the codec.
         *
         * @param name the codec's name, or {@code null}; blank counts as none
         * @return this builder
         */
        public Builder codec(String name) {
            this.codec = blankToNull(name);
            return this;
        }

        /**
         * Sets the audio channel count.
         *
         * @param count channels, 0 when unknown
         * @return this builder
         */
        public Builder channels(int count) {
            this.channels = Math.max(0, count);
            return this;
        }

        /**
         * Sets the picture size.
         *
         * @param size the size, or {@code null}
         * @return this builder
         */
        public Builder videoSize(VideoSize size) {
            this.videoSize = size;
            return this;
        }

        /**
         * Marks the track as the media's default.
         *
         * @param isDefault whether it is
         * @return this builder
         */
        public Builder defaultTrack(boolean isDefault) {
            this.defaultTrack = isDefault;
            return this;
        }

        /**
         * Sets the subtitle file the track comes from.
         *
         * @param path the file, or {@code null} for an embedded track
         * @return this builder
         */
        public Builder file(Path path) {
            this.file = path;
            return this;
        }

        /**
         * Builds the track.
         *
         * @return the immutable track
         */
        public Track build() {
            return new Track(this);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
