package dev.framepipe.player.engine;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.subtitle.SubtitleFile;
import dev.framepipe.player.subtitle.SubtitleFileException;

/**
 * Reads subtitle files in the background (they can be megabytes, and neither the EDT nor the control thread may wait
 * for a disk) and hands each to the control thread, or announces why it cannot be used as a non-fatal error that
 * names the file. Thread-safe.
 */
final class SubtitleLoader {
    private final Executor background;
    private final Executor controlLoop;
    private final BiConsumer<SubtitleFile, Boolean> loaded;
    private final EngineEvents events;

    /**
     * Creates a loader.
     *
     * @param background  where files are read
     * @param controlLoop where {@code loaded} runs
     * @param loaded      takes each file read, and whether the user asked to show it
     * @param events      where failures are announced
     */
    SubtitleLoader(Executor background, Executor controlLoop, BiConsumer<SubtitleFile, Boolean> loaded,
                   EngineEvents events) {
        this.background = background;
        this.controlLoop = controlLoop;
        this.loaded = loaded;
        this.events = events;
    }

    /**
     * Reads files one after the other, in the given order, so they are listed in that order.
     *
     * @param files the subtitle files
     * @param show  {@code true} if the user asked for them (they are shown), {@code false} if they were found beside
     *              the media
     */
    void load(List<Path> files, boolean show) {
        background.execute(() -> {
            for (Path file : files) {
                read(file, null, show);
            }
        });
    }

    /**
     * Reads a file written in a known encoding, and shows it.
     *
     * @param file     the subtitle file
     * @param encoding its encoding
     */
    void load(Path file, Charset encoding) {
        background.execute(() -> read(file, encoding, true));
    }

    /**
     * Reads a file.
     *
     * @param file the subtitle file
     * @param show {@code true} if the user asked for it (it is shown), {@code false} if it was found beside the media
     */
    void load(Path file, boolean show) {
        load(List.of(file), show);
    }

    private void read(Path file, Charset encoding, boolean show) {
        SubtitleFile subtitles;
        try {
            subtitles = SubtitleFile.read(file, encoding);
        } catch (SubtitleFileException e) {
            events.publishError(new MediaException(MediaException.Type.MEDIA_UNSUPPORTED, file.toString(),
                    e.getMessage(), false, e));
            return;
        } catch (RuntimeException e) {
            events.publishError(new MediaException(MediaException.Type.MEDIA_UNSUPPORTED, file.toString(),
                    "The subtitle file " + file + " cannot be shown: " + e + ".", false, e));
            return;
        }
        try {
            controlLoop.execute(() -> loaded.accept(subtitles, show));
        } catch (RejectedExecutionException e) {
            // The player was disposed while the file was read.
        }
    }
}
