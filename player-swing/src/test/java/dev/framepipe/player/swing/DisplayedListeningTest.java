package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.nio.file.Path;

import javax.swing.JFrame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.StubPlayer;
import dev.framepipe.player.testing.Windows;

/**
 * The components of a {@link VideoPlayerPanel} follow their player only while they are displayable: a window that was
 * disposed leaves its player unfollowed (so the player sends nothing to the EDT and AWT can end), and shown again the
 * panel follows once more and shows what it missed.
 */
@ExtendWith(EdtChecked.class)
class DisplayedListeningTest {
    private JFrame frame;

    @AfterEach
    void close() {
        if (frame != null) {
            Windows.onEdt(() -> frame.dispose());
        }
    }

    @Test
    void aPanelFollowsItsPlayerOnlyWhileItsWindowIsDisplayable() {
        StubPlayer player = Windows.onEdt(() -> new StubPlayer(MediaSource.of(Path.of("clip.mp4"))));
        VideoPlayerPanel panel = Windows.onEdt(() -> new VideoPlayerPanel(player));
        assertThat(Windows.onEdt(player::isFollowed)).as("before it is shown").isFalse();

        frame = Windows.show(panel, new Dimension(480, 320));
        assertThat(Windows.onEdt(player::isFollowed)).as("shown").isTrue();

        assertThat(Windows.onEdt(() -> panel.getVideoComponent().getAccessibleContext().getAccessibleDescription()))
                .doesNotStartWith("Playing");
        Windows.onEdt(() -> frame.dispose());
        assertThat(Windows.onEdt(player::isFollowed)).as("its window disposed").isFalse();
        Windows.onEdt(() -> player.announceStatus(Status.PLAYING));

        Windows.onEdt(() -> frame.setVisible(true));
        assertThat(Windows.onEdt(player::isFollowed)).as("shown again").isTrue();
        assertThat(Windows.onEdt(() -> panel.getVideoComponent().getAccessibleContext().getAccessibleDescription()))
                .as("the status announced while it did not listen").startsWith("Playing");
    }
}
