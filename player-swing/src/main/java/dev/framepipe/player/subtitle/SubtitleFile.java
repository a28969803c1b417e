package dev.framepipe.player.subtitle;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.framepipe.player.Caption;

/**
 * A subtitle file read into memory: its format, the language its name gives, and its cues. Immutable; read on any
 * thread ({@link #read} does file I/O and parsing, so callers keep it off the EDT and the control thread).
 *
 * <p>Memory: the decoded text is kept only for MicroDVD (timed by frames, so its cues depend on the video's frame
 * rate); other formats keep their cues only, each with its markup and its plain text: 26 MB of heap for a 10 MB
 * SubRip file of 110,000 short two-line cues (2.6 times the file; measured by {@code SubtitleMemoryTest}).
 */
public final class SubtitleFile {
    /** The largest file read: far above any real subtitle file (a feature film's SubRip file is about 100 kB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Path path;
    private final SubtitleFormat format;
    private final String language;
    private final List<Caption> cues;
    private final String frameTimedText;

    private SubtitleFile(Path path, SubtitleFormat format, String language, List<Caption> cues,
                         String frameTimedText) {
        this.path = path;
        this.format = format;
        this.language = language;
        this.cues = cues;
        this.frameTimedText = frameTimedText;
    }

    /**
     * Reads a subtitle file.
     *
     * @param file the file
     * @return the file's cues and facts
     * @throws SubtitleFileException if the file is missing, unreadable, empty, too large, in no format read here, or
     *                               has no cue that can be read; the message names the file and the reason
     */
    public static SubtitleFile read(Path file) throws SubtitleFileException {
        return read(file, null);
    }

    /**
     * Reads a subtitle file written in a known encoding.
     *
     * @param file     the file
     * @param encoding the text's encoding, or {@code null} to recognise it (see {@link TextDecoding})
     * @return the file's cues and facts
     * @throws SubtitleFileException as {@link #read(Path)}
     */
    public static SubtitleFile read(Path file, Charset encoding) throws SubtitleFileException {
        byte[] bytes = bytesOf(file);
        if (isProgramStream(bytes)) {
            throw new SubtitleFileException(file, "it is VobSub (the pictures of DVD subtitles), not text; Framepipe "
                    + "reads text subtitles only (SubRip, WebVTT, SubStation Alpha, MicroDVD)", null);
        }
        String text = encoding == null ? TextDecoding.decode(bytes) : TextDecoding.decode(bytes, encoding);
        if (text.isBlank()) {
            throw new SubtitleFileException(file, "it is empty", null);
        }
        String name = String.valueOf(file.getFileName());
        SubtitleFormat format = SubtitleFormat.byContent(text).orElseThrow(() -> new SubtitleFileException(file,
                "it is not in a subtitle format Framepipe reads (SubRip, WebVTT, SubStation Alpha, MicroDVD)"
                        + SubtitleFormat.byExtension(name).map(f -> ", although its name says "
                        + f.displayName()).orElse(""), null));
        ParseReport report = new ParseReport();
        List<Caption> cues = List.copyOf(format.parse(text, 0, report));
        if (cues.isEmpty()) {
            throw new SubtitleFileException(file, "no cue in it could be read as " + format.displayName()
                    + (report.skipped() > 0 ? " (" + report.first() + ")" : ""), null);
        }
        boolean frameTimed = format == SubtitleFormat.MICRODVD;
        return new SubtitleFile(file, format, SubtitleFiles.languageOf(name).orElse(null), frameTimed ? null : cues,
                frameTimed ? text : null);
    }

    /**
     * Tells whether bytes start with an MPEG program stream pack header, as a VobSub {@code .sub} does: named like
     * MicroDVD, it would otherwise be refused as "not in a subtitle format", which tells the user nothing.
     */
    private static boolean isProgramStream(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 1 && (bytes[3] & 0xFF) == 0xBA;
    }

    private static byte[] bytesOf(Path file) throws SubtitleFileException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SubtitleFileException(file, "it is " + size / (1024 * 1024) + " MB, more than the "
                        + MAX_BYTES / (1024 * 1024) + " MB a subtitle file may have", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SubtitleFileException(file, "it does not exist", e);
        } catch (AccessDeniedException e) {
            throw new SubtitleFileException(file, "it cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new SubtitleFileException(file, "it cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Returns the file.
     *
     * @return the path it was read from
     */
    public Path path() {
        return path;
    }

    /**
     * Returns the format's name.
     *
     * @return for instance "SubRip"
     */
    public String formatName() {
        return format.displayName();
    }

    /**
     * Returns the language the file's name gives ({@code movie.de.srt}).
     *
     * @return an ISO 639 code, or empty
     */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /**
     * Returns the cues.
     *
     * @param videoFrameRate the video's frames per second, for frame-timed formats (MicroDVD without a frame rate
     *                       line); 0 when unknown (25 is used)
     * @return the cues in file order, immutable
     */
    public List<Caption> cues(double videoFrameRate) {
        return cues != null ? cues : format.parse(frameTimedText, videoFrameRate, new ParseReport());
    }
}
