package dev.framepipe.player.pipeline;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Version;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.elements.AppSink;

import com.sun.jna.Pointer;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.gst.GstApp;
import dev.framepipe.player.gst.GstAppObjects;
import dev.framepipe.player.gst.GstCore;
import dev.framepipe.player.gst.NativeFrameReader;

/**
 * The player's frame thread: pulls frames from the appsink, checks their layout, hands each frame to the attached
 * consumers, and releases the sample.
 *
 * <p>Pulling happens here and not in a GStreamer callback because the appsink's {@code drop} only works when another
 * thread pulls: work done inside {@code new-sample} blocks the pipeline instead of dropping. In steady state a frame
 * costs no allocation: samples are handled as native pointers, the reader and consumer array are reused, counters
 * are atomics.
 *
 * <p>While the pipeline plays, the thread pulls samples; while it is paused, it pulls preroll frames (the frame a
 * paused pipeline shows after opening, a seek or a step), each exactly once. The player switches the mode with
 * {@link #setPlaying} before it changes the pipeline's state: pulling a sample would discard a pending preroll frame.
 *
 * <p>Threading: {@link #attach}, {@link #setPlaying}, {@link #seeking}, {@link #restarted} and the getters may be
 * called from any thread. Owns its thread and its {@link NativeFrameReader}; {@link #stop} ends the thread, which releases
 * the reader on its way out.
 */
public final class FramePump {
    private static final System.Logger LOG = System.getLogger(FramePump.class.getName());
    private static final long PULL_TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final FrameConsumer[] NONE = new FrameConsumer[0];
    private static final int GATE_CLOSED = 0;
    private static final int GATE_SHOW_HELD = 1;
    private static final int GATE_DROP_HELD = 2;
    private static final boolean PULL_OBJECTS = Gst.getVersion().checkSatisfies(new Version(1, 20));

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

