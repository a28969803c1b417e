package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.time.Duration;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * The control bar in a small tile, as in a camera wall: it gives up the volume slider, then the rate button and the
 * other less used controls, and keeps play, time, mute and full screen whole and inside the bar down to 240 pixels.
 */
@ExtendWith(EdtChecked.class)
class NarrowControlsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private MediaPlayer player;
    private VideoPlayerPanel panel;
    private JFrame frame;

    @AfterEach
    void close() {
        if (frame != null) {
            Windows.onEdt(frame::dispose);
            Windows.onEdt(panel::dispose);
        }
        if (player != null) {
            player.dispose();
        }
    }

    @Test
    void theBarGivesUpTheLesserControlsAsItNarrowsAndTakesThemBack() {
        open(TestClips.multiTrackMkv());
        Await.until(TIMEOUT, () -> shown("tracks"), () -> "no track button");

        resize(900);
        assertThat(shownNames()).contains("PLAY_PAUSE", "STOP", "STEP_BACKWARD", "STEP_FORWARD", "time", "LOOP",
                "tracks", "rate", "MUTE", "volume", "FULL_SCREEN");

        resize(496);
        assertThat(shown("FULL_SCREEN")).as("full screen in a 496 px tile").isTrue();
        assertInsideTheBar("PLAY_PAUSE", "time", "MUTE", "FULL_SCREEN");
        assertThat(shown("volume")).as("the volume slider goes first").isFalse();

        resize(240);
        assertThat(shownNames()).contains("PLAY_PAUSE", "time", "MUTE", "FULL_SCREEN")
                .doesNotContain("volume", "rate", "LOOP", "STEP_BACKWARD", "STEP_FORWARD");
        assertInsideTheBar("PLAY_PAUSE", "time", "MUTE", "FULL_SCREEN");
        assertThat(Windows.onEdt(() -> panel.getControls().getMinimumSize().width)).isLessThanOrEqualTo(240);

        resize(900);
        assertThat(shownNames()).contains("volume", "rate", "LOOP", "STEP_BACKWARD", "STOP", "tracks");
    }

    @Test
    void withoutAChoiceOfTracksTheTrackButtonStaysHiddenWhateverTheWidth() {
        open(TestClips.h264Small());

        resize(240);
        resize(1200);
        assertThat(shown("tracks")).isFalse();
        assertThat(shown("volume")).isTrue();
    }

    /** Gives the panel a width inside the window, as a grid gives its tiles. */
    private void resize(int width) {
        Windows.onEdt(() -> {
            panel.setPreferredSize(new Dimension(width, 400));
            panel.revalidate();
            frame.validate();
        });
        assertThat(Windows.onEdt(panel::getWidth)).isEqualTo(width);
    }

    /**
     * Shows a player panel 900 pixels wide in a holder that gives it its preferred size, so each width can be set
     * without resizing the window, and waits until the player is ready.
     */
    private void open(java.nio.file.Path clip) {
        player = MediaPlayer.create(MediaSource.of(clip), PlayerOptions.defaults().withAudioEnabled(false));
        panel = Windows.onEdt(() -> new VideoPlayerPanel(player));
        JPanel holder = Windows.onEdt(() -> {
            JPanel tiles = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
            panel.setPreferredSize(new Dimension(900, 400));
            tiles.add(panel);
            return tiles;
        });
        frame = Windows.show(holder, new Dimension(1300, 420));
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY, () -> "status " + player.getStatus());
    }

    private boolean shown(String name) {
        return Windows.onEdt(() -> find(panel.getControls(), name).isShowing());
    }

    private java.util.List<String> shownNames() {
        return Windows.onEdt(() -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            collect(panel.getControls(), names);
            return names;
        });
    }

    private static void collect(Container container, java.util.List<String> names) {
        for (Component child : container.getComponents()) {
            if (child.getName() != null && child.isShowing() && child.getWidth() > 0) {
                names.add(child.getName());
            }
            if (child instanceof Container) {
                collect((Container) child, names);
            }
        }
    }

    /** Each control is shown whole within the bar's width: a user can see and click all of it. */
    private void assertInsideTheBar(String... names) {
        Windows.onEdt(() -> {
            PlayerControls controls = panel.getControls();
            Rectangle bar = new Rectangle(0, 0, controls.getWidth(), controls.getHeight());
            for (String name : names) {
                Component control = find(controls, name);
                Rectangle bounds = SwingUtilities.convertRectangle(control.getParent(), control.getBounds(),
                        controls);
                assertThat(control.isShowing()).as(name + " shown").isTrue();
                assertThat(bar.contains(bounds)).as("%s at %s inside the bar %s", name, bounds, bar).isTrue();
            }
        });
    }

    private static Component find(Container container, String name) {
        for (Component child : container.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container) {
                Component found = find((Container) child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
