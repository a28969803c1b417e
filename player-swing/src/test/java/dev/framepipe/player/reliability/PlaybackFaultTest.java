package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.TestClips;

/**
 * Things that go wrong while a player plays in real time: its file deleted or cut short underneath it, an element
 * of a custom pipeline failing after some frames. Each ends in a defined status within the bound: a cut-short
 * file ends where its data ends, a failing element halts the player with its pipeline named.
 */
class PlaybackFaultTest extends CorpusWindow {
    private static final PlayerOptions REAL_TIME = PlayerOptions.defaults().withAudioEnabled(false);
    private static final Duration FIRST_FRAMES = Duration.ofSeconds(10);

    /** Waits until the component painted a few frames, then breaks the input. */
    private static Scenario afterFrames(Runnable fault) {
        return Scenario.whilePlaying(player -> {
            awaitFramesPainted(player, 5);
            fault.run();
        });
    }

    private static void awaitFramesPainted(MediaPlayer player, int frames) {
        Await.until(FIRST_FRAMES, () -> player.statistics().getFramesRendered() >= frames,
                () -> player + " painted " + player.statistics().getFramesRendered());
    }

    @Test
    void aFileDeletedWhilePlayingPlaysToTheEnd() {
        // The open file keeps its data until closed, as on every POSIX system: nothing a user sees changes.
        Path file = HostileFiles.copy(TestClips.h264Small(), "deleted-while-playing.mp4");
        Outcome outcome = play("file deleted while playing", MediaSource.of(file), REAL_TIME,
                afterFrames(() -> delete(file)));
        Playthrough.shown(outcome);
        assertThat(outcome.framesDelivered()).isGreaterThan(60);
    }

    @Test
    void aFileCutShortWhilePlayingEndsWhereTheDataEnds() {
        Path file = HostileFiles.copy(TestClips.h264Faststart(), "truncated-while-playing.mp4");
        Outcome outcome = play("file truncated to 20 % while playing", MediaSource.of(file), REAL_TIME,
                afterFrames(() -> truncate(file, 20)));
        Playthrough.shown(outcome);
        assertThat(outcome.framesDelivered()).isLessThan(45);
    }

    @Test
    void anElementFailingMidStreamHaltsThePlayer() {
        String description = "videotestsrc pattern=ball num-buffers=300 ! video/x-raw,width=160,height=120,"
                + "framerate=30/1 ! identity error-after=20 ! videoconvert ! appsink";
        Outcome outcome = playToHalt("custom pipeline, identity error-after=20", MediaSource.ofPipeline(description),
                REAL_TIME, Scenario.NONE);
        MediaException error = Playthrough.haltedClearly(outcome, outcome.error().orElseThrow().getInput());
        assertThat(error.getInput()).contains("identity error-after=20");
        assertThat(outcome.framesDelivered()).isBetween(10L, 20L);
        assertThat(outcome.framesRendered()).isPositive();
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void truncate(Path file, int percent) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() * percent / 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
