package dev.framepipe.player;

/**
 * Frame counters of a {@link MediaPlayer}, counted since it was created: the figures a user needs to see that
 * playback keeps up. A live view; thread-safe.
 */
public interface PlaybackStatistics {
    /**
     * Returns how many frames the pipeline delivered to the player's frame thread.
     *
     * @return frames delivered
     */
    long getFramesDelivered();

    /**
     * Returns how many frames of the media were never shown because something could not keep up: frames the
     * decoder or the bounded frame queue dropped (counted from gaps in the frames' timestamps during forward
     * playback; seeks and loops do not count), and frames a video component received but replaced by a newer one
     * before the UI could paint them (the event dispatch thread was busy).
     *
     * @return frames dropped
     */
    long getFramesDropped();

    /**
     * Returns how many frames were painted on screen by the video components showing this player.
     *
     * @return frames rendered
     */
    long getFramesRendered();
}
