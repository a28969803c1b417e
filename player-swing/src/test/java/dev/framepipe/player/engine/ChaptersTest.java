package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.beans.PropertyChangeEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.Chapter;
import dev.framepipe.player.MediaInfo;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ChapterClips;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.TestClips;

/** Chapters from the media's table of contents, and moving between them as a chapter menu or keys do. */
class ChaptersTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private MediaPlayer player;

    @AfterEach
    void dispose() {
        if (player != null) {
            player.dispose();
        }
    }

    @Test
    void matroskaChaptersAreListedInOrderWithTheirTitles() {
        player = MediaPlayer.create(MediaSource.of(ChapterClips.chapteredMkv()), PlayerOptions.defaults());
        List<PropertyChangeEvent> mediaChanges = new CopyOnWriteArrayList<>();
        player.events().addPropertyChangeListener(PlayerProperties.MEDIA, mediaChanges::add);
        awaitChapters();

        assertThat(player.media().getChapters()).extracting(Chapter::getDisplayName)
                .containsExactly("Opening", "Middle", "Middle, part 2", "Chapter 4");
        assertThat(player.media().getChapters()).extracting(Chapter::getStart).containsExactly(Duration.ZERO,
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(6));
        assertThat(player.media().getChapters()).extracting(Chapter::getIndex).containsExactly(0, 1, 2, 3);
        Chapter last = player.media().getChapters().get(3);
        assertThat(last.getTitle()).isEmpty();
        assertThat(last.getEnd()).contains(Duration.ofSeconds(10));
        Await.until(TIMEOUT, () -> mediaChanges.stream().anyMatch(change -> !((MediaInfo) change.getNewValue())
                .getChapters().isEmpty()), () -> "no MEDIA change carried the chapters: " + mediaChanges);
    }

    @Test
    void nextAndPreviousMoveBetweenChapterStarts() {
        player = MediaPlayer.create(MediaSource.of(ChapterClips.chapteredMkv()), PlayerOptions.defaults());
        EventRecorder events = EventRecorder.attach(player);
        events.awaitStatus(Status.READY, TIMEOUT);
        awaitChapters();

        assertThat(player.chapters().getCurrent()).map(Chapter::getDisplayName).contains("Opening");
        assertThat(player.chapters().next()).isTrue();
        awaitLanded(events, Duration.ofSeconds(2));
        assertThat(player.chapters().getCurrent()).map(Chapter::getDisplayName).contains("Middle");

        player.chapters().select(3);
        awaitLanded(events, Duration.ofSeconds(6));
        assertThat(player.chapters().next()).as("no chapter after the last").isFalse();

        player.controls().seek(Duration.ofMillis(9_500));
        awaitLanded(events, Duration.ofMillis(9_500));
        assertThat(player.chapters().previous()).isTrue();
        awaitLanded(events, Duration.ofSeconds(6));
        assertThat(player.chapters().previous()).as("just after a start, previous goes a chapter back").isTrue();
        awaitLanded(events, Duration.ofSeconds(4));
        assertThat(player.chapters().getCurrent()).map(Chapter::getDisplayName).contains("Middle, part 2");
        assertThat(player.getStatus()).as("chapter seeks from a ready player pause it").isEqualTo(Status.PAUSED);
    }

    @Test
    void mediaWithoutChaptersListsNoneAndRefusesToChoose() {
        player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()), PlayerOptions.defaults());
        EventRecorder events = EventRecorder.attach(player);
        events.awaitStatus(Status.READY, TIMEOUT);

        assertThat(player.media().getChapters()).isEmpty();
        assertThat(player.chapters().getCurrent()).isEmpty();
        assertThat(player.chapters().next()).isFalse();
        assertThat(player.chapters().previous()).isFalse();
        assertThatThrownBy(() -> player.chapters().select(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no chapter 0");
        assertThat(events.seeksCompleted()).isEmpty();
    }

    private void awaitChapters() {
        Await.until(TIMEOUT, () -> player.media().getChapters().size() == 4,
                () -> "status " + player.getStatus() + ", chapters " + player.media().getChapters());
    }

    private void awaitLanded(EventRecorder events, Duration target) {
        Await.until(TIMEOUT, () -> events.seeksCompleted().contains(target) && player.getCurrentTime().equals(target),
                () -> "no seek landed at " + target + ": " + events.seeksCompleted() + ", now at "
                        + player.getCurrentTime());
    }
}
