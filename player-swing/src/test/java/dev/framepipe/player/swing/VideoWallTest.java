package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;

import javax.swing.JFrame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.PlayerThreads;
import dev.framepipe.player.testing.Windows;

/** A wall of four live cameras: each tile shows its own picture in its place of a 2×2 grid, and goes away cleanly. */
@ExtendWith(EdtChecked.class)
class VideoWallTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Color[] COLOURS = {new Color(0xC0392B), new Color(0x27AE60), new Color(0x2980B9),
        new Color(0xF1C40F)};

    private VideoWall wall;
    private JFrame frame;

    @AfterEach
    void close() {
        if (wall != null) {
            Windows.onEdt(wall::dispose);
        }
        if (frame != null) {
            Windows.onEdt(frame::dispose);
        }
    }

    @Test
    void fourLiveCamerasPlayInTheirOwnTiles() {
        wall = Windows.onEdt(() -> new VideoWall());
        List<MediaPlayer> players = Windows.onEdt(() -> {
            for (int i = 0; i < COLOURS.length; i++) {
                wall.add(MediaSource.ofPipeline(camera(COLOURS[i])), "Camera " + (i + 1));
            }
            return wall.getPlayers();
        });
        frame = Windows.show(wall, new Dimension(640, 360));
        Await.until(TIMEOUT, () -> players.stream().allMatch(player -> player.getStatus() == Status.PLAYING),
                () -> "statuses " + players.stream().map(MediaPlayer::getStatus).toArray());

        for (int i = 0; i < COLOURS.length; i++) {
            MediaPlayer player = players.get(i);
            VideoComponent tile = Windows.onEdt(() -> wall.getTile(player));
            int index = i;
            Await.until(TIMEOUT, () -> Windows.difference(tileCentre(tile), COLOURS[index]) <= 8,
                    () -> "tile " + index + " shows " + new Color(tileCentre(tile)));
            Rectangle bounds = Windows.onEdt(() -> tile.getBounds());
            assertThat(bounds.x < 320).as("tile %d in column %d", i, i % 2).isEqualTo(i % 2 == 0);
            assertThat(bounds.y < 180).as("tile %d in row %d", i, i / 2).isEqualTo(i / 2 == 0);
            assertThat(Windows.onEdt(() -> tile.getAccessibleContext().getAccessibleName()))
                    .isEqualTo("Camera " + (i + 1));
        }
        assertThat(players).allMatch(player -> player.media().isLive());

        Windows.onEdt(wall::dispose);
        assertThat(players).allMatch(player -> player.getStatus() == Status.DISPOSED);
        assertThat(Windows.onEdt(() -> wall.getComponentCount())).isZero();
        Await.until(TIMEOUT, () -> PlayerThreads.live().isEmpty(), () -> "threads " + PlayerThreads.live());
    }

    /** A live source of one solid colour, as a camera pointed at a wall of that colour. */
    private static String camera(Color colour) {
        return "videotestsrc is-live=true pattern=solid-color foreground-color=0xff"
                + String.format("%06x", colour.getRGB() & 0xFFFFFF) + " ! video/x-raw,width=320,height=180,"
                + "framerate=25/1 ! videoconvert ! appsink";
    }

    private static int tileCentre(VideoComponent tile) {
        BufferedImage image = Windows.capture(tile);
        return image.getRGB(image.getWidth() / 2, image.getHeight() / 2 + image.getHeight() / 4);
    }
}
