package dev.framepipe.player.swing;

import java.awt.Container;
import java.awt.Dimension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import javax.swing.JFrame;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ProcessMemory;
import dev.framepipe.player.testing.Windows;

/**
 * Drives a real {@link VideoComponent} in a real window through a looping clip, unsynchronised so frames come as
 * fast as they decode, and disturbs it every {@link #ACTION_EVERY} frames the way applications do: seeks, window
 * resizes, removal from the window and re-adding, and replacing the player with a newly opened one (the old one is
 * disposed). Every {@link #SAMPLE_EVERY} frames it samples what the process holds ({@link ResourceSample}): every
 * sample must respect a heap ceiling and the library's resource counters, and after warm-up, growth from the first
 * samples to the latest must stay within fixed bounds. The run stops at the first sample outside them, so a leak is
 * reported before it exhausts the test JVM.
 */
final class Soak {
    /** Frames between disturbances: "every few hundred frames". */
    static final int ACTION_EVERY = 200;
    /** Frames between samples. */
    static final int SAMPLE_EVERY = 1000;
    /**
     * Frames before growth is measured: every kind of disturbance has run eight times by then, classes are loaded,
     * caches filled, the hot paths compiled and the allocator's arenas at their working size (the resident set
     * settles between 5,000 and 9,000 frames here). Samples during warm-up check the heap ceiling and the library's
     * counters only.
     */
    static final int WARM_UP = 10_000;
    /** Samples in each window whose median is compared for growth. */
    static final int WINDOW = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path clip;
    private final RendererFactory renderers;
    private final Dimension[] sizes;
    private final Random random = new Random(6);
    private final List<ResourceSample> samples = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private long retiredFrames;
    private long retiredDropped;
    private int playersOpened;
    private MediaPlayer player;
    private VideoComponent video;
    private JFrame frame;

    /**
     * Prepares a soak.
     *
     * @param clip      the clip to loop
     * @param renderers makes the component's renderer (a leaky one for the negative control)
     * @param sizes     the window sizes to cycle through; the first is the initial size
     */
    Soak(Path clip, RendererFactory renderers, Dimension... sizes) {
        this.clip = clip;
        this.renderers = renderers;
        this.sizes = sizes.clone();
    }

    /**
     * Runs until {@code frames} frames were played or a sample exceeds the bounds, then disposes everything.
     *
     * @param frames frames to play; growth is checked from {@link #WARM_UP} + 5 × {@link #SAMPLE_EVERY} frames on
     * @return what happened
     */
    SoakReport run(long frames) {
        long xServer = ProcessMemory.xServerPid();
        ResourceSample start = ResourceSample.take(0, xServer);
        long began = System.nanoTime();
        List<String> violations = List.of();
        try {
            open();
            long nextSample = SAMPLE_EVERY;
            for (long nextAction = ACTION_EVERY; played() < frames && violations.isEmpty();
                    nextAction += ACTION_EVERY) {
                awaitFrames(nextAction);
                int action = (int) (nextAction / ACTION_EVERY);
                if (played() >= nextSample) {
                    // Sampled before the disturbance, so no player is opening or seeking at that moment.
                    nextSample += SAMPLE_EVERY;
                    violations = sample(start, xServer);
                }
                disturb(action);
            }
        } finally {
            close();
        }
        long seconds = Math.max(1, (System.nanoTime() - began) / 1_000_000_000L);
        ResourceSample end = ResourceSample.take(retiredFrames, xServer);
        return new SoakReport(samples, violations, end.liveDifferences(start), log, retiredFrames,
                retiredDropped, playersOpened, seconds);
    }

    /** Takes a sample and checks it, and once there are enough samples after warm-up, the growth. */
    private List<String> sample(ResourceSample start, long xServer) {
        ResourceSample sample = ResourceSample.take(played(), xServer);
        samples.add(sample);
        List<String> found = sample.violations(start);
        List<ResourceSample> settled = samples.stream().filter(s -> s.frames >= WARM_UP)
                .collect(Collectors.toList());
        if (settled.size() >= 2 * WINDOW) {
            found.addAll(ResourceSample.growth(settled.subList(0, WINDOW),
                    settled.subList(settled.size() - WINDOW, settled.size())));
        }
        return found;
    }

    private void open() {
        player = newPlayer();
        video = Windows.onEdt(() -> {
            VideoComponent component = new VideoComponent(renderers);
            component.setMediaPlayer(player);
            return component;
        });
        frame = Windows.show(video, sizes[0]);
        player.controls().play();
    }

    private MediaPlayer newPlayer() {
        MediaPlayer created = MediaPlayer.create(MediaSource.of(clip),
                PlayerOptions.defaults().withAudioEnabled(false).withClockSync(false));
        created.controls().setLooping(true);
        playersOpened++;
        return created;
    }

    /** Frames played by every player of the soak. */
    private long played() {
        return retiredFrames + player.statistics().getFramesDelivered();
    }

    private void awaitFrames(long target) {
        Await.until(TIMEOUT, () -> played() >= target, () -> "soak stalled at " + played() + " frames, player "
                + player.getStatus() + ", " + String.join("; ", log.subList(Math.max(0, log.size() - 3),
                log.size())));
    }

    /** The n-th disturbance: seek, resize, remove and re-add, seek, resize, replace the player; then again. */
    private void disturb(int n) {
        switch (n % 6) {
            case 0:
                replacePlayer();
                break;
            case 2:
                Windows.onEdt(() -> {
                    Container parent = video.getParent();
                    parent.remove(video);
                    parent.validate();
                    parent.add(video);
                    parent.validate();
                });
                record("removed and re-added");
                break;
            case 1:
            case 4:
                Dimension size = sizes[(n / 3) % sizes.length];
                Windows.onEdt(() -> {
                    frame.getContentPane().setPreferredSize(size);
                    frame.pack();
                });
                record("resized to " + size.width + "x" + size.height);
                break;
            default:
                long length = player.media().getDuration().orElse(Duration.ofSeconds(1)).toMillis();
                Duration target = Duration.ofMillis((long) (random.nextDouble() * length * 0.9));
                player.controls().seek(target);
                record("seek to " + target.toMillis() + " ms");
                break;
        }
    }

    private void replacePlayer() {
        MediaPlayer old = player;
        MediaPlayer next = newPlayer();
        Windows.onEdt(() -> video.setMediaPlayer(next));
        old.dispose();
        retiredFrames += old.statistics().getFramesDelivered();
        retiredDropped += old.statistics().getFramesDropped();
        player = next;
        next.controls().play();
        record("replaced the player (" + playersOpened + " opened)");
    }

    private void record(String action) {
        log.add(played() + ": " + action);
    }

    private void close() {
        if (frame != null) {
            Windows.onEdt(() -> {
                frame.dispose();
                video.dispose();
            });
        }
        if (player != null) {
            retiredFrames += player.statistics().getFramesDelivered();
            retiredDropped += player.statistics().getFramesDropped();
            player.dispose();
        }
    }
}
