package dev.framepipe.player.render;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A renderer's counters: written by the frame thread (conversions, skips) and the event thread (paints), read by
 * anyone, thread-safe; no allocation. The Swing component shows them to applications as its public
 * {@code RenderStatistics}.
 */
public final class FrameStatistics {
    private static final int SMOOTHING = 16;

    private final AtomicLong painted = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile long conversionNanos;
    private volatile long latencyNanos;

    /** Creates counters at zero. */
    public FrameStatistics() {
    }

    /**
     * Counts a frame painted for the first time. Event dispatch thread.
     *
     * @param latency nanoseconds from the frame leaving GStreamer to this paint
     */
    public void frameRendered(long latency) {
        painted.incrementAndGet();
        latencyNanos += (latency - latencyNanos) / SMOOTHING;
    }

    /** Counts a converted frame replaced by a newer one before it was painted. Frame thread. */
    void frameSkipped() {
        skipped.incrementAndGet();
    }

    /**
     * Takes the time one conversion took into the average. Frame thread.
     *
     * @param nanos the conversion's duration
     */
    void frameConverted(long nanos) {
        conversionNanos += (nanos - conversionNanos) / SMOOTHING;
    }

    /**
     * Returns how many new frames were painted.
     *
     * @return the count
     */
    public long getFramesRendered() {
        return painted.get();
    }

    /**
     * Returns how many converted frames were replaced by a newer one before the event thread painted them.
     *
     * @return the count
     */
    public long getFramesSkipped() {
        return skipped.get();
    }

    /**
     * Returns the average time to copy one frame out of GStreamer and convert it, over about the last 16 frames.
     *
     * @return nanoseconds; 0 for renderers that do not convert
     */
    public long getConversionNanos() {
        return conversionNanos;
    }

    /**
     * Returns the average time from a frame leaving GStreamer to its first paint, over about the last 16 frames.
     *
     * @return nanoseconds
     */
    public long getLatencyNanos() {
        return latencyNanos;
    }
}
