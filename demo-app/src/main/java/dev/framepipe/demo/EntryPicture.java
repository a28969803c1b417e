package dev.framepipe.demo;

import java.awt.image.BufferedImage;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.Thumbnail;

/**
 * Takes the small picture of a playlist entry: from a player that has the media open already, or with a short-lived
 * player of its own, disposed as soon as the picture is taken or the time is up. The picture is the key frame at or
 * before a tenth of the media, past most opening titles and black frames, or at one second when the duration is not
 * known.
 */
final class EntryPicture {
    private static final System.Logger LOG = System.getLogger(EntryPicture.class.getName());
    /** Silent, and without looking for subtitle files beside the media: only its pictures are wanted. */
    private static final PlayerOptions OPTIONS = PlayerOptions.defaults().withAudioEnabled(false)
            .withSubtitleFilesFound(false);
    private static final Duration WITHOUT_DURATION = Duration.ofSeconds(1);
    private static final long POLL_MILLIS = 20;

    private EntryPicture() {
    }

    /**
     * Asks an open player for the picture. Any thread.
     *
     * @param player    a player whose media is open
     * @param maxWidth  the picture's largest width
     * @param maxHeight the picture's largest height
     * @return the picture, completed on a thread of the library
     */
    static CompletableFuture<Thumbnail> request(MediaPlayer player, int maxWidth, int maxHeight) {
        Duration at = player.media().getDuration().map(duration -> duration.dividedBy(10)).orElse(WITHOUT_DURATION);
        return player.thumbnails().request(at, maxWidth, maxHeight, SeekMode.FAST);
    }

    /**
     * Opens the media with a player of its own, takes the picture and disposes the player. Blocks, so it runs on a
     * worker thread, never on the event dispatch thread: the player's status, which this waits for, is announced
     * there.
     *
     * @param source    the media, a file or URI
     * @param maxWidth  the picture's largest width
     * @param maxHeight the picture's largest height
     * @param timeout   the longest wait, opening included
     * @return the picture, or empty if the media has no video, is live, fails or takes longer than the timeout
     * @throws InterruptedException if interrupted while waiting; the player is disposed all the same
     */
    static Optional<BufferedImage> take(MediaSource source, int maxWidth, int maxHeight, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        MediaPlayer player;
        try {
            player = MediaPlayer.create(source, OPTIONS);
        } catch (MediaException e) {
            LOG.log(Level.DEBUG, "no picture of " + source.describe() + ": " + e.getMessage());
            return Optional.empty();
        }
        try {
            while (player.getStatus() == Status.UNKNOWN && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
            if (player.getStatus() == Status.UNKNOWN || player.getStatus().isFinal() || !player.media().hasVideo()
                    || player.media().isLive()) {
                LOG.log(Level.DEBUG, "no picture of " + source.describe() + ": it is " + player.getStatus()
                        + (player.media().hasVideo() ? "" : ", without video"));
                return Optional.empty();
            }
            Thumbnail picture = request(player, maxWidth, maxHeight).get(Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            return Optional.of(picture.getImage());
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            LOG.log(Level.DEBUG, "no picture of " + source.describe() + ": " + e);
            return Optional.empty();
        } finally {
            dispose(player);
        }
    }

    /**
     * Disposes a player with the thread's interruption set aside: disposing waits for the player's threads, which an
     * interrupted thread would give up on, leaving them running.
     */
    private static void dispose(MediaPlayer player) {
        boolean interrupted = Thread.interrupted();
        player.dispose();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
