package dev.framepipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import javax.swing.JFrame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.VideoWall;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.PlayerThreads;
import dev.framepipe.player.testing.Windows;

/** {@code framepipe demo --wall} with nothing given: four live sample cameras play, and closing the window ends them. */
@ExtendWith(EdtChecked.class)
class WallWindowTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void theSampleWallPlaysFourLiveCamerasAndClosingEndsThem() {
        JFrame window = Windows.onEdt(() -> WallWindow.show(List.of()));
        VideoWall wall = (VideoWall) Windows.onEdt(window::getContentPane);
        List<MediaPlayer> players = Windows.onEdt(wall::getPlayers);
        try {
            assertThat(players).hasSize(4);
            Await.until(TIMEOUT, () -> players.stream().allMatch(player -> player.getStatus() == Status.PLAYING
                    && player.media().isLive() && player.getCurrentTime().toMillis() > 500),
                    () -> "statuses " + players.stream().map(MediaPlayer::getStatus).toArray());
            assertThat(Windows.onEdt(window::getTitle)).isEqualTo("Framepipe \u2014 wall of 4");
        } finally {
            Windows.onEdt(window::dispose);
        }
        Await.until(TIMEOUT, () -> players.stream().allMatch(player -> player.getStatus() == Status.DISPOSED),
                () -> "statuses after closing " + players.stream().map(MediaPlayer::getStatus).toArray());
        Await.until(TIMEOUT, () -> PlayerThreads.live().isEmpty(), () -> "threads " + PlayerThreads.live());
    }
}
