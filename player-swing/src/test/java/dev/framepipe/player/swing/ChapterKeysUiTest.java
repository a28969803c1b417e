package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ChapterClips;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.PanelUnderTest;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/** Page Down and Page Up move between chapters in a player panel; without chapters their actions are disabled. */
@ExtendWith(EdtChecked.class)
class ChapterKeysUiTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private PanelUnderTest opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private void open(java.nio.file.Path clip) {
        opened = PanelUnderTest.open(MediaSource.of(clip), PlayerOptions.defaults(), new Dimension(480, 360));
        opened.ui().robot().click(opened.panel().getVideoComponent());
        Await.until(TIMEOUT, () -> Windows.onEdt(opened.panel().getVideoComponent()::isFocusOwner), () -> "no focus");
    }

    private boolean enabled(PlayerActions.Command command) {
        return Windows.onEdt(() -> opened.panel().getActions().get(command).isEnabled());
    }

    @Test
    void pageDownAndPageUpGoToChapterStarts() {
        open(ChapterClips.chapteredMkv());
        Await.until(TIMEOUT, () -> enabled(PlayerActions.Command.NEXT_CHAPTER), () -> "chapter keys disabled");

        opened.ui().robot().pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN);
        Await.until(TIMEOUT, () -> opened.player().getCurrentTime().equals(Duration.ofSeconds(2)),
                () -> "after Page Down at " + opened.player().getCurrentTime());
        opened.ui().robot().pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN);
        Await.until(TIMEOUT, () -> opened.player().getCurrentTime().equals(Duration.ofSeconds(4)),
                () -> "after a second Page Down at " + opened.player().getCurrentTime());
        opened.ui().robot().pressAndReleaseKeys(KeyEvent.VK_PAGE_UP);
        Await.until(TIMEOUT, () -> opened.player().getCurrentTime().equals(Duration.ofSeconds(2)),
                () -> "after Page Up at " + opened.player().getCurrentTime());
    }

    @Test
    void withoutChaptersTheKeysAreDisabled() {
        open(TestClips.h264Small());
        Await.until(TIMEOUT, () -> opened.player().media().getDuration().isPresent(), () -> "no duration");

        assertThat(enabled(PlayerActions.Command.NEXT_CHAPTER)).isFalse();
        assertThat(enabled(PlayerActions.Command.PREVIOUS_CHAPTER)).isFalse();
    }
}
