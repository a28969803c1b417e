package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.time.Duration;

import javax.swing.ImageIcon;
import javax.swing.JLabel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.NumberedClips;
import dev.framepipe.player.testing.UiRobot;
import dev.framepipe.player.testing.Windows;

/**
 * The seek bar's preview, driven by a real pointer and keyboard over a clip whose frames show their number: hovering
 * shows the key frame at or before the time under the pointer, with that time; leaving hides it; the keyboard shows
 * it at the thumb; turned off, nothing shows.
 */
@ExtendWith(EdtChecked.class)
class SeekPreviewUiTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private MediaPlayer player;
    private UiRobot ui;

    @AfterEach
    void close() {
        if (ui != null) {
            ui.close();
        }
        if (player != null) {
            player.dispose();
        }
    }

    private PlayerControls open() {
        player = MediaPlayer.create(MediaSource.of(NumberedClips.h264(320, 180, 25, 200, 50)),
                PlayerOptions.defaults().withAudioEnabled(false));
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY && player.media().getDuration().isPresent(),
                () -> "status " + player.getStatus());
        PlayerControls controls = Windows.onEdt(() -> {
            PlayerControls made = new PlayerControls();
            made.setMediaPlayer(player);
            return made;
        });
        // Room above the bar for the popup inside the window.
        ui = UiRobot.show(controls, new Dimension(640, 320));
        return controls;
    }

    private JLabel label(String name) {
        return ui.robot().finder().findByName(name, JLabel.class, false);
    }

    @Test
    void hoveringShowsTheKeyFrameAtOrBeforeThePointersTimeAndLeavingHidesIt() {
        PlayerControls controls = open();
        SeekSlider slider = controls.getSeekSlider();
        int x = Windows.onEdt(() -> slider.getWidth() * 3 / 4);

        ui.robot().moveMouse(slider, new Point(x, slider.getHeight() / 2));

        int value = Windows.onEdt(() -> slider.valueAt(x));
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> label("seekPreviewPicture").getIcon() != null),
                () -> "no picture in the preview");
        BufferedImage shown = (BufferedImage) ((ImageIcon) Windows.onEdt(() -> label("seekPreviewPicture").getIcon()))
                .getImage();
        assertThat(NumberedClips.numberOf(shown)).as("the key frame at or before %d ms", value)
                .isEqualTo(value / 40 / 50 * 50);
        assertThat(shown.getWidth()).isEqualTo(160);
        assertThat(Windows.onEdt(() -> label("seekPreviewTime").getText()))
                .isEqualTo(TimeFormat.format(Duration.ofMillis(value)));
        String tooltip = Windows.onEdt(() -> slider.getToolTipText(new MouseEvent(slider, MouseEvent.MOUSE_MOVED, 0, 0,
                x, 5, 0, false)));
        assertThat(tooltip).as("no tooltip beside the preview").isNull();

        ui.robot().moveMouse(controls, new Point(4, controls.getHeight() - 4));
        Await.until(TIMEOUT, () -> !Windows.onEdt(slider.preview()::isShowing), () -> "the preview stays");
    }

    @Test
    void movingTheThumbWithTheKeyboardShowsThePreviewAtTheThumb() {
        PlayerControls controls = open();
        SeekSlider slider = controls.getSeekSlider();
        ui.robot().moveMouse(controls, new Point(4, controls.getHeight() - 4));
        Windows.onEdt(() -> {
            slider.requestFocusInWindow();
        });
        Await.until(TIMEOUT, () -> Windows.onEdt(slider::isFocusOwner), () -> "no focus");

        ui.robot().pressAndReleaseKeys(KeyEvent.VK_END);

        Await.until(TIMEOUT, () -> Windows.onEdt(slider.preview()::isShowing)
                && Windows.onEdt(() -> label("seekPreviewPicture").getIcon() != null), () -> "no preview");
        Await.until(TIMEOUT, () -> !Windows.onEdt(slider.preview()::isShowing), () -> "the preview stays");
    }

    @Test
    void turnedOffNothingShowsAndTheTooltipSaysTheTime() {
        PlayerControls controls = open();
        SeekSlider slider = controls.getSeekSlider();
        Windows.onEdt(() -> slider.setPreviewEnabled(false));

        ui.robot().moveMouse(slider, new Point(slider.getWidth() / 2, slider.getHeight() / 2));
        ui.robot().waitForIdle();

        assertThat(Windows.onEdt(slider.preview()::isShowing)).isFalse();
        String tooltip = Windows.onEdt(() -> slider.getToolTipText(new MouseEvent(slider, MouseEvent.MOUSE_MOVED, 0, 0,
                slider.getWidth() / 2, 5, 0, false)));
        assertThat(tooltip).matches("\\d+:\\d\\d");
    }
}
