package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import javax.swing.JFrame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackStatistics;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ProcessMemory;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * An application blocks the event dispatch thread for 3 seconds while a clip plays in real time. The frame thread
 * never waits for the EDT, so decoding goes on and each new frame replaces the one waiting to be painted: frames
 * are dropped, two frame images are all that is held, memory stays flat, the player counts the dropped frames, and
 * painting resumes when the EDT is free. Runs with the soak tests (a pre-touched heap, so resident memory means
 * something over seconds).
 */
@EnabledOnOs(OS.LINUX)
class BlockedEdtSoakTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long BLOCK_MILLIS = 3000;
    /**
     * Heap growth allowed over the block: frames queued for the blocked EDT would be 300 kB each here (85 of them
     * arrive, 25 MB), while a collection can still find some of the moment's objects live (events, listeners):
     * usually about 1 MB, once exactly 4.0 MB in CI, so the bound is 8 MB.
     */
    private static final long HEAP_BOUND = 8 * 1024 * 1024;
    private static final long RSS_BOUND = 4 * 1024 * 1024;
    @Test
    void blockingTheEventThreadDropsFramesHoldsNoMemoryAndPlaybackResumes() throws Exception {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults().withAudioEnabled(false))) {
            player.controls().setLooping(true);
            VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
            JFrame frame = Windows.show(video, new Dimension(320, 240));
            try {
                player.controls().play();
                blockAndMeasure(player, video);
            } finally {
                Windows.onEdt(frame::dispose);
            }
        }
    }

    private static void blockAndMeasure(MediaPlayer player, VideoComponent video) throws Exception {
        RenderStatistics rendering = video.getRenderStatistics();
        PlaybackStatistics playback = player.statistics();
        Await.until(TIMEOUT, () -> rendering.getFramesRendered() > 60,
                () -> "painted " + rendering.getFramesRendered());
        long heapBefore = ProcessMemory.heapAfterGc();
        long rssBefore = ProcessMemory.residentBytes();

        CountDownLatch blocked = new CountDownLatch(1);
        EventQueue.invokeLater(() -> {
            blocked.countDown();
            Await.sleep(BLOCK_MILLIS);
        });
        blocked.await();
        long painted0 = rendering.getFramesRendered();
        long delivered0 = playback.getFramesDelivered();
        long dropped0 = playback.getFramesDropped();
        long rssPeak = rssBefore;
        long blockEnd = System.nanoTime() + Duration.ofMillis(BLOCK_MILLIS - 200).toNanos();
        while (System.nanoTime() < blockEnd) {
            Await.sleep(100);
            rssPeak = Math.max(rssPeak, ProcessMemory.residentBytes());
        }
        long paintedDuringBlock = rendering.getFramesRendered() - painted0;
        long delivered = playback.getFramesDelivered() - delivered0;
        long dropped = playback.getFramesDropped() - dropped0;
        EventQueue.invokeAndWait(() -> { });
        long heapAfter = ProcessMemory.heapAfterGc();
        long paintedAfter = rendering.getFramesRendered();
        Await.until(TIMEOUT, () -> rendering.getFramesRendered() > paintedAfter + 30,
                () -> "painting did not resume: painted " + rendering.getFramesRendered());
        System.out.printf("EDT blocked for %d ms: %d frames delivered, %d dropped (player), %d painted; "
                        + "heap after GC %+d kB, RSS peak %+d kB%n", BLOCK_MILLIS, delivered, dropped,
                paintedDuringBlock, (heapAfter - heapBefore) / 1024, (rssPeak - rssBefore) / 1024);

        assertThat(paintedDuringBlock).as("nothing painted while the EDT is blocked").isZero();
        // At 30 fps about 80 frames arrive in 2.8 s; the decoder went on, the frames were dropped and counted.
        assertThat(delivered).as("frames delivered while the EDT was blocked").isGreaterThan(30);
        assertThat(dropped).as("frames dropped, as the player reports them").isBetween(delivered - 2, delivered + 2);
        assertThat(heapAfter - heapBefore).as("heap growth").isLessThan(HEAP_BOUND);
        assertThat(rssPeak - rssBefore).as("resident memory growth").isLessThan(RSS_BOUND);
    }
}
