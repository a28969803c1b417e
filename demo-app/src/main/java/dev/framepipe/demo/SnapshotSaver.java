package dev.framepipe.demo;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;
import javax.swing.SwingWorker;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.Status;
import dev.framepipe.player.Thumbnail;
import dev.framepipe.player.swing.VideoComponent;

/**
 * Saves pictures of the video as PNG files the user chooses: the exact current frame at the media's own resolution
 * ({@link #saveFrame}), or the picture at the size the screen shows it ({@link #saveShown}). The name offered is the
 * media's, with the position or the time of day. The image is awaited and encoded on a worker thread, so neither a
 * large frame nor the decoder stalls the window; a failure is shown in the dialog about saving. Event dispatch thread
 * only.
 */
final class SnapshotSaver {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss");
    /** Longer than the library's own limits for opening its decoder and decoding a frame, whose errors say more. */
    private static final long FRAME_TIMEOUT_SECONDS = 60;

    private final MediaChooser chooser;
    private final StatusBar status;
    private final ErrorDialog errors;

    /**
     * Creates the saver.
     *
     * @param chooser asks where to save
     * @param status  tells where a picture was saved
     * @param errors  tells what went wrong
     */
    SnapshotSaver(MediaChooser chooser, StatusBar status, ErrorDialog errors) {
        this.chooser = chooser;
        this.status = status;
        this.errors = errors;
    }

    /**
     * Tells whether a player can give its current frame: it plays a file or URI that is open, has video and is not
     * live.
     *
     * @param player the player
     * @return {@code true} if {@link #saveFrame} can save its frame
     */
    static boolean hasFrame(MediaPlayer player) {
        return player.getSource().getKind() == MediaSource.Kind.URI && player.getStatus() != Status.UNKNOWN
                && !player.getStatus().isFinal() && player.media().hasVideo() && !player.media().isLive();
    }

    /**
     * Asks where to save a player's current frame at the media's own resolution, and saves it there.
     *
     * @param parent the window the chooser belongs to
     * @param player the player
     * @param title  the media's name, for the suggested file name
     */
    void saveFrame(Component parent, MediaPlayer player, String title) {
        // Asked for before the chooser opens: the frame saved is the one shown when the user gave the command.
        CompletableFuture<Thumbnail> frame = player.thumbnails().currentFrame();
        Optional<Path> file = chooser.savePng(parent, "Save Frame", suggestedName(title, player.getCurrentTime()));
        if (file.isEmpty()) {
            frame.cancel(false);
            return;
        }
        write(() -> frame.get(FRAME_TIMEOUT_SECONDS, TimeUnit.SECONDS).getImage(), file.get(), "frame");
    }

    /**
     * Asks where to save the picture a video component shows, at the size shown, and saves it there.
     *
     * @param parent the window the chooser belongs to
     * @param video  the component
     * @param title  the media's name, for the suggested file name
     */
    void saveShown(Component parent, VideoComponent video, String title) {
        Optional<BufferedImage> image = video.snapshot();
        if (image.isEmpty()) {
            status.notice("There is no picture to save yet.");
            return;
        }
        chooser.savePng(parent, "Save Picture as Shown", suggestedName(title, LocalDateTime.now()))
                .ifPresent(file -> write(image::get, file, "picture"));
    }

    /**
     * Suggests a file name for a picture of the screen: the media's name without its extension, and the time.
     *
     * @param title the media's name
     * @param time  the time
     * @return for instance "clip-2025-01-31-20-15-07.png"
     */
    static String suggestedName(String title, LocalDateTime time) {
        return baseName(title) + "-" + STAMP.format(time) + ".png";
    }

    /**
     * Suggests a file name for a frame: the media's name without its extension, and the frame's position.
     *
     * @param title    the media's name
     * @param position the frame's position in the media
     * @return for instance "clip-00-01-23.456.png"
     */
    static String suggestedName(String title, Duration position) {
        return baseName(title) + String.format(Locale.ROOT, "-%02d-%02d-%02d.%03d.png", position.toHours(),
                position.toMinutesPart(), position.toSecondsPart(), position.toMillisPart());
    }

    private static String baseName(String title) {
        int dot = title.lastIndexOf('.');
        String base = dot > 0 ? title.substring(0, dot) : title;
        return base.replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
    }

    /**
     * Writes an image as PNG on a worker thread.
     *
     * @param image makes or awaits the image; called on the worker thread
     * @param file  where to write it
     * @param what  what the image is, for the notice
     */
    private void write(Callable<BufferedImage> image, Path file, String what) {
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() throws Exception {
                if (!ImageIO.write(image.call(), "png", file.toFile())) {
                    throw new IOException("no PNG writer is installed");
                }
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    status.notice("Saved the " + what + " as " + file);
                } catch (ExecutionException e) {
                    failed(file, ErrorAdvice.cause(e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void failed(Path file, Throwable error) {
        String name = file.getFileName().toString();
        if (error instanceof MediaException) {
            errors.show(name, (MediaException) error);
        } else if (error instanceof TimeoutException || error instanceof CancellationException) {
            errors.show(name, error instanceof TimeoutException ? "The frame was not decoded within "
                    + FRAME_TIMEOUT_SECONDS + " s." : "The media was closed before its frame was decoded.",
                    ErrorAdvice.forType(MediaException.Type.OPERATION_UNSUPPORTED));
        } else {
            errors.show(name, file + ": " + error.getMessage(), ErrorAdvice.WRITING);
        }
    }
}
