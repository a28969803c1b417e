package dev.framepipe.bench;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;
import javax.swing.WindowConstants;

import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.subtitle.SubtitleFile;
import dev.framepipe.player.swing.CaptionRendering;
import dev.framepipe.player.swing.CaptionStyle;
import dev.framepipe.player.swing.DisplayState;
import dev.framepipe.player.swing.RendererType;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.testing.TestClips;

/**
 * What captions cost: the EDT time of a paint of the video with a caption against the same paint without one, the
 * time from choosing another subtitle track to its caption being announced on the EDT, the CPU that blending
 * captions into the frames costs under the native X11 renderer, and the heap a large subtitle file takes. Run from the project root with {@code ./framepipe bench captions}.
 */
public final class CaptionBenchmarks {
    private static final int PAINTS = 600;
    private static final int SWITCHES = 20;
    private static final int BLEND_SECONDS = 10;
    private static final long BLEND_WARM_UP_MILLIS = 2_000;

    private CaptionBenchmarks() {
    }

    /**
     * Runs the measurements and prints them.
     *
     * @param args ignored
     * @throws Exception if the player or Swing fails
     */
    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("framepipe-captions");
        Path clip = Files.copy(TestClips.h264Hd20s(), folder.resolve("clip.mp4"));
        Files.writeString(folder.resolve("clip.en.srt"), "1\n00:00:00,000 --> 00:10:00,000\n"
                + "<i>Two lines of caption text,</i>\nas long as subtitles usually are\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("clip.de.srt"), "1\n00:00:00,000 --> 00:10:00,000\n"
                + "Zwei Zeilen Untertitel,\nso lang wie Untertitel meistens sind\n", StandardCharsets.UTF_8);
        MediaPlayer player = MediaPlayer.create(MediaSource.of(clip), PlayerOptions.defaults().withAudioEnabled(false)
                .withSubtitleLanguages(List.of("en")));
        VideoComponent video = new VideoComponent(player);
        JFrame window = show(video);
        awaitPicture(player, video);
        paintCost(video, player);
        switchLatency(player);
        EventQueue.invokeAndWait(window::dispose);
        player.dispose();
        blendCost(clip);
        memory(folder);
        System.exit(0);
    }

    private static void paintCost(VideoComponent video, MediaPlayer player) throws Exception {
        double withCaption = paints(video);
        EventQueue.invokeAndWait(() -> video.setCaptionStyle(CaptionStyle.defaults()
                .withBackground(new java.awt.Color(0, 0, 0, 160))));
        double withBox = paints(video);
        player.tracks().deselect(TrackType.SUBTITLE);
        awaitCaption(player, null);
        double without = paints(video);
        System.out.printf(Locale.ROOT, "Paint of 1280x720 video in 960x540 on the EDT, %d paints each, CPU ms per "
                + "paint:%n  without caption %.3f | two-line caption %.3f (%.2fx) | with box %.3f (%.2fx)%n",
                PAINTS, without, withCaption, withCaption / without, withBox, withBox / without);
    }

    /** EDT CPU per paint, after a warm-up. */
    private static double paints(VideoComponent video) throws Exception {
        double[] result = new double[1];
        EventQueue.invokeAndWait(() -> {
            Rectangle all = new Rectangle(video.getSize());
            for (int i = 0; i < PAINTS / 4; i++) {
                video.paintImmediately(all);
            }
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            for (int i = 0; i < PAINTS; i++) {
                video.paintImmediately(all);
            }
            java.awt.Toolkit.getDefaultToolkit().sync();
            result[0] = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6 / PAINTS;
        });
        return result[0];
    }

    /**
     * What blending captions into the frames costs under the native X11 renderer: this process's CPU per second of
     * 720p30 playback in a 960x540 window with a two-line caption, against the same without one (the compositor's
     * draw handler is then blocked).
     */
    private static void blendCost(Path clip) throws Exception {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(clip), PlayerOptions.defaults().withAudioEnabled(false)
                .withSubtitleLanguages(List.of("en")));
        player.controls().setLooping(true);
        VideoComponent[] made = new VideoComponent[1];
        EventQueue.invokeAndWait(() -> {
            made[0] = new VideoComponent(player);
            made[0].setRendererType(RendererType.LINUX_OVERLAY);
        });
        VideoComponent video = made[0];
        JFrame window = show(video);
        try {
            awaitPicture(player, video);
            if (video.getCaptionRendering() != CaptionRendering.FRAMES) {
                System.out.println("Caption blending under the native renderer: skipped, the renderer is "
                        + video.getActiveRenderer());
                return;
            }
            player.controls().play();
            Thread.sleep(BLEND_WARM_UP_MILLIS);
            double with = processCpuPerSecond();
            player.tracks().deselect(TrackType.SUBTITLE);
            awaitCaption(player, null);
            Thread.sleep(BLEND_WARM_UP_MILLIS);
            double without = processCpuPerSecond();
            System.out.printf(Locale.ROOT, "Captions blended into the frames under the X11 overlay renderer, 1280x720 "
                    + "at 30 fps in 960x540, process CPU ms per second over %d s:%n  without caption %.1f | "
                    + "two-line caption %.1f (%.2fx)%n", BLEND_SECONDS, without, with, with / without);
        } finally {
            EventQueue.invokeAndWait(window::dispose);
            player.dispose();
        }
    }

    private static double processCpuPerSecond() throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(BLEND_SECONDS));
        return (os.getProcessCpuTime() - cpu) / 1e6 / ((System.nanoTime() - wall) / 1e9);
    }

    private static void switchLatency(MediaPlayer player) throws Exception {
        BlockingQueue<Long> announced = new ArrayBlockingQueue<>(SWITCHES * 4);
        player.events().addPropertyChangeListener(PlayerProperties.CAPTION, event -> {
            if (event.getNewValue() != null) {
                announced.add(System.nanoTime());
            }
        });
        List<Track> subtitles = player.tracks().getTracks(TrackType.SUBTITLE);
        long[] millis = new long[SWITCHES];
        for (int i = 0; i < SWITCHES; i++) {
            announced.clear();
            long asked = System.nanoTime();
            player.tracks().select(subtitles.get(i % subtitles.size()));
            Long shown = announced.poll(5, TimeUnit.SECONDS);
            millis[i] = shown == null ? -1 : TimeUnit.NANOSECONDS.toMicros(shown - asked);
            Thread.sleep(50);
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "Subtitle track switch, choice to caption announced on the EDT, %d switches "
                + "while paused: p50 %.2f ms, max %.2f ms%n", SWITCHES, millis[SWITCHES / 2] / 1000.0,
                millis[SWITCHES - 1] / 1000.0);
    }

    private static void memory(Path folder) throws Exception {
        Path large = Files.writeString(folder.resolve("large.srt"), TestClips.largeSubRip(10 * 1024 * 1024),
                StandardCharsets.UTF_8);
        long before = usedHeap();
        long start = System.nanoTime();
        SubtitleFile file = SubtitleFile.read(large);
        long readMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long after = usedHeap();
        // Measured while the file is still in use.
        Reference.reachabilityFence(file);
        List<Caption> read = file.cues(0);
        System.out.printf(Locale.ROOT, "10 MB SubRip file (%d cues): read in %d ms, %.1f MB of heap kept (%.1fx the "
                + "file)%n", read.size(), readMillis, (after - before) / 1048576.0,
                (after - before) / (double) Files.size(large));
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static JFrame show(VideoComponent video) throws Exception {
        JFrame[] window = new JFrame[1];
        EventQueue.invokeAndWait(() -> {
            window[0] = new JFrame("caption benchmark");
            window[0].setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            video.setPreferredSize(new Dimension(960, 540));
            window[0].setContentPane(video);
            window[0].pack();
            window[0].setVisible(true);
        });
        return window[0];
    }

    private static void awaitPicture(MediaPlayer player, VideoComponent video) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            boolean[] shown = new boolean[1];
            EventQueue.invokeAndWait(() -> shown[0] = video.getDisplayState() == DisplayState.VIDEO
                    && player.getStatus() == Status.READY && player.tracks().getCaption().isPresent());
            if (shown[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no picture with a caption within 20 s");
    }

    private static void awaitCaption(MediaPlayer player, Caption wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && !player.tracks().getCaption().equals(java.util.Optional
                .ofNullable(wanted))) {
            Thread.sleep(20);
        }
    }
}
