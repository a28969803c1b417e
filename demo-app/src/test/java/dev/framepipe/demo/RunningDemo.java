package dev.framepipe.demo;

import java.awt.Dimension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.DisplayState;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.PlayerThreads;
import dev.framepipe.player.testing.Windows;

/**
 * The demo started as {@link DemoMain} starts it, with preferences in memory and a cache directory of the test's
 * own, driven through AssertJ Swing. Closing it closes the window and waits until its players are gone.
 */
final class RunningDemo implements AutoCloseable {
    /** Long enough for a clip to open on a busy two-core machine. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Small enough for Xvfb's default 640 × 480 screen, so every menu is on screen. */
    private static final Dimension WINDOW = new Dimension(640, 440);

    private final DemoApp app;
    private final FrameFixture window;
    private final DemoPreferences preferences;

    private RunningDemo(DemoApp app, FrameFixture window, DemoPreferences preferences) {
        this.app = app;
        this.window = window;
        this.preferences = preferences;
    }

    /**
     * Starts the demo.
     *
     * @param cacheDirectory where the built-in sample is kept
     * @param args           the command line
     * @return the running demo
     */
    static RunningDemo start(Path cacheDirectory, String... args) {
        return start(cacheDirectory, WINDOW, args);
    }

    /**
     * Starts the demo with a window of a given size.
     *
     * @param cacheDirectory where the built-in sample is kept
     * @param size           the window's size
     * @param args           the command line
     * @return the running demo
     */
    static RunningDemo start(Path cacheDirectory, Dimension size, String... args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(List.of(args));
        } catch (UsageException e) {
            throw new AssertionError("the test's command line is wrong", e);
        }
        DemoPreferences preferences = new DemoPreferences(new MemoryPreferences());
        preferences.setWindowSize(size);
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        DemoApp app = Windows.onEdt(() -> DemoApp.start(commandLine, preferences, cacheDirectory));
        return new RunningDemo(app, new FrameFixture(robot, app.window()), preferences);
    }

    FrameFixture window() {
        return window;
    }

    DemoPreferences preferences() {
        return preferences;
    }

    /**
     * Reads something from the application on the event dispatch thread.
     *
     * @param read what to read
     * @param <T>  its type
     * @return the value
     */
    <T> T read(Function<DemoApp, T> read) {
        return Windows.onEdt(() -> read.apply(app));
    }

    MediaPlayer player() {
        return read(demo -> demo.playerPanel().getMediaPlayer());
    }

    /**
     * Waits until an entry of the playlist plays and its pictures are on screen.
     *
     * @param title   the entry's title
     * @param timeout the longest wait
     */
    void awaitPlaying(String title, Duration timeout) {
        Await.until(timeout, () -> read(demo -> title.equals(currentTitle(demo))
                && demo.playerPanel().getMediaPlayer() != null
                && demo.playerPanel().getMediaPlayer().getStatus() == Status.PLAYING
                && demo.playerPanel().getVideoComponent().getDisplayState() == DisplayState.VIDEO),
                () -> read(demo -> "playing " + currentTitle(demo) + ", status " + (demo.playerPanel()
                        .getMediaPlayer() == null ? "no player" : demo.playerPanel().getMediaPlayer().getStatus())
                        + ", showing " + demo.playerPanel().getVideoComponent().getDisplayState()));
    }

    void awaitPlaying(String title) {
        awaitPlaying(title, TIMEOUT);
    }

    private static String currentTitle(DemoApp demo) {
        return demo.playlist().current().map(PlaylistEntry::title).orElse(null);
    }

    /** Closes the window, and waits until the players it showed have stopped. */
    @Override
    public void close() {
        window.cleanUp();
        Await.until(TIMEOUT, () -> PlayerThreads.live().isEmpty(), () -> "player threads " + PlayerThreads.live());
    }
}
