package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.time.Duration;

import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.PanelUnderTest;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/** Choosing tracks as a user does: the control bar's CC menu and the B, V and C keys. */
@ExtendWith(EdtChecked.class)
class TrackControlsUiTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private PanelUnderTest opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private FrameFixture open(java.nio.file.Path clip) {
        opened = PanelUnderTest.open(MediaSource.of(clip), PlayerOptions.defaults()
                .withSubtitleLanguages(java.util.List.of("en")), new Dimension(640, 420));
        return opened.ui().window();
    }

    private String selected(TrackType type) {
        return opened.player().tracks().getSelected(type).flatMap(Track::getLanguage).orElse("off");
    }

    @Test
    void theCcMenuListsSubtitlesAndAudioAndChoosesOne() {
        FrameFixture window = open(TestClips.multiTrackMkv());
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> window.button("tracks").target().isVisible()),
                () -> "no CC button");

        window.button("tracks").click();
        window.menuItem("subtitle-track-1").click();
        Await.until(TIMEOUT, () -> selected(TrackType.SUBTITLE).equals("de"), () -> selected(TrackType.SUBTITLE));

        window.button("tracks").click();
        window.menuItem("audio-track-1").click();
        Await.until(TIMEOUT, () -> selected(TrackType.AUDIO).equals("de"), () -> selected(TrackType.AUDIO));
    }

    @Test
    void keysCycleTheTracksAndToggleSubtitles() {
        FrameFixture window = open(TestClips.multiTrackMkv());
        Await.until(TIMEOUT, () -> selected(TrackType.SUBTITLE).equals("en"), () -> selected(TrackType.SUBTITLE));
        opened.ui().robot().click(opened.panel().getVideoComponent());
        Await.until(TIMEOUT, () -> Windows.onEdt(opened.panel().getVideoComponent()::isFocusOwner), () -> "no focus");

        opened.ui().robot().pressAndReleaseKeys(KeyEvent.VK_C);
        Await.until(TIMEOUT, () -> selected(TrackType.SUBTITLE).equals("off"), () -> selected(TrackType.SUBTITLE)
                + ", action enabled " + Windows.onEdt(() -> opened.panel().getActions()
                .get(PlayerActions.Command.SUBTITLES).isEnabled()));
        opened.ui().robot().pressAndReleaseKeys(KeyEvent.VK_C);
        Await.until(TIMEOUT, () -> selected(TrackType.SUBTITLE).equals("en"), () -> selected(TrackType.SUBTITLE));
        opened.ui().robot().pressAndReleaseKeys(KeyEvent.VK_V);
        Await.until(TIMEOUT, () -> selected(TrackType.SUBTITLE).equals("de"), () -> selected(TrackType.SUBTITLE));
        opened.ui().robot().pressAndReleaseKeys(KeyEvent.VK_V);
        Await.until(TIMEOUT, () -> selected(TrackType.SUBTITLE).equals("off"), () -> selected(TrackType.SUBTITLE));
        opened.ui().robot().pressAndReleaseKeys(KeyEvent.VK_B);
        Await.until(TIMEOUT, () -> selected(TrackType.AUDIO).equals("de"), () -> selected(TrackType.AUDIO));
        opened.ui().robot().pressAndReleaseKeys(KeyEvent.VK_B);
        Await.until(TIMEOUT, () -> selected(TrackType.AUDIO).equals("en"), () -> selected(TrackType.AUDIO));
    }

    @Test
    void withoutAChoiceThereIsNoCcButton() {
        FrameFixture window = open(TestClips.h264Small());
        Await.until(TIMEOUT, () -> !opened.player().tracks().getTracks(TrackType.VIDEO).isEmpty(),
                () -> "no tracks listed");
        javax.swing.JButton tracks = window.robot().finder().findByName(opened.panel(), "tracks",
                javax.swing.JButton.class, false);
        assertThat(Windows.onEdt(tracks::isVisible)).isFalse();
    }
}
