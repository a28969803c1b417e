package dev.framepipe.player.testing;

import java.awt.Dimension;
import java.time.Duration;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.VideoPlayerPanel;

/**
 * A {@link VideoPlayerPanel} playing a source in a window of its own, driven by an AssertJ Swing robot: what the UI
 * tests of the control bar and the keys start from. Open it, use it, close it at the end of the test.
 */
public final class PanelUnderTest implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

    private final MediaPlayer player;
    private final VideoPlayerPanel panel;
    private final UiRobot ui;

    private PanelUnderTest(MediaPlayer player, VideoPlayerPanel panel, UiRobot ui) {
        this.player = player;
        this.panel = panel;
        this.ui = ui;
    }

    /**
     * Shows a panel for a new player and waits until the player is ready.
     *
     * @param source  what to play
     * @param options the player's options
     * @param size    the window's content size
     * @return the panel under test
     */
    public static PanelUnderTest open(MediaSource source, PlayerOptions options, Dimension size) {
        MediaPlayer player = MediaPlayer.create(source, options);
        VideoPlayerPanel panel = Windows.onEdt(() -> new VideoPlayerPanel(player));
        PanelUnderTest opened = new PanelUnderTest(player, panel, UiRobot.show(panel, size));
        Await.until(READY_TIMEOUT, () -> player.getStatus() == Status.READY, () -> "status " + player.getStatus());
        return opened;
    }

    /** @return the player */
    public MediaPlayer player() {
        return player;
    }

    /** @return the panel */
    public VideoPlayerPanel panel() {
        return panel;
    }

    /** @return the robot driving the window */
    public UiRobot ui() {
        return ui;
    }

    /** Closes the window, disposes the panel, then the player. */
    @Override
    public void close() {
        ui.close();
        Windows.onEdt(panel::dispose);
        player.dispose();
    }
}
