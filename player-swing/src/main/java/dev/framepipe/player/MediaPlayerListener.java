package dev.framepipe.player;

/**
 * Events of a {@link MediaPlayer} that are not property changes. Every method has an empty default, so a listener
 * implements only what it needs. Called on the Swing event dispatch thread.
 */
public interface MediaPlayerListener {
    /**
     * The media reached its end (or the stop time) after its last cycle; the player is {@link Status#PAUSED} on the
     * last frame.
     *
     * @param player the player
     */
    default void endOfMedia(MediaPlayer player) {
    }

    /**
     * A loop cycle completed and the next one started.
     *
     * @param player          the player
     * @param completedCycles how many cycles have completed so far
     */
    default void cycleCompleted(MediaPlayer player, int completedCycles) {
    }

    /**
     * A seek asked for with {@link PlaybackControls#seek} landed: the frame at the new position is ready (shown, if
     * paused) and {@link MediaPlayer#getCurrentTime()} says where. A seek replaced by a newer one before it landed
     * is not announced; only the newest is.
     *
     * @param player   the player
     * @param position where the seek landed: the position asked for (clamped to the media) for an accurate seek,
     *                 the nearest key frame for a fast one
     */
    default void seekCompleted(MediaPlayer player, java.time.Duration position) {
    }

    /**
     * An error happened. If {@link MediaException#isFatal()}, the player is now {@link Status#HALTED}; otherwise
     * (a refused rate change, say) it carries on as before.
     *
     * @param player the player
     * @param error  what happened; its message names the input and can be shown to a user
     */
    default void error(MediaPlayer player, MediaException error) {
    }

    /**
     * A live stream dropped and the player waits to connect again ({@link Status#RECONNECTING}); the last frame
     * stays on screen. Called once per attempt; when the stream plays again the status returns to
     * {@link Status#PLAYING}, and after the last attempt failed the player halts with an {@link #error}.
     *
     * @param player  the player
     * @param attempt which attempt, how long until it, and why
     */
    default void reconnecting(MediaPlayer player, ReconnectAttempt attempt) {
    }
}
