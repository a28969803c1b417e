package dev.framepipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import javax.swing.JFrame;
import javax.swing.JLabel;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ChapterClips;
import dev.framepipe.player.testing.NumberedClips;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/** The media information window shows the tags and chapters a media carries, and a strip of its pictures. */
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

    @Test
    void showsAStripOfPicturesSpreadOverTheMedia() {
        // 8 s at 25 fps, a key frame every 10 frames; pictures are the key frames before 1/12, 3/12, ... of it.
        Path clip = NumberedClips.h264(320, 180, 25, 200, 10);
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(clip))) {
            Await.until(Duration.ofSeconds(20), () -> player.getStatus() == Status.READY,
                    () -> "status " + player.getStatus());
            JFrame owner = Windows.show(new JLabel("owner"), new Dimension(200, 100));
            Windows.onEdt(() -> MediaInfoDialog.show(owner, player, clip.getFileName().toString()));

            DialogFixture dialog = WindowFinder.findDialog("mediaInfoDialog").withTimeout(10_000).using(robot);
            FrameStrip strip = (FrameStrip) dialog.panel("info.strip").target();
            Await.until(Duration.ofSeconds(30), () -> Windows.onEdt(strip::pictures).size() == FrameStrip.COUNT,
                    () -> "the strip shows " + Windows.onEdt(() -> strip.getComponentCount()) + " components");
            List<BufferedImage> pictures = Windows.onEdt(strip::pictures);
            assertThat(pictures).allSatisfy(picture -> assertThat(picture.getWidth() + "x" + picture.getHeight())
                    .isEqualTo("120x68"));
            assertThat(NumberedClips.numberOf(pictures.get(0))).as("the key frame before 0.67 s").isEqualTo(10);
            assertThat(NumberedClips.numberOf(pictures.get(5))).as("the key frame before 7.33 s").isEqualTo(180);
        } finally {
            robot.cleanUp();
        }
    }
}
