package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.GridLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;
import javax.swing.JPanel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.PlayerThreads;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * Sixteen players at once, each in its own component in one window, playing a 3-second clip in real time: all of
 * them play to the end with frames on screen and no error, and afterwards every player thread and resource is gone.
 */
@ExtendWith(EdtChecked.class)
class ManyPlayersTest {
    private static final int PLAYERS = 16;
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void sixteenPlayersPlayAtOnce() {
        Leaks baseline = Leaks.baseline();
        MediaSource clip = MediaSource.of(TestClips.h264Small());
        List<MediaPlayer> players = new ArrayList<>();
        List<EventRecorder> events = new ArrayList<>();
        List<VideoComponent> components = new ArrayList<>();
        JFrame frame = null;
        try (PeakMemory memory = new PeakMemory()) {
            for (int i = 0; i < PLAYERS; i++) {
                MediaPlayer player = MediaPlayer.create(clip, PlayerOptions.defaults().withAudioEnabled(false));
                players.add(player);
                events.add(EventRecorder.attach(player));
                components.add(Windows.onEdt(() -> new VideoComponent(player)));
            }
            frame = Windows.show(grid(components), new Dimension(640, 480));
            assertThat(PlayerThreads.live()).hasSize(baseline.threadCount() + 2 * PLAYERS);
            long start = System.nanoTime();
            players.forEach(player -> player.controls().play());
            Await.until(BOUND, () -> events.stream().allMatch(e -> e.endOfMediaCount() == 1),
                    () -> "ended: " + events.stream().mapToInt(EventRecorder::endOfMediaCount).sum() + " of "
                            + PLAYERS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long delivered = players.stream().mapToLong(p -> p.statistics().getFramesDelivered()).sum();
            long dropped = players.stream().mapToLong(p -> p.statistics().getFramesDropped()).sum();
            long painted = players.stream().mapToLong(p -> p.statistics().getFramesRendered()).sum();
            System.out.println("[reliability] " + PLAYERS + " players at once, 3 s clip each | all ended in " + millis
                    + " ms; frames delivered " + delivered + "/" + PLAYERS * 90 + ", dropped " + dropped
                    + ", painted " + painted + "; peak RSS growth " + memory.peakGrowthMegabytes() + " MB");
            events.forEach(e -> assertThat(e.errors()).isEmpty());
            players.forEach(p -> assertThat(p.statistics().getFramesRendered()).as(p.toString()).isPositive());
            assertThat(millis).as("16 clips of 3 s played side by side").isLessThan(10_000);
        } finally {
            players.forEach(MediaPlayer::dispose);
            JFrame shown = frame;
            Windows.onEdt(() -> {
                components.forEach(VideoComponent::dispose);
                if (shown != null) {
                    shown.dispose();
                }
            });
        }
        baseline.awaitBackToBaseline(Duration.ofSeconds(5));
    }

    private static JPanel grid(List<VideoComponent> components) {
        return Windows.onEdt(() -> {
            JPanel grid = new JPanel(new GridLayout(4, 4));
            components.forEach(grid::add);
            return grid;
        });
    }
}
