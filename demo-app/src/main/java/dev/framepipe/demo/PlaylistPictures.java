package dev.framepipe.demo;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.swing.SwingUtilities;
import javax.swing.event.ListDataEvent;
import javax.swing.event.ListDataListener;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Status;

/**
 * Finds the small pictures of the playlist's entries and keeps each in its entry ({@link PlaylistEntry#setPicture}):
 * one entry at a time, in playlist order. The entry playing is pictured through its own player's thumbnails; any
 * other through a short-lived player on a worker thread ({@link EntryPicture#take}), so however long the playlist, at
 * most one extra player exists. An entry that fails, or takes longer than {@value #TIMEOUT_SECONDS} s, gets no
 * picture and the next one's turn comes. Nothing starts while the player shown opens, so that an entry chosen to
 * play does not wait for pictures of others.
 *
 * <p>Event dispatch thread only, apart from the worker thread of each short-lived player. {@link #close()} stops the
 * worker and disposes its player.
 */
final class PlaylistPictures {
    /** The pictures' largest width: 16:9 media fill the box. */
    static final int WIDTH = 64;
    /** The pictures' largest height. */
    static final int HEIGHT = 36;
    private static final long TIMEOUT_SECONDS = 10;
    /** Longer than disposing a player can take (the library waits a few seconds at most for GStreamer). */
    private static final long CLOSE_TIMEOUT_SECONDS = 15;

    private final Playlist playlist;
    private final Supplier<Optional<MediaPlayer>> shown;
    private PlaylistEntry loading;
    /** The thread that took or takes the last picture with a player of its own, or {@code null}. */
    private Thread worker;
    private boolean closed;

    /**
     * Starts picturing the playlist's entries, now and as entries are added.
     *
     * @param playlist the playlist
     * @param shown    the player the window shows, if any
     */
    PlaylistPictures(Playlist playlist, Supplier<Optional<MediaPlayer>> shown) {
        this.playlist = playlist;
        this.shown = shown;
        playlist.addListDataListener(new ListDataListener() {
            // Later, not now: the change that adds entries often starts playing one of them next, and that one is
            // then pictured by its own player rather than a second one.
            @Override
            public void intervalAdded(ListDataEvent event) {
                SwingUtilities.invokeLater(PlaylistPictures.this::update);
            }

            @Override
            public void intervalRemoved(ListDataEvent event) {
                // Nothing new to picture.
            }

            @Override
            public void contentsChanged(ListDataEvent event) {
                SwingUtilities.invokeLater(PlaylistPictures.this::update);
            }
        });
    }

    /**
     * Starts on the first entry that wants a picture, unless one is being pictured or the player shown is opening.
     * Call it when the player shown has opened or failed.
     */
    void update() {
        boolean opening = shown.get().filter(player -> player.getStatus() == Status.UNKNOWN).isPresent();
        if (closed || loading != null || opening) {
            return;
        }
        playlist.entries().stream().filter(PlaylistEntry::wantsPicture).findFirst().ifPresent(this::load);
    }

    private void load(PlaylistEntry entry) {
        loading = entry;
        Optional<MediaPlayer> own = shown.get().filter(player -> playlist.isCurrent(entry)
                && player.getSource() == entry.source() && !player.getStatus().isFinal());
        if (own.isPresent()) {
            MediaPlayer player = own.get();
            EntryPicture.request(player, WIDTH, HEIGHT).orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .whenComplete((picture, error) -> SwingUtilities.invokeLater(() -> loaded(entry,
                            picture == null ? null : picture.getImage(), player.getStatus() == Status.DISPOSED)));
        } else {
            worker = new Thread(() -> {
                try {
                    BufferedImage picture = EntryPicture.take(entry.source(), WIDTH, HEIGHT,
                            Duration.ofSeconds(TIMEOUT_SECONDS)).orElse(null);
                    SwingUtilities.invokeLater(() -> loaded(entry, picture, false));
                } catch (InterruptedException e) {
                    // Closed: the player is disposed already, and nobody waits for the picture.
                }
            }, "framepipe-demo-picture");
            // Closing the last window ends the demo even if a picture is still being taken.
            worker.setDaemon(true);
            worker.start();
        }
    }

    /**
     * Keeps what was found and moves on.
     *
     * @param replaced whether the player asked was replaced before it answered: the entry is then asked again,
     *                 later, with a player of its own, rather than left without a picture
     */
    private void loaded(PlaylistEntry entry, BufferedImage picture, boolean replaced) {
        if (closed) {
            return;
        }
        loading = null;
        if (picture != null || !replaced) {
            entry.setPicture(picture);
            playlist.changed(entry);
        }
        update();
    }

    /** Stops: a picture being taken is abandoned and its player disposed before this returns. Idempotent. */
    void close() {
        closed = true;
        if (worker == null) {
            return;
        }
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(CLOSE_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
