package dev.framepipe.player.swing;

/**
 * What a {@link VideoComponent}'s renderer measured, for statistics displays: frames painted and skipped, and the
 * average conversion time and frame-to-screen latency over about the last 16 frames. A live, thread-safe view.
 */
public interface RenderStatistics {
    /**
     * Returns how many new frames were painted.
     *
     * @return the count
     */
    long framesPainted();

    /**
     * Returns how many converted frames were replaced by a newer one before the event thread painted them (the UI
     * could not keep up).
     *
     * @return the count
     */
    long framesSkipped();

    /**
     * Returns the average time to copy one frame out of GStreamer and convert it to RGB.
     *
     * @return nanoseconds; 0 for renderers that do not convert
     */
    long conversionNanos();

    /**
     * Returns the average time from a frame leaving GStreamer to its first paint.
     *
     * @return nanoseconds
     */
    long latencyNanos();
}
