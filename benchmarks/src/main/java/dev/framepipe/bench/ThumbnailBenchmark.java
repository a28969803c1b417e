package dev.framepipe.bench;

import java.awt.Dimension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.freedesktop.gstreamer.Format;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.elements.AppSink;
import org.freedesktop.gstreamer.event.SeekFlags;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.Thumbnail;
import dev.framepipe.player.Thumbnails;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.testing.ProcessMemory;
import dev.framepipe.player.testing.TestClips;

/**
 * Seek-preview pictures while the same clip plays in a window: the time from a hover (a request for a 160×90
 * picture at a random time) to the picture, fast and accurate, against GStreamer doing the same request itself
 * (a paused {@code uridecodebin ! videoconvert ! videoscale} into RGB at 160×90, flushing seek, pull the preroll:
 * what playbin's {@code convert-sample} snapshot does), in the same run; the frames playback drops while the
 * pointer hovers continuously; and the memory after 10,000 hovers over a 10-minute clip. Run from the project root
 * with {@code ./framepipe bench thumbnails} ({@code -Dbench.runs=N} requests per row, 200 by default;
 * {@code -Dbench.hovers=N} for the memory row, 10,000 by default).
 */
public final class ThumbnailBenchmark {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 90;
    private static final long CONTINUOUS_MILLIS = 10_000;
    private static final long HOVER_INTERVAL_MILLIS = 16;
    private static final Random RANDOM = new Random(42);

    private ThumbnailBenchmark() {
    }

