package dev.framepipe.player.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;

import javax.swing.JFrame;

import org.junit.jupiter.api.Test;

import com.sun.management.ThreadMXBean;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * The frame path allocates nothing per frame in steady state, measured with the JVM's per-thread allocation
 * counters over more than a thousand real frames after warm-up.
 *
 * <p>What is measured: the player's frame thread (pull → layout → copy → convert → swap → repaint request), the
 * conversion workers, and the event dispatch thread per painted frame. The only allocation the frame thread may make
 * is AWT's own event to wake the EDT, and only when no repaint is pending; the EDT's per-frame allocation must not
 * depend on the frame size.
 *
 * <p>"Nothing per frame" is asserted as less than one byte per frame on average: the smallest Java object is 16
 * bytes, so anything allocated per frame shows as at least 16, while the JIT can, once in a few thousand frames,
 * materialise an object it had optimised away (a single 496-byte event in 2000 frames was seen while measuring).
 */
class FramePathAllocationTest {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int MEASURED_FRAMES = 1000;

    /**
     * The decoder's I420 (H.264) and 10-bit I420_10LE (HEVC Main 10), read into reused arrays. The H.264 clip is the
     * 12-s one: each loop is a seek, whose hundred-odd bytes on this thread vary with timing and are not per frame.
     */
    @Test
    void pullingAndReadingFramesAllocatesNothing() {
        for (Path clip : new Path[] {TestClips.h264Long(), TestClips.hevcMain10()}) {
            try (MediaPlayer player = MediaPlayer.create(MediaSource.of(clip), unsynchronisedLoop())) {
                FrameSource.of(player).orElseThrow().attach(new PlaneCopier());
                player.controls().setLooping(true);
                player.controls().play();
                Measurement frames = measure(player, frameThread(), null);
                System.out.println("pull and read, " + clip.getFileName() + ": " + frames);
                assertThat(frames.bytesPerFrame()).as("bytes per frame on the frame thread, %s, %s", clip, frames)
                        .isLessThan(1);
            }
        }
    }

    @Test
    void convertingAndSwappingFramesAllocatesNothing() {
        for (Path clip : new Path[] {TestClips.h264Small(), TestClips.h264FullHd()}) {
            try (MediaPlayer player = MediaPlayer.create(MediaSource.of(clip), unsynchronisedLoop())) {
                // The repaint request is AWT's business and is measured below; here it does nothing.
                Java2DRenderer renderer = new Java2DRenderer(new java.awt.Canvas(), new Nv12Converter(), () -> { });
                renderer.attach(FrameSource.of(player).orElseThrow());
                player.controls().setLooping(true);
                player.controls().play();
                Measurement frames = measure(player, frameThread(), null);
                System.out.println("pull, read, convert and swap, " + clip.getFileName() + ": " + frames);
                assertThat(frames.bytesPerFrame()).as("frame thread, %s: %s", clip.getFileName(), frames)
                        .isLessThan(1);
                assertThat(frames.workerBytes / (double) frames.frames).as("conversion workers, %s", frames)
                        .isLessThan(1);
                renderer.dispose();
            }
        }
    }

    @Test
    void showingFramesAllocatesOnlyTheWakeUpEventWhateverTheFrameSize() throws Exception {
        double wakeUp = bytesPerEdtWakeUpFromAWorkerThread();
        Measurement small = showAndMeasure(TestClips.h264Small(), new Dimension(320, 240));
        Measurement large = showAndMeasure(TestClips.h264FullHd(), new Dimension(960, 540));
        System.out.printf("one EDT wake-up from a worker thread: %.0f bytes%nshown, 320x240: %s%n"
                + "shown, 1080p at 960x540: %s%n", wakeUp, small, large);

        // Everything the frame thread allocates is the events it posts to wake the EDT (at most one per frame:
        // requests coalesce while one is pending). The slack covers AWT's bookkeeping differing between threads;
        // anything sized like a frame would be megabytes.
        assertThat(small.bytesPerWakeUp()).as("frame thread per wake-up, 320x240: %s; one wake-up costs %.0f "
                + "bytes", small, wakeUp).isLessThanOrEqualTo(wakeUp * 1.5);
        assertThat(large.bytesPerWakeUp()).as("frame thread per wake-up, 1080p: %s; one wake-up costs %.0f bytes",
                large, wakeUp).isLessThanOrEqualTo(wakeUp * 1.5);
        assertThat(large.wakeUps).as("wake-ups, 1080p: %s", large).isLessThanOrEqualTo(large.frames);
        // A 1080p frame is 8 MB as RGB: anything proportional to it would show as megabytes here.
        assertThat(small.edtBytesPerPaint()).as("EDT per paint, 320x240: %s", small).isLessThan(16_384);
        assertThat(large.edtBytesPerPaint()).as("EDT per paint, 1080p: %s", large).isLessThan(16_384);
    }

