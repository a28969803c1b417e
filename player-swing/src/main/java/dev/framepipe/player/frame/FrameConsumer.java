package dev.framepipe.player.frame;

/**
 * Receives a player's frames: the video renderers implement it.
 *
 * <p>Called on the player's frame thread, one frame at a time. An implementation copies what it needs and returns
 * quickly; it must never wait for the Swing event thread (a busy UI must make the bounded frame queue drop frames,
 * not stall decoding).
 */
public interface FrameConsumer {
    /**
     * Takes a frame.
     *
     * @param frame the frame, valid only during this call
     */
    void onFrame(VideoFrame frame);
}