        /**
         * The frame thread stopped because of an unexpected error (for instance a consumer ran out of memory on a
         * huge frame): no more frames will be delivered, and the appsink, no longer drained, holds up end of
         * stream. Reported once, as the thread ends.
         *
         * @param error what stopped it
         */
        void failed(Throwable error);
    }

    private final long appSink;
    private final Events events;
    private final NativeFrameReader reader = new NativeFrameReader();
    private final Thread thread;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile FrameConsumer[] consumers = NONE;
    private volatile boolean running = true;
    private volatile boolean playing;
    private volatile boolean forward = true;
    private volatile long resumeFloor = -1;
    private volatile boolean seekedSincePause;
    private volatile boolean gated = true;
    /** Whether {@code heldSample} holds a frame; read by other threads, which must not touch the sample. */
    private volatile boolean holding;
    private volatile int gateAction = GATE_CLOSED;
    private long heldSample;
    private volatile long lastTime = -1;
    private volatile VideoLayout layout;
    private double lastSegmentRate = Double.NaN;
    private long lastSegmentBase;
    private long lastSegmentStart;
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
     * Adds a consumer; it receives every frame from now on. A paused player re-prerolls the frame on screen for it.
     *
     * @param consumer the consumer
     * @return a handle that detaches it
     */
    public synchronized Runnable attach(FrameConsumer consumer) {
        FrameConsumer[] grown = Arrays.copyOf(consumers, consumers.length + 1);
        grown[grown.length - 1] = consumer;
        consumers = grown;
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
     * Opens the gate that holds back the frame prerolled while the media opens. Until the player is ready it does
     * not know whether that frame will be shown: a start time or a seek issued before READY replaces it.
     *
     * @param showHeldFrame {@code true} to deliver the held frame, {@code false} to discard it because a seek's
     *                      frame follows
     */
    public void openGate(boolean showHeldFrame) {
        gateAction = showHeldFrame ? GATE_SHOW_HELD : GATE_DROP_HELD;
        gated = false;
        LockSupport.unpark(thread);
    }

    /**
     * Switches between pulling samples (the pipeline plays) and preroll frames (it is paused).
     *
     * @param isPlaying whether the pipeline is about to play
     */
    public void setPlaying(boolean isPlaying) {
        if (isPlaying && !playing) {
            // Resuming: the sink renders its preroll frame again, and samples queued before the pause are older
            // than the preroll frame shown during it. Neither may reach the screen. A seek since the pause flushed
            // those samples, and the frame on screen may still be the one from before the seek (play at the end
            // seeks to the start and plays at once), so then there is no floor: it would hide the whole replay.
            resumeFloor = seekedSincePause ? -1 : lastTime;
        } else if (!isPlaying && playing) {
            seekedSincePause = false;
        }
        playing = isPlaying;
        LockSupport.unpark(thread);
    }

    /**
     * Tells the pump that the player is about to seek: frames may go backwards now, in the given direction.
     *
     * @param playsForward the playback direction after the seek
     */
    public void seeking(boolean playsForward) {
        forward = playsForward;
        resumeFloor = -1;
        seekedSincePause = true;
    }

    /**
     * Tells the pump that the pipeline is going to READY or NULL: the stream that comes after is a new one whose
     * times may start again (a live source stamped with the running time, connected again after a drop), so the
     * frame on screen is no floor for them. Without this a live source reconnected after playing for an hour showed
     * nothing for an hour: its new frames were all behind the last one shown ({@code LiveMediaTest}).
     */
    public void restarted() {
        resumeFloor = -1;
        seekedSincePause = true;
    }

    /**
     * Returns the stream time of the last frame delivered: the frame on screen.
     *
     * @return nanoseconds, or -1 before the first frame
     */
    public long lastTimeNanos() {
        return lastTime;
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
     * Returns how many frames were missing between consecutive delivered frames of one segment in forward playback.
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
                long start = System.nanoTime();
                boolean sampling = playing;
                long sample = sampling ? pullSample()
                        : GstApp.gst_app_sink_try_pull_preroll(appSink, PULL_TIMEOUT_NANOS);
                if (sample == EVENT) {
                    continue;
                }
                if (gateAction != GATE_CLOSED) {
                    releaseHeldFrame();
                }
                if (sample != 0 && gated) {
                    holdFrame(sample);
                } else if (sample != 0) {
                    deliver(sample, sampling);
                } else if (System.nanoTime() - start < PULL_TIMEOUT_NANOS / 2) {
                    // The sink answers at once while stopped, flushing or at EOS: do not spin.
                    LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, "frame thread " + thread.getName() + " failed", e);
            // Without this report the player would wait for ever: its appsink, no longer pulled, never lets end of
            // stream through, and no error reaches the bus.
            events.failed(e);
        } finally {
            holdFrame(0);
            reader.close();
            LiveResources.PLAYER_THREADS.released();
        }
    }

    /** Returned by {@link #pullSample} for an event: nothing to deliver, but no reason to wait either. */
    private static final long EVENT = -1;

    /**
     * Pulls the next sample while playing: one object per call from GStreamer 1.20 (see {@link GstAppObjects}),
     * discarding events.
     *
     * @return a sample the caller owns, 0 after the timeout, or {@link #EVENT}
     */
    private long pullSample() {
        if (!PULL_OBJECTS) {
            return GstApp.gst_app_sink_try_pull_sample(appSink, PULL_TIMEOUT_NANOS);
        }
        long object = GstAppObjects.gst_app_sink_try_pull_object(appSink, PULL_TIMEOUT_NANOS);
        if (object == 0 || reader.isSample(object)) {
            return object;
        }
        GstCore.gst_mini_object_unref(object);
        return EVENT;
    }

    private void holdFrame(long sample) {
        if (heldSample != 0) {
            GstCore.gst_mini_object_unref(heldSample);
        }
        heldSample = sample;
        holding = sample != 0;
    }

    /**
     * Tells whether a frame is held at the closed gate (see {@link #openGate}).
     *
     * @return {@code true} from the first frame pulled while opening until the gate opens
     */
    public boolean holdsFrame() {
        return holding;
    }

    private void releaseHeldFrame() {
        boolean show = gateAction == GATE_SHOW_HELD;
        gateAction = GATE_CLOSED;
        long sample = heldSample;
        heldSample = 0;
        holding = false;
        if (sample != 0 && show) {
            deliver(sample, false);
        } else if (sample != 0) {
            GstCore.gst_mini_object_unref(sample);
        }
    }

    private void deliver(long sample, boolean sampled) {
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
                handOut(sampled);
            } finally {
                reader.unmap();
            }
        } finally {
            GstCore.gst_mini_object_unref(sample);
        }
    }

    private void handOut(boolean sampled) {
        long time = reader.streamTimeNanos();
        if (sampled && (isBehindResumeFloor(time) || isRepeat(time))) {
            return;
        }
        VideoLayout frameLayout = reader.layout();
        if (frameLayout != layout) {
            layout = frameLayout;
            events.layoutChanged(frameLayout);
        }
        countGap(time, frameLayout.frameDurationNanos());
        lastTime = time;
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

    /** The frame on screen again: a paused pipeline renders its preroll frame once more when it starts playing. */
    private boolean isRepeat(long time) {
        return time >= 0 && time == lastTime && reader.isSegment(lastSegmentRate, lastSegmentBase, lastSegmentStart);
    }

    /** A frame at or behind the one shown while paused, right after resuming; the floor lifts at the first newer. */
    private boolean isBehindResumeFloor(long time) {
        long floor = resumeFloor;
        if (floor < 0 || time < 0) {
            return false;
        }
        boolean behind = forward ? time <= floor : time >= floor;
        if (!behind) {
            resumeFloor = -1;
        }
        return behind;
    }

    /** Counts frames missing between two frames of the same segment; a seek or a new loop starts a new segment. */
    private void countGap(long time, long frameDuration) {
        long previous = lastTime;
        boolean sameSegment = reader.isSegment(lastSegmentRate, lastSegmentBase, lastSegmentStart);
        lastSegmentRate = reader.segmentRate();
        lastSegmentBase = reader.segmentBase();
        lastSegmentStart = reader.segmentStart();
        if (!sameSegment || lastSegmentRate < 0 || time < 0 || previous < 0 || frameDuration <= 0
                || time <= previous) {
            return;
        }
        long missing = (time - previous + frameDuration / 2) / frameDuration - 1;
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
