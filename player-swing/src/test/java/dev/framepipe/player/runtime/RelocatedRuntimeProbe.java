package dev.framepipe.player.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * A program for {@link RelocatedRuntimeTest}: plays a clip in a fresh JVM until frames arrive, then prints how
 * GStreamer was found, how many frames were delivered, and every GStreamer file the process has mapped.
 */
public final class RelocatedRuntimeProbe {
    private RelocatedRuntimeProbe() {
    }

    /**
     * Plays a clip and reports.
     *
     * @param args the clip
     * @throws Exception if anything fails (printed by the JVM, and the test sees no report)
     */
    public static void main(String[] args) throws Exception {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(Path.of(args[0])));
        try {
            player.controls().play();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (player.statistics().getFramesDelivered() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            System.out.println("FOUND " + GStreamerRuntime.discovery().orElseThrow().location().orElseThrow()
                    .describe());
            System.out.println("FRAMES " + player.statistics().getFramesDelivered());
            Files.readAllLines(Path.of("/proc/self/maps")).stream().map(line -> line.replaceFirst("^(\\S+\\s+){5}", ""))
                    .filter(file -> file.contains("gst")).distinct().forEach(file -> System.out.println("MAPPED "
                            + file));
        } finally {
            player.dispose();
        }
    }
}