    /**
     * Runs the measurements and prints them.
     *
     * @param args ignored
     * @throws Exception if a measurement fails
     */
    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 200);
        Path clip = TestClips.clip("bench-1080p30-key2s-60s.mp4", "videotestsrc num-buffers=1800 pattern=ball "
                + "! video/x-raw,width=1920,height=1080,framerate=30/1 ! timeoverlay font-desc=\"Sans 48\" "
                + "! videoconvert ! video/x-raw,format=I420 ! x264enc speed-preset=ultrafast key-int-max=60 bframes=0 "
                + "! h264parse ! mp4mux ! filesink location=%s");
        MediaPlayer playing = MediaPlayer.create(MediaSource.of(clip), PlayerOptions.defaults()
                .withAudioEnabled(false));
        JFrame window = show(playing);
        playing.controls().setCycleCount(PlaybackControls.INDEFINITE);
        playing.controls().play();
        Thread.sleep(3000);
        System.out.printf(Locale.ROOT, "hover to picture, %d×%d from a 1920×1080 H.264 clip (30 fps, key frame every 2 s)"
                + " playing at 960×540 in the same JVM, %d requests per row at random times%n", WIDTH, HEIGHT, runs);
        System.out.println("| path | mode | p50 ms | p95 ms | max ms | playback frames dropped meanwhile |");
        System.out.println("|---|---|---|---|---|---|");
        for (SeekMode mode : List.of(SeekMode.FAST, SeekMode.ACCURATE)) {
            long dropped = playing.statistics().getFramesDropped();
            List<Long> millis = framepipe(playing.thumbnails(), mode, runs);
            row("Framepipe thumbnails", mode, millis, playing.statistics().getFramesDropped() - dropped);
            dropped = playing.statistics().getFramesDropped();
            millis = gstreamer(clip, mode, runs);
            row("GStreamer: videoconvert ! videoscale, pull preroll (reference)", mode, millis,
                    playing.statistics().getFramesDropped() - dropped);
        }
        long rendered = playing.statistics().getFramesRendered();
        long dropped = playing.statistics().getFramesDropped();
        int hovers = continuousHover(playing.thumbnails());
        System.out.printf(Locale.ROOT, "%ncontinuous hover, %d s (a request every %d ms, %d requests): %d frames "
                + "shown, %d dropped; before, without hovering: see the rows above%n", CONTINUOUS_MILLIS / 1000,
                HOVER_INTERVAL_MILLIS, hovers, playing.statistics().getFramesRendered() - rendered,
                playing.statistics().getFramesDropped() - dropped);
        SwingUtilities.invokeAndWait(window::dispose);
        playing.dispose();
        memory(Integer.getInteger("bench.hovers", 10_000));
        System.exit(0);
    }

    private static JFrame show(MediaPlayer player) throws Exception {
        JFrame[] window = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            window[0] = new JFrame("thumbnail benchmark");
            VideoComponent video = new VideoComponent(player);
            video.setPreferredSize(new Dimension(960, 540));
            window[0].add(video);
            window[0].pack();
            window[0].setVisible(true);
        });
        return window[0];
    }

    /** Isolated hovers: one request, its picture, a pause, the next. */
    private static List<Long> framepipe(Thumbnails thumbnails, SeekMode mode, int runs) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            thumbnails.request(Thumbnails.SEEK_PREVIEW_SLOT, randomTime(60_000), WIDTH, HEIGHT, mode)
                    .get(30, TimeUnit.SECONDS);
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            Thread.sleep(50);
        }
        return millis;
    }

    /** The same requests made by GStreamer alone. */
    private static List<Long> gstreamer(Path clip, SeekMode mode, int runs) throws Exception {
        Pipeline pipeline = (Pipeline) Gst.parseLaunch("uridecodebin uri=" + clip.toUri() + " ! videoconvert "
                + "! videoscale ! video/x-raw,format=RGBx,width=" + WIDTH + ",height=" + HEIGHT
                + " ! appsink name=sink sync=false");
        AppSink sink = (AppSink) pipeline.getElementByName("sink");
        pipeline.setState(State.PAUSED);
        pipeline.getState(TimeUnit.SECONDS.toNanos(10));
        sink.pullPreroll().dispose();
        EnumSet<SeekFlags> flags = mode == SeekMode.FAST
                ? EnumSet.of(SeekFlags.FLUSH, SeekFlags.KEY_UNIT, SeekFlags.SNAP_BEFORE)
                : EnumSet.of(SeekFlags.FLUSH, SeekFlags.ACCURATE);
        List<Long> millis = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                pipeline.seekSimple(Format.TIME, flags, randomTime(60_000).toNanos());
                Sample sample = sink.pullPreroll();
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                sample.dispose();
                Thread.sleep(50);
            }
        } finally {
            pipeline.setState(State.NULL);
            pipeline.dispose();
        }
        return millis;
    }

    /** The pointer moving over the bar: a request in the preview slot every 16 ms. */
    private static int continuousHover(Thumbnails thumbnails) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CONTINUOUS_MILLIS);
        int requests = 0;
        CompletableFuture<Thumbnail> last = null;
        while (System.nanoTime() < end) {
            last = thumbnails.request(Thumbnails.SEEK_PREVIEW_SLOT, randomTime(60_000), WIDTH, HEIGHT,
                    SeekMode.FAST);
            requests++;
            Thread.sleep(HOVER_INTERVAL_MILLIS);
        }
        if (last != null) {
            last.exceptionally(error -> null).join();
        }
        return requests;
    }

    /** Hovers over a 10-minute clip, with the resident and heap memory at the start and the end. */
    private static void memory(int hovers) throws Exception {
        Path clip = TestClips.clip("bench-360p30-key2s-10min.mp4", "videotestsrc num-buffers=18000 pattern=ball "
                + "! video/x-raw,width=640,height=360,framerate=30/1 ! timeoverlay ! videoconvert "
                + "! video/x-raw,format=I420 ! x264enc speed-preset=ultrafast key-int-max=60 bframes=0 ! h264parse "
                + "! mp4mux ! filesink location=%s");
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(clip), PlayerOptions.defaults()
                .withAudioEnabled(false))) {
            while (player.getStatus() != Status.READY) {
                Thread.sleep(10);
            }
            Thumbnails thumbnails = player.thumbnails();
            List<String> rows = new ArrayList<>();
            long peakRss = 0;
            long begin = System.nanoTime();
            for (int i = 1; i <= hovers; i++) {
                thumbnails.request(Thumbnails.SEEK_PREVIEW_SLOT, randomTime(600_000), WIDTH, HEIGHT, SeekMode.FAST)
                        .get(30, TimeUnit.SECONDS);
                if (i % 100 == 0) {
                    peakRss = Math.max(peakRss, ProcessMemory.residentBytes());
                }
                if (i % Math.max(1, hovers / 4) == 0) {
                    long[] now = memoryNow();
                    rows.add(String.format(Locale.ROOT, "| %d hovers | %.1f | %.1f |", i, now[0] / 1048576.0,
                            now[1] / 1048576.0));
                }
            }
            System.out.printf(Locale.ROOT, "%nmemory, %d hovers (fast, %d×%d) over a 10-minute 640×360 clip in %d s;"
                    + " cache bound %d MiB%n", hovers, WIDTH, HEIGHT,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin),
                    PlayerOptions.DEFAULT_THUMBNAIL_CACHE_BYTES >> 20);
            System.out.println("| after | RSS MiB | heap after GC MiB |");
            System.out.println("|---|---|---|");
            rows.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "| peak (sampled every 100) | %.1f | |%n", peakRss / 1048576.0);
        }
    }

    private static long[] memoryNow() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        Runtime runtime = Runtime.getRuntime();
        return new long[] {ProcessMemory.residentBytes(), runtime.totalMemory() - runtime.freeMemory()};
    }

    private static Duration randomTime(long rangeMillis) {
        return Duration.ofMillis((long) (RANDOM.nextDouble() * (rangeMillis - 100)));
    }

    private static void row(String path, SeekMode mode, List<Long> millis, long dropped) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %d |%n", path, mode.name().toLowerCase(Locale.ROOT),
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1), dropped);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
