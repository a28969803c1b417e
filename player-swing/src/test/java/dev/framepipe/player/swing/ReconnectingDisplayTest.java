package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.StreamOptions;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.PanelUnderTest;
import dev.framepipe.player.testing.RtspTestServer;
import dev.framepipe.player.testing.Windows;

/** A camera that drops: the last picture stays, "Reconnecting…" is shown and spoken, and the picture comes back. */
@ExtendWith(EdtChecked.class)
class ReconnectingDisplayTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RtspTestServer server = RtspTestServer.start(RtspTestServer.liveCamera(320, 240, 25));
    private PanelUnderTest opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
        server.close();
    }

    @Test
    void theLastPictureStaysWithReconnectingOverItUntilTheCameraIsBack() {
        opened = PanelUnderTest.open(MediaSource.of(server.uri()), PlayerOptions.defaults().withAudioEnabled(false)
                .withStreaming(StreamOptions.defaults().withReconnect(20, Duration.ofMillis(300),
                        Duration.ofMillis(600))), new Dimension(640, 480));
        VideoComponent video = opened.panel().getVideoComponent();
        opened.player().controls().play();
        Await.until(TIMEOUT, () -> opened.player().getStatus() == Status.PLAYING
                && Windows.onEdt(() -> video.getDisplayState()) == DisplayState.VIDEO, () -> "not playing");

        server.stop();
        Await.until(TIMEOUT, () -> opened.player().getStatus() == Status.RECONNECTING, () -> "status "
                + opened.player().getStatus());
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> opened.panel().getControls().getWaitingLabel().isShowing()),
                () -> "no reconnecting badge");
        assertThat(Windows.onEdt(() -> opened.panel().getControls().getWaitingLabel().getText()))
                .isEqualTo("Reconnecting\u2026");
        assertThat(Windows.onEdt(() -> video.getAccessibleContext().getAccessibleDescription()))
                .contains("Reconnecting");
        // Colour bars: the left-most bar is white, the third cyan, both still on screen beside the message (the
        // clock is drawn at the top left, the message in the middle).
        Rectangle picture = Windows.onEdt(() -> video.getVideoBounds());
        BufferedImage shot = Windows.capture(video);
        int y = picture.y + 2 * picture.height / 5;
        assertThat(Windows.difference(shot.getRGB(picture.x + picture.width / 14, y), Color.WHITE))
                .as("white bar kept").isLessThan(40);
        assertThat(Windows.difference(shot.getRGB(picture.x + 5 * picture.width / 14, y), Color.CYAN))
                .as("cyan bar kept").isLessThan(40);

        server.restart();
        Await.until(TIMEOUT, () -> opened.player().getStatus() == Status.PLAYING
                && !Windows.onEdt(() -> opened.panel().getControls().getWaitingLabel().isShowing()),
                () -> "status " + opened.player().getStatus());
    }
}
