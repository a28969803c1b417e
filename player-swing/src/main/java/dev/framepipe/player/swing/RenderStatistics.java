package dev.framepipe.player.swing;

/**
 * What a {@link VideoComponent}'s renderer measured, for statistics displays: frames rendered and skipped, and the
 * average conversion time and frame-to-screen latency over about the last 16 frames. A live, thread-safe view.
 * The names follow {@link dev.framepipe.player.PlaybackStatistics}, which counts the same frames for the player.
 */
public interface RenderStatistics {
    /**
     * Returns how many new frames were painted on screen by this component's renderer.
     *
     * @return the count
     */
    long getFramesRendered();

    /**
     * Returns how many converted frames were replaced by a newer one before the event thread painted them (the UI
     * could not keep up).
     *
     * @return the count
     */
    long getFramesSkipped();

    /**
     * Returns the average time to copy one frame out of GStreamer and convert it to RGB.
     *
     * @return nanoseconds; 0 for renderers that do not convert
     */
    long getConversionNanos();

    /**
     * Returns the average time from a frame leaving GStreamer to its first paint.
     *
     * @return nanoseconds
     */
    long getLatencyNanos();
}