    private static Measurement showAndMeasure(Path clip, Dimension size) {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(clip), unsynchronisedLoop())) {
            VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
            JFrame frame = Windows.show(video, size);
            try {
                player.controls().setLooping(true);
                player.controls().play();
                Thread edt = Windows.onEdt(Thread::currentThread);
                CountingEventQueue events = CountingEventQueue.push();
                try {
                    return measure(player, frameThread(), edt, video, events);
                } finally {
                    events.remove();
                }
            } finally {
                Windows.onEdt(frame::dispose);
            }
        }
    }

    private static PlayerOptions unsynchronisedLoop() {
        return PlayerOptions.defaults().withAudioEnabled(false).withClockSync(false);
    }

    private static Measurement measure(MediaPlayer player, Thread frameThread, Thread edt) {
        return measure(player, frameThread, edt, null, null);
    }

    private static Measurement measure(MediaPlayer player, Thread frameThread, Thread edt, VideoComponent video,
                                       CountingEventQueue events) {
        Await.until(TIMEOUT, () -> player.statistics().getFramesDelivered() > 300, () -> "warming up");
        Thread[] workers = ConversionPoolThreads.live();
        long frames0 = player.statistics().getFramesDelivered();
        long painted0 = video == null ? 0 : video.getRenderStatistics().getFramesRendered();
        long frameBytes0 = THREADS.getThreadAllocatedBytes(frameThread.getId());
        long edtBytes0 = edt == null ? 0 : THREADS.getThreadAllocatedBytes(edt.getId());
        long workerBytes0 = allocated(workers);
        if (events != null) {
            events.countPostsFrom(frameThread);
        }
        Await.until(TIMEOUT, () -> player.statistics().getFramesDelivered() >= frames0 + MEASURED_FRAMES,
                () -> "frames " + player.statistics().getFramesDelivered());
        long frameBytes = THREADS.getThreadAllocatedBytes(frameThread.getId()) - frameBytes0;
        long frames = player.statistics().getFramesDelivered() - frames0;
        long edtBytes = edt == null ? 0 : THREADS.getThreadAllocatedBytes(edt.getId()) - edtBytes0;
        long painted = video == null ? 0 : video.getRenderStatistics().getFramesRendered() - painted0;
        long wakeUps = events == null ? 0 : events.posts();
        return new Measurement(frames, frameBytes, allocated(workers) - workerBytes0, painted, edtBytes, wakeUps);
    }

    private static long allocated(Thread[] threads) {
        long sum = 0;
        for (Thread thread : threads) {
            sum += THREADS.getThreadAllocatedBytes(thread.getId());
        }
        return sum;
    }

    private static Thread frameThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("framepipe-frames-") && t.isAlive()).findFirst()
                .orElseThrow(() -> new AssertionError("no frame thread"));
    }

    /** What waking the EDT with {@code invokeLater} costs on a plain worker thread like the frame thread. */
    private static double bytesPerEdtWakeUpFromAWorkerThread() throws Exception {
        double[] result = new double[1];
        Thread worker = new Thread(() -> {
            Runnable nothing = () -> { };
            long id = Thread.currentThread().getId();
            for (int i = 0; i < 20_000; i++) {
                EventQueue.invokeLater(nothing);
            }
            int calls = 10_000;
            long before = THREADS.getThreadAllocatedBytes(id);
            for (int i = 0; i < calls; i++) {
                EventQueue.invokeLater(nothing);
            }
            result[0] = (THREADS.getThreadAllocatedBytes(id) - before) / (double) calls;
        }, "wake-up-cost");
        worker.start();
        worker.join();
        EventQueue.invokeAndWait(() -> { });
        return result[0];
    }

    /** Copies each frame's planes into reused arrays, like a renderer, without converting. */
    private static final class PlaneCopier implements FrameConsumer {
        private byte[] luma = new byte[0];
        private byte[] chroma = new byte[0];

        @Override
        public void onFrame(VideoFrame frame) {
            if (luma.length != frame.layout().planeSpan(0)) {
                luma = new byte[(int) frame.layout().planeSpan(0)];
                chroma = new byte[(int) frame.layout().planeSpan(1)];
            }
            frame.copyPlane(0, luma);
            frame.copyPlane(1, chroma);
        }
    }

    /** The counts of one measurement. */
    private static final class Measurement {
        private final long frames;
        private final long frameThreadBytes;
        private final long workerBytes;
        private final long painted;
        private final long edtBytes;
        private final long wakeUps;

        Measurement(long frames, long frameThreadBytes, long workerBytes, long painted, long edtBytes,
                    long wakeUps) {
            this.frames = frames;
            this.frameThreadBytes = frameThreadBytes;
            this.workerBytes = workerBytes;
            this.painted = painted;
            this.edtBytes = edtBytes;
            this.wakeUps = wakeUps;
        }

        double bytesPerWakeUp() {
            return wakeUps == 0 ? frameThreadBytes : frameThreadBytes / (double) wakeUps;
        }

        double bytesPerFrame() {
            return frameThreadBytes / (double) frames;
        }

        double edtBytesPerPaint() {
            return painted == 0 ? Double.MAX_VALUE : edtBytes / (double) painted;
        }

        @Override
        public String toString() {
            return String.format("%d frames, frame thread %d bytes (%.1f/frame), %d EDT wake-ups, workers %d bytes, "
                    + "%d paints, EDT %d bytes (%.0f/paint)", frames, frameThreadBytes, bytesPerFrame(), wakeUps,
                    workerBytes, painted, edtBytes, painted == 0 ? 0 : edtBytesPerPaint());
        }
    }
}
