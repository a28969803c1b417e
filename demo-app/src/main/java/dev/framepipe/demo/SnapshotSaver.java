package dev.framepipe.demo;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import javax.imageio.ImageIO;
import javax.swing.SwingWorker;

import dev.framepipe.player.swing.VideoComponent;

/**
 * Saves the picture on screen as a PNG file the user chooses, named after the media and the time by default. The
 * image is encoded on a worker thread, so a large frame does not stall the video.
 */
final class SnapshotSaver {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss");

    private final MediaChooser chooser;
    private final StatusBar status;

    SnapshotSaver(MediaChooser chooser, StatusBar status) {
        this.chooser = chooser;
        this.status = status;
    }

    /**
     * Asks where to save the picture a video component shows, and saves it there.
     *
     * @param parent the window the chooser belongs to
     * @param video  the component
     * @param title  the media's name, for the suggested file name
     */
    void save(Component parent, VideoComponent video, String title) {
        Optional<BufferedImage> image = video.snapshot();
        if (image.isEmpty()) {
            status.notice("There is no picture to save yet.");
            return;
        }
        chooser.savePng(parent, suggestedName(title, LocalDateTime.now())).ifPresent(file -> write(image.get(), file));
    }

    /**
     * Suggests a file name: the media's name without its extension, and the time.
     *
     * @param title the media's name
     * @param time  the time
     * @return for instance "clip-2025-01-31-20-15-07.png"
     */
    static String suggestedName(String title, LocalDateTime time) {
        int dot = title.lastIndexOf('.');
        String base = dot > 0 ? title.substring(0, dot) : title;
        return base.replaceAll("[\\\\/:*?\"<>|\\s]+", "-") + "-" + STAMP.format(time) + ".png";
    }

    private void write(BufferedImage image, Path file) {
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() throws IOException {
                if (!ImageIO.write(image, "png", file.toFile())) {
                    throw new IOException("no PNG writer is installed");
                }
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    status.notice("Saved the snapshot as " + file);
                } catch (ExecutionException e) {
                    status.notice("Could not save the snapshot as " + file + ": " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }
}
