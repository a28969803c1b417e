package dev.framepipe.player.subtitle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the subtitle files that belong to a media file: in its folder, named after it, with a subtitle extension,
 * optionally with a language code between ({@code movie.mkv}: {@code movie.srt}, {@code movie.en.srt},
 * {@code movie.de.forced.vtt}, {@code movie.ass}); the {@code .sub} of a VobSub pair (with a {@code .idx}) is not
 * one of them. Stateless.
 */
public final class SubtitleFiles {
    private SubtitleFiles() {
    }

    /**
     * Lists the subtitle files beside a media file.
     *
     * @param media the media file
     * @return the files, sorted by name; empty if there are none or the folder cannot be listed
     */
    public static List<Path> beside(Path media) {
        Path folder = media.toAbsolutePath().getParent();
        String name = String.valueOf(media.getFileName());
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name) + ".";
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String candidate = String.valueOf(file.getFileName());
                return candidate.startsWith(base) && !candidate.equals(name)
                        && SubtitleFormat.byExtension(candidate).isPresent() && Files.isRegularFile(file)
                        && !isVobSubPictures(file);
            }).sorted().collect(Collectors.toList());
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    /**
     * Tells whether a {@code .sub} file is the picture half of a VobSub pair ({@code movie.idx} beside
     * {@code movie.sub}): DVD subtitle bitmaps, not MicroDVD text, which listing would only turn into an error event
     * for a file the user never asked for.
     */
    private static boolean isVobSubPictures(Path file) {
        String name = String.valueOf(file.getFileName());
        if (!name.toLowerCase(Locale.ROOT).endsWith(".sub")) {
            return false;
        }
        String base = name.substring(0, name.length() - ".sub".length());
        return Files.exists(file.resolveSibling(base + ".idx")) || Files.exists(file.resolveSibling(base + ".IDX"));
    }

    /**
     * Returns the language a subtitle file's name gives: the last part between the base name and the extension
     * that is a two- or three-letter code ({@code movie.en.srt}, {@code movie.forced.deu.srt}).
     *
     * @param fileName the file's name
     * @return the code in lower case, or empty
     */
    static Optional<String> languageOf(String fileName) {
        String[] parts = fileName.split("\\.");
        List<String> middle = new ArrayList<>();
        for (int i = 1; i < parts.length - 1; i++) {
            middle.add(parts[i].toLowerCase(Locale.ROOT));
        }
        return middle.stream().filter(part -> part.matches("[a-z]{2,3}") && !part.equals("sdh"))
                .reduce((first, second) -> second);
    }
}
