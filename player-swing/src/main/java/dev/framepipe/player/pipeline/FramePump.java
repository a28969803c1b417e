package dev.framepipe.player.pipeline;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.elements.AppSink;

import com.sun.jna.Pointer;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.gst.GstApp;
import dev.framepipe.player.gst.GstCore;
import dev.framepipe.player.gst.NativeFrameReader;

/**
 * The player's frame thread: pulls samples from the appsink, checks their layout, hands each frame to the attached
 * consumers, and releases the sample.
 *
 * <p>Pulling happens here and not in a GStreamer callback because the appsink's {@code drop} only works when another
 * thread pulls: work done inside {@code new-sample} blocks the pipeline instead of dropping. In steady state a frame
 * costs no allocation: samples are handled as native pointers, the reader and consumer array are reused, counters
 * are atomics.
 *
 * <p>Threading: {@link #attach}, {@link #requestPreroll}, {@link #markDiscontinuity} and the getters may be called
 * from any thread. Owns its thread and its {@link NativeFrameReader}; {@link #stop} ends the thread, which releases
 * the reader on its way out.
 */
public final class FramePump {
    private static final System.Logger LOG = System.getLogger(FramePump.class.getName());
    private static final long PULL_TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final FrameConsumer[] NONE = new FrameConsumer[0];

    /** What the pump reports to its player, on the frame thread. */
    public interface Events {
        /**
         * The frames' layout changed (first frame, new size, new colorimetry).
         *
         * @param layout the new layout
         */
        void layoutChanged(VideoLayout layout);

        /**
         * A frame was refused because its layout does not fit its buffer. Reported once per pump.
         *
         * @param error what was wrong
         */
        void frameRejected(FrameLayoutException error);
    }

    private final long appSink;
    private final Events events;
    private final NativeFrameReader reader = new NativeFrameReader();
    private final Thread thread;
    private final AtomicBoolean prerollWanted = new AtomicBoolean();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile FrameConsumer[] consumers = NONE;
    private volatile boolean running = true;
    private volatile boolean discontinuity = true;
    private volatile boolean redeliver;
    private volatile long lastPts = -1;
    private volatile VideoLayout layout;
    private boolean rejectionReported;
    private long consumerFailures;

    /**
     * Creates and starts the frame thread.
     *
     * @param sink   the appsink to pull from; the caller keeps it alive until {@link #stop} returned
     * @param name   the thread's name
     * @param events where layout changes and refused frames are reported
     */
    public FramePump(AppSink sink, String name, Events events) {
        Pointer raw = Natives.getRawPointer(sink);
        this.appSink = Pointer.nativeValue(raw);
        this.events = events;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        LiveResources.PLAYER_THREADS.acquired();
        thread.start();
    }

    /**
     * Adds a consumer; it receives every frame from now on, starting with the current frame if the pipeline is
     * paused (see {@link #requestPreroll}).
     *
     * @param consumer the consumer
     * @return a handle that detaches it
     */
    public synchronized Runnable attach(FrameConsumer consumer) {
        FrameConsumer[] grown = Arrays.copyOf(consumers, consumers.length + 1);
        grown[grown.length - 1] = consumer;
        consumers = grown;
        redeliver = true;
        return () -> detach(consumer);
    }

    private synchronized void detach(FrameConsumer consumer) {
        FrameConsumer[] current = consumers;
        for (int i = 0; i < current.length; i++) {
            if (current[i] == consumer) {
                FrameConsumer[] shrunk = new FrameConsumer[current.length - 1];
                System.arraycopy(current, 0, shrunk, 0, i);
                System.arraycopy(current, i + 1, shrunk, i, current.length - i - 1);
                consumers = shrunk;
                return;
            }
        }
    }

    /**
     * Asks the thread to fetch the sink's preroll frame: the frame a paused pipeline shows after it opened, after a
     * seek, or after a step. Called from the appsink's {@code new-preroll} signal and when a consumer attaches to a
     * paused player.
     */
    public void requestPreroll() {
        prerollWanted.set(true);
        LockSupport.unpark(thread);
    }

