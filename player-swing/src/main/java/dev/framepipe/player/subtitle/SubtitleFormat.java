package dev.framepipe.player.subtitle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.framepipe.player.Caption;

/** The subtitle file formats read, each with how to recognise it and how to read its cues. */
public enum SubtitleFormat {
    /** SubRip ({@code .srt}): numbered blocks with {@code 00:00:01,000 --> 00:00:02,000} timings. */
    SUBRIP("SubRip", "srt") {
        @Override
        boolean recognises(String text) {
            return SubRipParser.TIMING.matcher(text).find();
        }

        @Override
        List<Caption> parse(String text, double frameRate, ParseReport report) {
            return SubRipParser.parse(text, report);
        }
    },
    /** WebVTT ({@code .vtt}): a {@code WEBVTT} header, then cues with {@code 00:01.000 --> 00:02.000} timings. */
    WEBVTT("WebVTT", "vtt") {
        @Override
        boolean recognises(String text) {
            return text.startsWith("WEBVTT");
        }

        @Override
        List<Caption> parse(String text, double frameRate, ParseReport report) {
            return WebVttParser.parse(text, report);
        }
    },
    /** SubStation Alpha and Advanced SubStation ({@code .ssa}, {@code .ass}): an {@code [Events]} section. */
    SUBSTATION("SubStation Alpha", "ass", "ssa") {
        @Override
        boolean recognises(String text) {
            return text.contains("[Script Info]") || text.contains("[Events]");
        }

        @Override
        List<Caption> parse(String text, double frameRate, ParseReport report) {
            return SubStationParser.parse(text, report);
        }
    },
    /** MicroDVD ({@code .sub}): lines {@code {startFrame}{endFrame}text}, timed by the video's frame rate. */
    MICRODVD("MicroDVD", "sub") {
        @Override
        boolean recognises(String text) {
            return MicroDvdParser.LINE.matcher(text.strip().lines().findFirst().orElse("")).matches();
        }

        @Override
        List<Caption> parse(String text, double frameRate, ParseReport report) {
            return MicroDvdParser.parse(text, frameRate, report);
        }
    };

    private final String displayName;
    private final List<String> extensions;

    SubtitleFormat(String displayName, String... extensions) {
        this.displayName = displayName;
        this.extensions = List.of(extensions);
    }

    /**
     * Returns the format's name, for track lists.
     *
     * @return for instance "SubRip"
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Tells whether a file name has one of this format's extensions.
     *
     * @param fileName a file name
     * @return {@code true} for a match, in any case
     */
    boolean hasExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(extension -> lower.endsWith("." + extension));
    }

    /**
     * Finds the format a file name's extension names.
     *
     * @param fileName a file name
     * @return the format, or empty for other extensions
     */
    static Optional<SubtitleFormat> byExtension(String fileName) {
        for (SubtitleFormat format : values()) {
            if (format.hasExtension(fileName)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the format of a text by its content.
     *
     * @param text decoded text, byte order mark removed
     * @return the format, or empty if no format recognises it
     */
    static Optional<SubtitleFormat> byContent(String text) {
        for (SubtitleFormat format : List.of(WEBVTT, SUBSTATION, SUBRIP, MICRODVD)) {
            if (format.recognises(text)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    abstract boolean recognises(String text);

    /**
     * Reads the cues of a text in this format. Blocks that cannot be read are skipped and counted in the report.
     *
     * @param text      decoded text
     * @param frameRate the video's frames per second, for frame-timed formats
     * @param report    where skipped blocks are counted
     * @return the cues, in file order
     */
    abstract List<Caption> parse(String text, double frameRate, ParseReport report);
}
