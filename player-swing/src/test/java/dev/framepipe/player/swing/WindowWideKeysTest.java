package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.time.Duration;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.UiRobot;
import dev.framepipe.player.testing.Windows;

/** Window-wide player keys: they work from anywhere in the window, and never while the user types. */
@ExtendWith(EdtChecked.class)
class WindowWideKeysTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private MediaPlayer player;
    private VideoPlayerPanel panel;
    private UiRobot ui;

    @BeforeEach
    void open() {
        player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults().withAudioEnabled(false));
        panel = Windows.onEdt(() -> new VideoPlayerPanel(player));
        JPanel window = Windows.onEdt(() -> {
            JPanel content = new JPanel(new BorderLayout());
            JTextField search = new JTextField();
            search.setName("search");
            JButton other = new JButton("Other");
            other.setName("other");
            content.add(search, BorderLayout.NORTH);
            content.add(panel, BorderLayout.CENTER);
            content.add(other, BorderLayout.SOUTH);
            PlayerKeyBindings.installWindowWide(panel, panel.getActions());
            return content;
        });
        ui = UiRobot.show(window, new Dimension(480, 400));
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY, () -> "status " + player.getStatus());
    }

    @AfterEach
    void close() {
        ui.close();
        Windows.onEdt(panel::dispose);
        player.dispose();
    }

    @Test
    void typingInATextFieldOfTheWindowLeavesThePlayerAlone() {
        ui.window().textBox("search").enterText("ml m");
        ui.window().textBox("search").requireText("ml m");
        Await.sleep(300);
        assertThat(player.audio().isMuted()).isFalse();
        assertThat(player.controls().isLooping()).isFalse();
        assertThat(player.getStatus()).isEqualTo(Status.READY);
    }

    @Test
    void theKeysWorkWhileAnotherPartOfTheWindowHasTheFocus() {
        ui.window().button("other").focus();
        ui.robot().pressAndReleaseKeys(KeyEvent.VK_M);
        Await.until(TIMEOUT, () -> player.audio().isMuted(), () -> "not muted");
        ui.robot().pressAndReleaseKeys(KeyEvent.VK_L);
        Await.until(TIMEOUT, () -> player.controls().isLooping(), () -> "not looping");
    }
}
