package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ProcessStatus;
import dev.framepipe.player.testing.TestClips;

/**
 * Players opened until READY and disposed, a thousand times over: afterwards the player threads, the library's
 * resource counters, the process's threads, its resident memory and the Java heap are back where they were after
 * a warm-up, within small bounds. {@code -Dframepipe.cycles=N} runs N cycles instead.
 */
class OpenDisposeCycleTest {
    private static final int CYCLES = Integer.getInteger("framepipe.cycles", 1_000);
    private static final int WARM_UP = 50;
    private static final Duration READY_BOUND = Duration.ofSeconds(10);
    private static final PlayerOptions OPTIONS = PlayerOptions.defaults().withAudioEnabled(false);

    @Test
    void aThousandOpenDisposeCyclesLeaveNothingBehind() {
        MediaSource clip = MediaSource.of(TestClips.rawMatroska(2, 2, 10));
        MediaSource pipeline = MediaSource.ofPipeline("videotestsrc num-buffers=1 ! video/x-raw,width=16,height=16 "
                + "! videoconvert ! appsink");
        for (int i = 0; i < WARM_UP; i++) {
            cycle(i % 2 == 0 ? clip : pipeline);
        }
        Leaks baseline = Leaks.baseline();
        int processThreads = ProcessStatus.threads();
        long rss = settledResidentKilobytes();
        long heap = usedHeapAfterGc();
        long start = System.nanoTime();
        for (int i = 0; i < CYCLES; i++) {
            cycle(i % 2 == 0 ? clip : pipeline);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        baseline.awaitBackToBaseline(Duration.ofSeconds(5));
        long rssGrowth = (settledResidentKilobytes() - rss) / 1024;
        long heapGrowth = (usedHeapAfterGc() - heap) / (1024 * 1024);
        int threadGrowth = ProcessStatus.threads() - processThreads;
        System.out.println("[reliability] " + CYCLES + " open/dispose cycles (playbin on a 2x2 Matroska file and "
                + "a custom pipeline, alternately) | " + millis + " ms, " + millis * 1000 / CYCLES
                + " us per cycle; RSS " + signed(rssGrowth) + " MB, heap " + signed(heapGrowth) + " MB, process "
                + "threads " + signed(threadGrowth));
        assertThat(rssGrowth).as("RSS growth, MB").isLessThan(40);
        assertThat(heapGrowth).as("heap growth after GC, MB").isLessThan(8);
        assertThat(threadGrowth).as("process threads").isLessThanOrEqualTo(2);
    }

    private static void cycle(MediaSource source) {
        MediaPlayer player = MediaPlayer.create(source, OPTIONS);
        try {
            Await.until(READY_BOUND, () -> player.getStatus() == Status.READY, () -> player.toString());
        } finally {
            player.dispose();
        }
    }

    private static String signed(long value) {
        return (value >= 0 ? "+" : "") + value;
    }

    /** RSS once the allocator had a moment to return freed memory. */
    private static long settledResidentKilobytes() {
        System.gc();
        Await.sleep(200);
        return ProcessStatus.residentKilobytes();
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
