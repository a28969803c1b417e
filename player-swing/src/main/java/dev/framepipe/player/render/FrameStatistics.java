package dev.framepipe.player.render;

import java.util.concurrent.atomic.AtomicLong;

import dev.framepipe.player.swing.RenderStatistics;

/**
 * The counters behind {@link RenderStatistics}: written by the frame thread (conversions, skips) and the event
 * thread (paints), read by anyone; no allocation.
 */
final class FrameStatistics implements RenderStatistics {
    private static final int SMOOTHING = 16;

    private final AtomicLong painted = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile long conversionNanos;
    private volatile long latencyNanos;

    void framePainted(long latency) {
        painted.incrementAndGet();
        latencyNanos += (latency - latencyNanos) / SMOOTHING;
    }

    void frameSkipped() {
        skipped.incrementAndGet();
    }

    void frameConverted(long nanos) {
        conversionNanos += (nanos - conversionNanos) / SMOOTHING;
    }

    @Override
    public long framesPainted() {
        return painted.get();
    }

    @Override
    public long framesSkipped() {
        return skipped.get();
    }

    @Override
    public long conversionNanos() {
        return conversionNanos;
    }

    @Override
    public long latencyNanos() {
        return latencyNanos;
    }
}
