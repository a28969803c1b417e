package dev.framepipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ChapterClips;
import dev.framepipe.player.testing.TestClips;

/** The media information window shows the tags and chapters a media carries. */
class MediaInfoDialogTest {
    @Test
    void showsTitleArtistAlbumAndComment() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.taggedMkv()))) {
            Await.until(Duration.ofSeconds(20), () -> player.getStatus() == Status.READY
                    && player.media().getComment().isPresent(), () -> "status " + player.getStatus());

            List<String> rows = MediaInfoDialog.rows(player, "tagged.mkv").stream()
                    .map(row -> row[0] + ": " + row[1]).collect(Collectors.toList());

            assertThat(rows).contains("Title: Holiday", "Artist: Ann", "Album: Summer", "Comment: Beach",
                    "Language: " + java.util.Locale.FRENCH.getDisplayLanguage());
        }
    }

    @Test
    void listsTheChaptersWithTheirStarts() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(ChapterClips.chapteredMkv()))) {
            Await.until(Duration.ofSeconds(20), () -> player.getStatus() == Status.READY
                    && !player.media().getChapters().isEmpty(), () -> "status " + player.getStatus());

            List<String> rows = MediaInfoDialog.rows(player, "chapters.mkv").stream()
                    .map(row -> row[0] + ": " + row[1]).collect(Collectors.toList());

            assertThat(rows).containsSubsequence("Chapters: 4", "0:00: Opening", "0:02: Middle",
                    "0:04: Middle, part 2", "0:06: Chapter 4");
        }
    }
}
