package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Duration;

import javax.swing.JFrame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.StubPlayer;
import dev.framepipe.player.testing.Windows;

/**
 * A player that is not the library's (an application's test double) in a real window: the component takes it,
 * shows its status and its error in words, and shows no picture.
 */
@ExtendWith(EdtChecked.class)
class ForeignPlayerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Color TEXT = new Color(0xDDDDDD);
    private final StubPlayer player = new StubPlayer(MediaSource.ofUri("https://example.invalid/stub.mp4"));
    private JFrame frame;

    @AfterEach
    void close() {
        Windows.onEdt(() -> frame.dispose());
    }

    @Test
    void itsStatusIsShownInWordsWithNoPicture() {
        VideoComponent video = showing();

        Windows.onEdt(() -> player.announceStatus(Status.PLAYING));

        assertThat(Windows.onEdt(video::getDisplayState)).isEqualTo(DisplayState.STATUS_ONLY);
        assertThat(Windows.onEdt(() -> video.getAccessibleContext().getAccessibleDescription())).isEqualTo("Playing");
        assertThat(Windows.onEdt(video::snapshot)).isEmpty();
        awaitWords(video);
    }

    @Test
    void itsErrorIsShownAsTheLibrarysOwnPlayersErrorsAre() {
        VideoComponent video = showing();
        MediaException failure = new MediaException(MediaException.Type.MEDIA_CORRUPTED,
                "https://example.invalid/stub.mp4", "the stub's media is corrupted");

        Windows.onEdt(() -> {
            player.announceStatus(Status.PLAYING);
            player.halt(failure);
        });

        assertThat(Windows.onEdt(video::getDisplayState)).isEqualTo(DisplayState.ERROR);
        assertThat(Windows.onEdt(() -> video.getAccessibleContext().getAccessibleDescription()))
                .isEqualTo("Error: the stub's media is corrupted");
        awaitWords(video);
    }

    private VideoComponent showing() {
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        frame = Windows.show(video, new Dimension(320, 240));
        return video;
    }

    /** Waits until the component has painted text in its foreground colour, where a picture would be. */
    private static void awaitWords(VideoComponent video) {
        Await.until(TIMEOUT, () -> textPixels(Windows.capture(video)) > 20,
                () -> "no text painted; showing " + Windows.onEdt(video::getDisplayState));
    }

    private static int textPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Windows.difference(image.getRGB(x, y), TEXT) <= 16) {
                    count++;
                }
            }
        }
        return count;
    }
}
