package dev.framepipe.player.frame;

/**
 * One decoded NV12 frame, lent to a {@link FrameConsumer} for the duration of a single call.
 *
 * <p>The frame's memory belongs to GStreamer and is unmapped as soon as the call returns: a consumer copies what it
 * needs and never keeps the frame. Confined to the frame thread.
 */
public interface VideoFrame {
    /**
     * Returns the layout, already checked against the buffer's real size.
     *
     * @return the layout
     */
    VideoLayout layout();

    /**
     * Returns the frame's position in the media: its presentation timestamp converted to stream time, the timeline
     * seeks and the player's current time use (buffer timestamps can be offset from it, for instance by B-frame
     * delay in MP4).
     *
     * @return nanoseconds from the start of the media, or -1 if the frame has no timestamp
     */
    long streamTimeNanos();

    /**
     * Copies a plane, stride padding included, into {@code destination} starting at index 0: the bytes from
     * {@code layout().offset(plane)} to {@code offset + layout().planeSpan(plane)}. Row {@code r} of the plane then
     * starts at {@code r * layout().stride(plane)}. One bulk copy, no per-byte native calls.
     *
     * @param plane       0 (Y) or 1 (CbCr)
     * @param destination an array of at least {@code layout().planeSpan(plane)} bytes
     * @throws IllegalArgumentException if the plane index is wrong or the array too small
     * @throws IllegalStateException    if called after the frame was returned
     */
    void copyPlane(int plane, byte[] destination);
}