    /**
     * Tells the pump that the next frame does not follow the previous one (a seek, a step, a new loop cycle), so the
     * timestamp gap is not counted as dropped frames.
     */
    public void markDiscontinuity() {
        discontinuity = true;
    }

    /**
     * Returns the timestamp of the last frame delivered.
     *
     * @return nanoseconds, or -1 before the first frame
     */
    public long lastPtsNanos() {
        return lastPts;
    }

    /**
     * Returns the layout of the last frame delivered.
     *
     * @return the layout, or {@code null} before the first frame
     */
    public VideoLayout layout() {
        return layout;
    }

    /**
     * Returns how many frames were delivered to consumers.
     *
     * @return the count
     */
    public long framesDelivered() {
        return delivered.get();
    }

    /**
     * Returns how many frames were missing between consecutive delivered frames during forward playback.
     *
     * @return the count
     */
    public long framesDropped() {
        return dropped.get();
    }

    /**
     * Stops the thread and waits for it. The appsink should already be in {@code NULL} (or flushing) so no pull is
     * in progress for long.
     *
     * @param timeoutMillis how long to wait
     * @return {@code true} if the thread ended
     */
    public boolean stop(long timeoutMillis) {
        running = false;
        LockSupport.unpark(thread);
        if (Thread.currentThread() == thread) {
            return true;
        }
        try {
            thread.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private void run() {
        try {
            while (running) {
                long sample = 0;
                if (prerollWanted.getAndSet(false)) {
                    sample = GstApp.gst_app_sink_try_pull_preroll(appSink, 0);
                    redeliver = true;
                }
                if (sample == 0) {
                    long start = System.nanoTime();
                    sample = GstApp.gst_app_sink_try_pull_sample(appSink, PULL_TIMEOUT_NANOS);
                    if (sample == 0) {
                        // The sink returns at once while stopped, flushing or at EOS: do not spin.
                        if (System.nanoTime() - start < PULL_TIMEOUT_NANOS / 2) {
                            LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                        }
                        continue;
                    }
                }
                deliver(sample);
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, "frame thread " + thread.getName() + " failed", e);
        } finally {
            reader.close();
            LiveResources.PLAYER_THREADS.released();
        }
    }

    private void deliver(long sample) {
        try {
            boolean mapped;
            try {
                mapped = reader.map(sample);
            } catch (FrameLayoutException e) {
                reportRejection(e);
                return;
            }
            if (!mapped) {
                return;
            }
            try {
                handOut();
            } finally {
                reader.unmap();
            }
        } finally {
            GstCore.gst_mini_object_unref(sample);
        }
    }

    private void handOut() {
        long pts = reader.ptsNanos();
        if (pts != -1 && pts == lastPts && !redeliver) {
            // The same frame again: the preroll frame is rendered once more when a paused pipeline starts playing.
            return;
        }
        redeliver = false;
        VideoLayout frameLayout = reader.layout();
        if (frameLayout != layout) {
            layout = frameLayout;
            events.layoutChanged(frameLayout);
        }
        countGap(pts, frameLayout.frameDurationNanos());
        lastPts = pts;
        delivered.incrementAndGet();
        FrameConsumer[] targets = consumers;
        for (FrameConsumer consumer : targets) {
            try {
                consumer.onFrame(reader);
            } catch (RuntimeException e) {
                if (consumerFailures++ % 1000 == 0) {
                    LOG.log(Level.ERROR, "a frame consumer failed (" + consumerFailures + " failures so far)", e);
                }
            }
        }
    }

    private void countGap(long pts, long frameDuration) {
        long previous = lastPts;
        if (discontinuity) {
            discontinuity = false;
            return;
        }
        if (pts < 0 || previous < 0 || frameDuration <= 0 || pts <= previous) {
            return;
        }
        long missing = (pts - previous + frameDuration / 2) / frameDuration - 1;
        if (missing > 0) {
            dropped.addAndGet(missing);
        }
    }

    private void reportRejection(FrameLayoutException e) {
        if (!rejectionReported) {
            rejectionReported = true;
            events.frameRejected(e);
        }
    }
}
