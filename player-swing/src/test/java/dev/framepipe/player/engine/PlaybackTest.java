package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.FrameRecorder;
import dev.framepipe.player.testing.TestClips;

class PlaybackTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void everyFrameArrivesWhenTheConsumerKeepsUp() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults().withAudioEnabled(false))) {
            EventRecorder events = EventRecorder.attach(player);
            FrameRecorder frames = new FrameRecorder();
            FrameSource.of(player).attach(frames);
            player.controls().play();
            events.awaitStatus(Status.PLAYING, TIMEOUT);
            dev.framepipe.player.testing.Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1,
                    () -> "events " + events + " frames " + frames.count());
            assertThat(frames.count()).isEqualTo(90);
            assertThat(events.statuses()).containsSubsequence(Status.READY, Status.PLAYING, Status.PAUSED);
            assertThat(events.offEdt()).isEmpty();
            System.out.println("layout " + frames.layout() + " media " + player.media().getVideoSize() + " dur "
                    + player.media().getDuration() + " events " + events);
        }
    }
}
