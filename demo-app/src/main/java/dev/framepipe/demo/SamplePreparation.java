package dev.framepipe.demo;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Registration;
import dev.framepipe.player.swing.VideoComponent;

/**
 * Makes the built-in sample on the first run: a Framepipe player runs GStreamer's encoding pipeline as fast as it
 * can (no clock sync) while its preview component shows the pictures going by under a progress card. At the end the
 * finished file is renamed into the cache, so a run that stops half-way never leaves a broken clip behind. If no
 * encoder can be created, or encoding fails, the sample is played live instead.
 *
 * <p>Event dispatch thread only. Owns its player and preview component until it finishes or is cancelled.
 */
final class SamplePreparation {
    private static final System.Logger LOG = System.getLogger(SamplePreparation.class.getName());
    private static final String PARTIAL_PREFIX = "sample-";
    private static final String PARTIAL_SUFFIX = ".partial";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    private static final PlayerOptions OPTIONS = PlayerOptions.defaults().withClockSync(false).withAutoPlay(true);

    private final Path cacheDirectory;
    private final Consumer<MediaSource> done;
    private final VideoComponent preview = new VideoComponent();
    private MediaPlayer encoder;
    private SampleClip.Encoding encoding;
    private Path partial;
    private Registration overlay;

    /**
     * Creates a preparation.
     *
     * @param cacheDirectory where the clip is kept
     * @param done           receives the sample to play: the new clip, or the live sample if it could not be made
     */
    SamplePreparation(Path cacheDirectory, Consumer<MediaSource> done) {
        this.cacheDirectory = cacheDirectory;
        this.done = done;
    }

    /**
     * Returns the component that shows the encoding; put it on screen before {@link #start()}.
     *
     * @return the preview
     */
    VideoComponent preview() {
        return preview;
    }

    /** Starts encoding with the best encoder installed, or hands over the live sample at once if there is none. */
    void start() {
        try {
            Files.createDirectories(cacheDirectory);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot create the cache directory " + cacheDirectory + " (" + e
                    + "); playing the sample live");
            done.accept(SampleClip.live());
            return;
        }
        deleteAbandoned();
        for (SampleClip.Encoding candidate : SampleClip.Encoding.values()) {
            if (tryStart(candidate)) {
                return;
            }
        }
        LOG.log(Level.INFO, "no video encoder is installed (x264enc or vp8enc); playing the sample live");
        done.accept(SampleClip.live());
    }

    /**
     * Deletes unfinished clips that runs which were killed half-way left behind. Only old ones: another instance of
     * the demo may be encoding right now, and no encoding takes an hour.
     */
    private void deleteAbandoned() {
        Instant limit = Instant.now().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(cacheDirectory, PARTIAL_PREFIX + "*"
                + PARTIAL_SUFFIX)) {
            for (Path file : partials) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(limit)) {
                    delete(file);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "cannot look for abandoned clips in " + cacheDirectory + ": " + e);
        }
    }

    private boolean tryStart(SampleClip.Encoding candidate) {
        Path file = null;
        try {
            file = Files.createTempFile(cacheDirectory, PARTIAL_PREFIX, PARTIAL_SUFFIX);
            encoder = MediaPlayer.create(MediaSource.ofPipeline(candidate.pipeline(file),
                    SampleClip.Encoding.previewSink()), OPTIONS);
        } catch (IOException | MediaException e) {
            LOG.log(Level.DEBUG, "cannot encode the sample as " + candidate.title() + ": " + e.getMessage());
            delete(file);
            return false;
        }
        encoding = candidate;
        partial = file;
        encoder.events().addListener(new MediaPlayerListener() {
            @Override
            public void endOfMedia(MediaPlayer player) {
                complete();
            }

            @Override
            public void error(MediaPlayer player, MediaException error) {
                if (error.isFatal()) {
                    LOG.log(Level.WARNING, "encoding the sample failed; playing it live. " + error.getMessage());
                    cancel();
                    done.accept(SampleClip.live());
                }
            }
        });
        preview.setMediaPlayer(encoder);
        overlay = preview.addOverlay(new PreparationOverlay(this::progress, candidate.title()));
        return true;
    }

    /**
     * Returns how far the encoding is.
     *
     * @return 0 to 1
     */
    double progress() {
        if (encoder == null) {
            return 0;
        }
        return Math.min(1.0, encoder.getCurrentTime().toMillis() / (double) SampleClip.LENGTH.toMillis());
    }

    private void complete() {
        Path target = encoding.file(cacheDirectory);
        Path written = partial;
        // Disposing the player sets the pipeline to NULL, which closes the file.
        release();
        try {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done.accept(MediaSource.of(target));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot keep the sample in " + target + " (" + e + "); playing it live");
            delete(written);
            done.accept(SampleClip.live());
        }
    }

    /** Stops encoding and deletes the unfinished file; nothing is handed over. Idempotent. */
    void cancel() {
        Path written = partial;
        release();
        delete(written);
    }

    private void release() {
        if (encoder == null) {
            return;
        }
        overlay.close();
        preview.dispose();
        encoder.dispose();
        encoder = null;
        partial = null;
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file + ": " + e);
        }
    }
}
