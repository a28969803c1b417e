package dev.framepipe.demo;

import java.util.List;
import java.util.Optional;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlayerOptions;

/**
 * Plays the playlist: starts entries in the session, moves on at the end of each, and moves past entries that fail,
 * reporting each failure once. Event dispatch thread only.
 */
final class PlaylistPlayer {
    /** What the window shows about playback. Called on the event dispatch thread. */
    interface Observer {
        /**
         * An entry opened and plays.
         *
         * @param entry  the entry
         * @param player its player
         */
        void playing(PlaylistEntry entry, MediaPlayer player);

        /**
         * An entry could not be played, or stopped with an error.
         *
         * @param entry the entry
         * @param error what went wrong, in words for the user
         */
        void failed(PlaylistEntry entry, MediaException error);
    }

    private static final PlayerOptions OPTIONS = PlayerOptions.defaults().withAutoPlay(true);

    private final Playlist playlist;
    private final PlaybackSession session;
    private final Observer observer;
    private boolean repeat;
    private int failuresInARow;

    PlaylistPlayer(Playlist playlist, PlaybackSession session, Observer observer) {
        this.playlist = playlist;
        this.session = session;
        this.observer = observer;
    }

    /**
     * Plays an entry of the playlist now.
     *
     * @param entry the entry
     */
    void play(PlaylistEntry entry) {
        playlist.setCurrent(entry);
        try {
            session.start(entry.source(), OPTIONS, new PlaybackSession.Listener() {
                @Override
                public void ready(MediaPlayer player) {
                    failuresInARow = 0;
                    observer.playing(entry, player);
                }

                @Override
                public void finished(MediaPlayer player) {
                    advanceFrom(entry, player);
                }

                @Override
                public void failed(MediaPlayer player, MediaException error) {
                    PlaylistPlayer.this.failed(entry, error);
                }
            });
        } catch (MediaException e) {
            failed(entry, e);
        }
    }

    /**
     * Adds entries to the end of the playlist and plays the first of them.
     *
     * @param entries the entries, at least one
     */
    void playNow(List<PlaylistEntry> entries) {
        playlist.addAll(entries);
        play(entries.get(0));
    }

    /**
     * Adds entries to the end of the playlist; the first of them plays if nothing is playing.
     *
     * @param entries the entries
     */
    void enqueue(List<PlaylistEntry> entries) {
        boolean idle = session.player().isEmpty() || session.player().get().getStatus().isFinal();
        playlist.addAll(entries);
        if (idle && !entries.isEmpty()) {
            play(entries.get(0));
        }
    }

    /** Plays the next entry; after the last, the first only when repeating. */
    void next() {
        playlist.next(repeat).ifPresent(this::play);
    }

    /** Plays the previous entry; before the first, the last only when repeating. */
    void previous() {
        playlist.previous(repeat).ifPresent(this::play);
    }

    /**
     * Says whether the playlist starts again after its last entry.
     *
     * @param repeat {@code true} to repeat
     */
    void setRepeat(boolean repeat) {
        this.repeat = repeat;
    }

    private void advanceFrom(PlaylistEntry entry, MediaPlayer player) {
        Optional<PlaylistEntry> next = playlist.next(repeat);
        if (next.isPresent() && next.get() == entry) {
            // The only entry, repeating: starting it again is cheaper than a new player.
            player.controls().play();
        } else {
            next.ifPresent(this::play);
        }
    }

    private void failed(PlaylistEntry entry, MediaException error) {
        observer.failed(entry, error);
        if (!error.isFatal()) {
            return;
        }
        failuresInARow++;
        // When every entry has failed in a row, going round again would only repeat the same errors.
        if (failuresInARow < playlist.getSize()) {
            playlist.next(repeat).filter(next -> next != entry).ifPresent(this::play);
        }
    }
}
