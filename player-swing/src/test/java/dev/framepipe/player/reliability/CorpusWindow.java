package dev.framepipe.player.reliability;

import java.awt.Dimension;
import java.time.Duration;

import javax.swing.JFrame;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.Windows;

/**
 * The window the input corpus is shown in: one {@link VideoComponent} on screen for a whole test class, given each
 * input's player in turn, as a viewer in an application is. Prints each outcome, for the reliability report.
 */
@ExtendWith(EdtChecked.class)
abstract class CorpusWindow {
    /**
     * How long any input may take to settle. Local files that GStreamer stalls on are reported by the player's
     * 8-second open watchdog, so this leaves room for that on a loaded machine.
     */
    static final Duration BOUND = Duration.ofSeconds(15);
    /** Audio off, so a machine without sound behaves like any other, and no clock: decoding as fast as it goes. */
    static final PlayerOptions FAST = PlayerOptions.defaults().withAudioEnabled(false).withClockSync(false);
    private static JFrame frame;
    private static VideoComponent video;

    @BeforeAll
    static void showComponent() {
        video = Windows.onEdt(() -> new VideoComponent());
        frame = Windows.show(video, new Dimension(320, 240));
    }

    @AfterAll
    static void closeWindow() {
        Windows.onEdt(() -> {
            video.dispose();
            frame.dispose();
        });
    }

    /**
     * Returns the component the inputs are shown in.
     *
     * @return the component; use it on the EDT
     */
    static VideoComponent component() {
        return video;
    }

    /**
     * Plays an input in the window to its end with the {@link #FAST} options, and prints the outcome.
     *
     * @param name   the case, as the report names it
     * @param source the input
     * @return the outcome
     */
    static Outcome play(String name, MediaSource source) {
        return play(name, source, FAST);
    }

    /**
     * Plays an input in the window with other options.
     *
     * @param name    the case
     * @param source  the input
     * @param options the player's options
     * @return the outcome
     */
    static Outcome play(String name, MediaSource source, PlayerOptions options) {
        return play(name, source, options, Scenario.NONE);
    }

    /**
     * Plays an input in the window, acting on the player while it plays or once it settled.
     *
     * @param name     the case
     * @param source   the input
     * @param options  the player's options
     * @param scenario what to do to the player
     * @return the outcome
     */
    static Outcome play(String name, MediaSource source, PlayerOptions options, Scenario scenario) {
        return play(name, source, options, scenario, Playthrough.Ending.HALTED_OR_ENDED);
    }

    /**
     * Plays an input that must fail until the player announces its halt, with the {@link #FAST} options.
     *
     * @param name   the case
     * @param source the input
     * @return the outcome; a time-out fails the test naming the events seen instead
     */
    static Outcome playToHalt(String name, MediaSource source) {
        return playToHalt(name, source, FAST, Scenario.NONE);
    }

    /**
     * Plays an input that must fail until the player announces its halt, acting on the player meanwhile.
     *
     * @param name     the case
     * @param source   the input
     * @param options  the player's options
     * @param scenario what to do to the player
     * @return the outcome
     */
    static Outcome playToHalt(String name, MediaSource source, PlayerOptions options, Scenario scenario) {
        return play(name, source, options, scenario, Playthrough.Ending.HALTED);
    }

    private static Outcome play(String name, MediaSource source, PlayerOptions options, Scenario scenario,
                                Playthrough.Ending ending) {
        Outcome outcome = Playthrough.play(video, source, options, BOUND, scenario, ending);
        System.out.println("[reliability] " + name + " | " + outcome);
        return outcome;
    }
}
