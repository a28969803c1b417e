package dev.framepipe.player.reliability;

import java.util.concurrent.atomic.AtomicLong;

import dev.framepipe.player.testing.ProcessStatus;

/**
 * Samples the process's resident memory every few milliseconds on a thread of its own, and keeps the peak: how
 * much a piece of media made the process grow at worst, GStreamer's buffers included.
 */
final class PeakMemory implements AutoCloseable {
    private static final long PERIOD_MILLIS = 10;

    private final long startKilobytes = ProcessStatus.residentKilobytes();
    private final AtomicLong peakKilobytes = new AtomicLong(startKilobytes);
    private final Thread sampler = new Thread(this::sample, "test-rss-sampler");
    private volatile boolean running = true;

    /** Starts sampling. */
    PeakMemory() {
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peakKilobytes.accumulateAndGet(ProcessStatus.residentKilobytes(), Math::max);
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Returns the largest growth over the resident size at the start seen so far.
     *
     * @return megabytes
     */
    long peakGrowthMegabytes() {
        return (peakKilobytes.get() - startKilobytes) / 1024;
    }

    /** Stops sampling and waits for the sampler. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
