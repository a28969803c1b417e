package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.time.Duration;

import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.PlayerActions.Command;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.PanelUnderTest;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/** The control bar for live media: a LIVE badge instead of the seek slider, no speed, no loop, no seek keys. */
@ExtendWith(EdtChecked.class)
class LiveControlsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String LIVE_CAMERA = "videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,"
            + "height=240,framerate=25/1 ! videoconvert ! appsink";

    private PanelUnderTest opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private FrameFixture open(MediaSource source) {
        opened = PanelUnderTest.open(source, PlayerOptions.defaults().withAudioEnabled(false),
                new Dimension(640, 420));
        return opened.ui().window();
    }

    /** A named control of the panel, shown or not. */
    private java.awt.Component found(String name) {
        return opened.ui().robot().finder().findByName(opened.panel(), name, java.awt.Component.class, false);
    }

    private boolean enabled(Command command) {
        return Windows.onEdt(() -> opened.panel().getActions().get(command).isEnabled());
    }

    @Test
    void liveMediaShowsABadgeInsteadOfTheSeekSlider() {
        FrameFixture window = open(MediaSource.ofPipeline(LIVE_CAMERA));
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> found("live").isShowing()), () -> "no badge");

        assertThat(Windows.onEdt(() -> found("position").isShowing())).isFalse();
        assertThat(Windows.onEdt(() -> window.button("rate").target().isEnabled())).isFalse();
        assertThat(enabled(Command.SEEK_FORWARD)).isFalse();
        assertThat(enabled(Command.LOOP)).isFalse();
        assertThat(enabled(Command.PLAY_PAUSE)).isTrue();
        assertThat(Windows.onEdt(() -> found("live").getAccessibleContext().getAccessibleName()))
                .isEqualTo("Live stream");

        window.button(Command.PLAY_PAUSE.name()).click();
        Await.until(TIMEOUT, () -> opened.player().getStatus() == Status.PLAYING,
                () -> "status " + opened.player().getStatus());
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> window.label("time").target().getText()).startsWith("0:01"),
                () -> "time " + Windows.onEdt(() -> window.label("time").target().getText()));
        assertThat(Windows.onEdt(() -> window.label("time").target().getText())).doesNotContain("/");
    }

    @Test
    void aFileHasTheSliderAndNoBadge() {
        FrameFixture window = open(MediaSource.of(TestClips.h264Small()));

        assertThat(Windows.onEdt(() -> found("live").isShowing())).isFalse();
        assertThat(Windows.onEdt(() -> found("position").isShowing())).isTrue();
        assertThat(enabled(Command.LOOP)).isTrue();
    }
}
