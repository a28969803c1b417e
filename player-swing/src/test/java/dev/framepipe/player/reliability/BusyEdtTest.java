package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.RenderStatistics;
import dev.framepipe.player.testing.Await;

/**
 * An application that blocks its event dispatch thread for seconds in the middle of playback: decoding goes on,
 * frames that cannot be painted are skipped by the renderer (counted in its statistics) rather than queued, memory
 * stays flat, and painting resumes at once.
 */
class BusyEdtTest extends CorpusWindow {
    private static final long BLOCK_MILLIS = 3_000;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void blockingTheEdtForThreeSecondsSkipsFramesAndPlaybackGoesOn() {
        String description = "videotestsrc pattern=ball num-buffers=240 ! video/x-raw,width=640,height=360,"
                + "framerate=30/1 ! videoconvert ! appsink";
        long[] during = new long[5];
        Outcome outcome = play("EDT blocked for 3 s during 640x360 playback", MediaSource.ofPipeline(description),
                PlayerOptions.defaults(), Scenario.whilePlaying(player -> blockTheEdt(player, during)));
        Playthrough.shown(outcome);
        long delivered = during[0];
        long painted = during[1];
        long skipped = during[2];
        long rssGrowth = during[3];
        long dropped = during[4];
        System.out.println("[reliability] EDT blocked 3 s | frames delivered meanwhile " + delivered + ", painted "
                + painted + ", skipped by the renderer " + skipped + "; in all " + outcome.framesDelivered()
                + "/240 delivered, " + dropped + " dropped; RSS growth " + rssGrowth + " MB");
        assertThat(delivered).as("frames decoded while the EDT was blocked").isGreaterThan(60);
        assertThat(painted).as("frames painted while the EDT was blocked").isLessThanOrEqualTo(1);
        assertThat(skipped).as("frames skipped, not queued").isGreaterThan(delivered - 10);
        assertThat(rssGrowth).as("RSS growth while blocked, MB").isLessThan(30);
        // The frame thread never waits for the EDT, so the block itself makes the appsink drop nothing: the
        // renderer skips instead. A loaded machine may still drop a few frames at any time.
        assertThat(dropped).as("frames dropped before the frame thread").isLessThan(delivered / 2);
    }

    /** Blocks the EDT once frames are on screen, and records what happened meanwhile and right after. */
    private static void blockTheEdt(MediaPlayer player, long[] during) {
        Await.until(WAIT, () -> player.statistics().getFramesRendered() >= 10, () -> "no frames painted");
        RenderStatistics rendering = component().getRenderStatistics();
        CountDownLatch blocked = new CountDownLatch(1);
        long delivered = player.statistics().getFramesDelivered();
        long painted = player.statistics().getFramesRendered();
        long skipped = rendering.framesSkipped();
        try (PeakMemory memory = new PeakMemory()) {
            EventQueue.invokeLater(() -> {
                blocked.countDown();
                Await.sleep(BLOCK_MILLIS);
            });
            Await.until(WAIT, () -> blocked.getCount() == 0, () -> "the EDT never ran the blocking task");
            Await.sleep(BLOCK_MILLIS - 200);
            during[0] = player.statistics().getFramesDelivered() - delivered;
            during[1] = player.statistics().getFramesRendered() - painted;
            during[2] = rendering.framesSkipped() - skipped;
            during[3] = memory.peakGrowthMegabytes();
        }
        long afterBlock = player.statistics().getFramesRendered();
        Await.until(WAIT, () -> player.statistics().getFramesRendered() > afterBlock + 5,
                () -> "painting did not resume");
        assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
        during[4] = player.statistics().getFramesDropped();
    }
}
