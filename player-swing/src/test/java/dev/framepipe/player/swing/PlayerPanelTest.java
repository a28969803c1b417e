package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;

import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.JComponent;

import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JSliderFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.PlayerActions.Command;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.UiRobot;
import dev.framepipe.player.testing.Windows;

/**
 * The player panel driven with mouse and keyboard as a user would, on a 12-second clip: buttons, sliders, every key,
 * the speed menu, mnemonics and what assistive technology reads.
 */
@ExtendWith(EdtChecked.class)
class PlayerPanelTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** One frame of the 30 fps clip, and a little more for rounding to milliseconds. */
    private static final long FRAME_MILLIS = 34;
    private MediaPlayer player;
    private VideoPlayerPanel panel;
    private UiRobot ui;
    private FrameFixture window;

    @BeforeEach
    void open() {
        player = MediaPlayer.create(MediaSource.of(TestClips.h264Long()),
                PlayerOptions.defaults().withAudioEnabled(false));
        panel = Windows.onEdt(() -> new VideoPlayerPanel(player));
        ui = UiRobot.show(panel, new Dimension(640, 420));
        window = ui.window();
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY
                && Windows.onEdt(panel.getVideoComponent()::getDisplayState) == DisplayState.VIDEO,
                () -> "status " + player.getStatus());
    }

    @AfterEach
    void close() {
        ui.close();
        Windows.onEdt(panel::dispose);
        player.dispose();
    }

    @Test
    void clickingPlayPlaysAndTheTimeRunsClickingAgainPauses() {
        window.button(Command.PLAY_PAUSE.name()).click();
        awaitStatus(Status.PLAYING);
        String before = window.label("time").text();
        Await.until(TIMEOUT, () -> !window.label("time").text().equals(before), () -> "time stuck at " + before);
        assertThat(window.label("time").text()).endsWith(" / 0:12");
        assertThat(accessibleName(Command.PLAY_PAUSE)).isEqualTo("Pause");

        window.button(Command.PLAY_PAUSE.name()).click();
        awaitStatus(Status.PAUSED);
        assertThat(accessibleName(Command.PLAY_PAUSE)).isEqualTo("Play");
    }

    @Test
    void draggingThePositionSliderShowsTheFrameThere() {
        JSliderFixture slider = window.slider("position");
        slider.slideTo(6_000);
        int target = slider.target().getValue();
        assertThat(target).isCloseTo(6_000, offset(300));
        awaitPosition(target, FRAME_MILLIS);
        assertThat(player.getStatus()).isNotEqualTo(Status.PLAYING);
    }

    @Test
    void clickingThePositionSliderJumpsThere() {
        JSliderFixture slider = window.slider("position");
        int x = Windows.onEdt(() -> xOfValue((SeekSlider) slider.target(), 9_000));
        slider.robot().click(slider.target(), new Point(x, slider.target().getHeight() / 2));
        awaitPosition(Windows.onEdt(slider.target()::getValue), FRAME_MILLIS);
        assertThat(player.getCurrentTime().toMillis()).isCloseTo(9_000L, offset(300L));
    }

    @Test
    void everyPlayerKeyWorksOnTheFocusedVideo() {
        focusVideo();
        press(KeyEvent.VK_SPACE);
        awaitStatus(Status.PLAYING);
        press(KeyEvent.VK_SPACE);
        awaitStatus(Status.PAUSED);

        player.controls().seek(Duration.ofSeconds(3), SeekMode.ACCURATE);
        awaitPosition(3_000, 1);
        press(KeyEvent.VK_RIGHT);
        awaitPosition(8_000, FRAME_MILLIS);
        press(KeyEvent.VK_LEFT);
        awaitPosition(3_000, FRAME_MILLIS);
        press(KeyEvent.VK_PERIOD);
        awaitPosition(3_033, 2);
        press(KeyEvent.VK_COMMA);
        awaitPosition(3_000, 2);

        player.audio().setVolume(0.5);
        press(KeyEvent.VK_UP);
        Await.until(TIMEOUT, () -> Math.abs(player.audio().getVolume() - 0.6) < 1e-9, this::volume);
        press(KeyEvent.VK_DOWN);
        press(KeyEvent.VK_DOWN);
        Await.until(TIMEOUT, () -> Math.abs(player.audio().getVolume() - 0.4) < 1e-9, this::volume);
        press(KeyEvent.VK_M);
        Await.until(TIMEOUT, () -> player.audio().isMuted(), this::volume);
        press(KeyEvent.VK_L);
        Await.until(TIMEOUT, () -> player.controls().isLooping(), () -> "not looping");

        press(KeyEvent.VK_F);
        Await.until(TIMEOUT, () -> Windows.onEdt(panel::isFullScreen), () -> "not full screen");
        press(KeyEvent.VK_ESCAPE);
        Await.until(TIMEOUT, () -> !Windows.onEdt(panel::isFullScreen), () -> "still full screen");
        assertThat(Windows.onEdt(() -> javax.swing.SwingUtilities.getWindowAncestor(panel)))
                .isSameAs(window.target());
    }

    @Test
    void theKeysStillWorkWhileASliderHasTheFocus() {
        window.slider("volume").focus();
        press(KeyEvent.VK_SPACE);
        awaitStatus(Status.PLAYING);
        // The arrow keys seek, as everywhere in the player, instead of moving the focused volume slider.
        press(KeyEvent.VK_LEFT);
        assertThat(player.audio().getVolume()).isEqualTo(1.0);
    }

    @Test
    void theVolumeSliderAndTheMuteButtonSetTheSound() {
        window.slider("volume").slideTo(30);
        Await.until(TIMEOUT, () -> Math.abs(player.audio().getVolume() - 0.30) < 0.02, this::volume);

        window.toggleButton(Command.MUTE.name()).click();
        Await.until(TIMEOUT, () -> player.audio().isMuted(), this::volume);
        window.toggleButton(Command.MUTE.name()).requireSelected();
        window.toggleButton(Command.MUTE.name()).click();
        Await.until(TIMEOUT, () -> !player.audio().isMuted(), this::volume);
        window.toggleButton(Command.MUTE.name()).requireNotSelected();

        player.audio().setVolume(0.8);
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> panel.getControls().getVolumeSlider().getValue()) == 80,
                () -> "slider " + window.slider("volume").target().getValue());
    }

    @Test
    void theSpeedMenuSetsTheRateAndTheButtonShowsIt() {
        window.button("rate").click();
        window.menuItemWithPath("2.0\u00d7").click();
        Await.until(TIMEOUT, () -> player.controls().getRate() == 2.0, () -> "rate " + player.controls().getRate());
        Await.until(TIMEOUT, () -> "2\u00d7".equals(window.button("rate").text()),
                () -> "button " + window.button("rate").text());
    }

    @Test
    void stepButtonsMoveOneFrameAndStopReturnsToTheStart() {
        player.controls().seek(Duration.ofSeconds(2), SeekMode.ACCURATE);
        awaitPosition(2_000, 1);
        window.button(Command.STEP_FORWARD.name()).click();
        awaitPosition(2_033, 2);
        window.button(Command.STEP_BACKWARD.name()).click();
        awaitPosition(2_000, 2);
        window.button(Command.PLAY_PAUSE.name()).click();
        awaitStatus(Status.PLAYING);
        window.button(Command.STOP.name()).click();
        awaitStatus(Status.STOPPED);
        awaitPosition(0, 1);
    }

    @Test
    void aHaltedPlayerIsNotDescribedAsPlayable() {
        AccessibleContext video = Windows.onEdt(panel.getVideoComponent()::getAccessibleContext);
        assertThat(Windows.onEdt(video::getAccessibleDescription)).contains("Space to play");
        MediaPlayer broken = MediaPlayer.create(MediaSource.of(TestClips.textNamedMp4()));
        try {
            Windows.onEdt(() -> panel.setMediaPlayer(broken));
            Await.until(TIMEOUT, () -> broken.getStatus() == Status.HALTED, () -> "status " + broken.getStatus());
            Await.until(TIMEOUT, () -> Windows.onEdt(video::getAccessibleDescription).startsWith("Error: "),
                    () -> Windows.onEdt(video::getAccessibleDescription));
            assertThat(Windows.onEdt(video::getAccessibleDescription)).contains("notes.mp4")
                    .doesNotContain("Space");
            Windows.onEdt(() -> panel.setMediaPlayer(null));
            assertThat(Windows.onEdt(video::getAccessibleDescription)).isEqualTo("No media");
        } finally {
            broken.dispose();
        }
    }

    @Test
    void assistiveTechnologyReadsTheVideoStateAndEveryControl() {
        AccessibleContext video = Windows.onEdt(panel.getVideoComponent()::getAccessibleContext);
        assertThat(Windows.onEdt(() -> video.getAccessibleRole().toDisplayString())).isEqualTo("video");
        assertThat(Windows.onEdt(video::getAccessibleName)).contains("h264-320x240-30fps-12s.mp4");
        assertThat(Windows.onEdt(video::getAccessibleDescription)).startsWith("Paused");

        player.controls().play();
        awaitStatus(Status.PLAYING);
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> video.getAccessibleStateSet()
                .contains(VideoComponent.PLAYING_STATE)), () -> "no playing state");
        assertThat(Windows.onEdt(video::getAccessibleDescription)).startsWith("Playing");

        for (Command command : new Command[] {Command.PLAY_PAUSE, Command.STOP, Command.STEP_BACKWARD,
            Command.STEP_FORWARD, Command.LOOP, Command.MUTE, Command.FULL_SCREEN}) {
            AbstractButton button = (AbstractButton) window.robot().finder().findByName(command.name());
            assertThat(Windows.onEdt(() -> button.getAccessibleContext().getAccessibleName())).as(command.name())
                    .isNotBlank();
            assertThat(Windows.onEdt(() -> button.getAccessibleContext().getAccessibleDescription()))
                    .as(command.name()).isNotBlank();
            assertThat(Windows.onEdt(() -> mnemonicBound(command))).as(command.name()).isTrue();
        }
        for (String name : new String[] {"position", "volume", "rate"}) {
            JComponent control = (JComponent) window.robot().finder().findByName(name);
            assertThat(Windows.onEdt(() -> control.getAccessibleContext().getAccessibleName())).as(name)
                    .isNotBlank();
        }
    }

    @Test
    void altMnemonicsPressTheButtons() {
        focusVideo();
        pressWithAlt(KeyEvent.VK_P);
        awaitStatus(Status.PLAYING);
        pressWithAlt(KeyEvent.VK_S);
        awaitStatus(Status.STOPPED);
    }

    private boolean mnemonicBound(Command command) {
        Object key = panel.getActions().get(command).getValue(javax.swing.Action.MNEMONIC_KEY);
        javax.swing.KeyStroke stroke = javax.swing.KeyStroke.getKeyStroke((Integer) key, InputEvent.ALT_DOWN_MASK);
        Object name = panel.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).get(stroke);
        return name != null && panel.getActionMap().get(name) != null;
    }

    private String accessibleName(Command command) {
        return Windows.onEdt(() -> window.button(command.name()).target().getAccessibleContext().getAccessibleName());
    }

    /** The first x whose value is at least {@code value}, found through the slider's own mapping. */
    private static int xOfValue(SeekSlider slider, int value) {
        int x = 0;
        while (x < slider.getWidth() - 1 && slider.valueAt(x) < value) {
            x++;
        }
        return x;
    }

    private void focusVideo() {
        ui.robot().click(panel.getVideoComponent());
        Await.until(TIMEOUT, () -> Windows.onEdt(panel.getVideoComponent()::isFocusOwner), () -> "no focus");
    }

    private void press(int key) {
        ui.robot().pressAndReleaseKeys(key);
    }

    private void pressWithAlt(int key) {
        ui.robot().pressKey(KeyEvent.VK_ALT);
        ui.robot().pressAndReleaseKeys(key);
        ui.robot().releaseKey(KeyEvent.VK_ALT);
    }

    private void awaitStatus(Status status) {
        Await.until(TIMEOUT, () -> player.getStatus() == status, () -> "status " + player.getStatus());
    }

    private void awaitPosition(long millis, long tolerance) {
        Await.until(TIMEOUT, () -> Math.abs(player.getCurrentTime().toMillis() - millis) <= tolerance
                && !Windows.onEdt(panel.getVideoComponent()::getDisplayState).equals(DisplayState.LOADING),
                () -> "position " + player.getCurrentTime().toMillis() + " ms, expected " + millis);
    }

    private String volume() {
        return "volume " + player.audio().getVolume() + (player.audio().isMuted() ? " muted" : "");
    }
}
