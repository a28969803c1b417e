package dev.framepipe.player.frame;

import java.util.Optional;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Registration;

/**
 * The internal side of a {@link MediaPlayer} that renderers use: where frames come from and where painted frames
 * are counted. Every player made by {@link MediaPlayer#create} implements it; the Swing component reaches it through
 * {@link #of(MediaPlayer)}, so no internal type appears in the public API. Other implementations of
 * {@link MediaPlayer} (an application's own, a test double) have none: they are shown without a picture.
 */
public interface FrameSource {
    /**
     * Returns the frame source behind a player.
     *
     * @param player any player
     * @return its frame source; empty for players not made by {@link MediaPlayer#create}
     */
    static Optional<FrameSource> of(MediaPlayer player) {
        return player instanceof FrameSource ? Optional.of((FrameSource) player) : Optional.empty();
    }

    /**
     * Attaches a consumer that receives every frame on the player's frame thread. If the player is paused, the
     * frame on screen is delivered right away.
     *
     * @param consumer the consumer
     * @return a registration that detaches it
     */
    Registration attach(FrameConsumer consumer);

    /** Counts one frame painted on screen, for {@link dev.framepipe.player.PlaybackStatistics}. */
    void frameRendered();

    /**
     * Counts one frame that a renderer received but replaced by a newer one before it could be painted (the UI was
     * busy), as dropped in {@link dev.framepipe.player.PlaybackStatistics}. The frame thread never waits for the
     * UI, so this, not the frame queue, is where frames are lost while the event thread is blocked. Any thread.
     */
    void frameSkipped();

    /**
     * Plays into a native sink instead of the appsink until the registration is closed; the player keeps its
     * position and whether it plays. Files and URIs only: a custom pipeline delivers through its own appsink, so for
     * it {@link NativeVideoSink#failed} is called.
     *
     * @param sink the sink
     * @return a registration that goes back to the appsink; closing it waits (a few seconds at most) until the sink
     *         has let go of its native surface, so the caller may destroy the surface right after
     */
    Registration attachNativeSink(NativeVideoSink sink);

    /**
     * Asks a paused player playing into a native sink to draw the frame at its position again (what the sink blends
     * into it changed); a playing player draws new frames anyway, so then nothing happens. Any thread; never blocks.
     */
    void redrawPaused();
}
