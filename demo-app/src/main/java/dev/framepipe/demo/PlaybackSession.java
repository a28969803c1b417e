package dev.framepipe.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Registration;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.VideoPlayerPanel;

/**
 * The one player the window shows at a time. Starting a source replaces (and, through the panel, disposes) the
 * previous player; events of a replaced player are never passed on, so a late end-of-media of the last clip cannot
 * skip the one just opened. Event dispatch thread only.
 */
final class PlaybackSession {
    /** What happens to the player a session started. Called on the event dispatch thread. */
    interface Listener {
        /**
         * The media opened and its first frame is ready.
         *
         * @param player the player
         */
        default void ready(MediaPlayer player) {
        }

        /**
         * The media played to its end.
         *
         * @param player the player
         */
        default void finished(MediaPlayer player) {
        }

        /**
         * The player reported an error; {@link MediaException#isFatal()} tells whether it stopped.
         *
         * @param player the player
         * @param error  what went wrong
         */
        default void failed(MediaPlayer player, MediaException error) {
        }
    }

    private final VideoPlayerPanel panel;
    private final List<Registration> registrations = new ArrayList<>();

    /**
     * Creates a session that shows its players in a panel, which owns them from then on.
     *
     * @param panel the panel
     */
    PlaybackSession(VideoPlayerPanel panel) {
        this.panel = panel;
        panel.setPlayerOwned(true);
    }

    /**
     * Creates a player for a source and shows it instead of the current one.
     *
     * @param source   what to play
     * @param options  the player's options
     * @param listener told what happens to the new player
     * @return the new player, owned by the panel
     * @throws MediaException if the player cannot be created (a missing file, an invalid pipeline, ...); the
     *                        previous player is then gone and the panel shows nothing
     */
    MediaPlayer start(MediaSource source, PlayerOptions options, Listener listener) {
        clear();
        MediaPlayer player = MediaPlayer.create(source, options);
        registrations.add(player.events().addListener(new MediaPlayerListener() {
            @Override
            public void endOfMedia(MediaPlayer p) {
                if (isCurrent(p)) {
                    listener.finished(p);
                }
            }

            @Override
            public void error(MediaPlayer p, MediaException error) {
                if (isCurrent(p)) {
                    listener.failed(p, error);
                }
            }
        }));
        registrations.add(player.events().addPropertyChangeListener(PlayerProperties.STATUS, event -> {
            // With auto-play the first status after UNKNOWN may already be PLAYING.
            Status status = (Status) event.getNewValue();
            if (event.getOldValue() == Status.UNKNOWN && !status.isFinal() && isCurrent(player)) {
                listener.ready(player);
            }
        }));
        panel.setMediaPlayer(player);
        return player;
    }

    private boolean isCurrent(MediaPlayer player) {
        return panel.getMediaPlayer() == player;
    }

    /** Stops listening to the current player and disposes it; the panel then shows nothing. */
    void clear() {
        registrations.forEach(Registration::close);
        registrations.clear();
        panel.setMediaPlayer(null);
    }

    /**
     * Returns the player shown.
     *
     * @return the player, or empty
     */
    Optional<MediaPlayer> player() {
        return Optional.ofNullable(panel.getMediaPlayer());
    }
}
