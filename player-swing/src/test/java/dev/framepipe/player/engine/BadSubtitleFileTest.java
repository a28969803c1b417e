package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.OpenPlayers;
import dev.framepipe.player.testing.TestClips;

/**
 * A subtitle file that cannot be used, given to a playing player: the user is told which file and why, on the EDT,
 * and the video plays on as if nothing had been asked.
 */
class BadSubtitleFileTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** The bad files users give, each with the words of the reason the message must carry. */
    enum BadFile {
        MISSING("does not exist") {
            @Override
            Path make(Path folder) {
                return folder.resolve("missing.srt");
            }
        },
        UNREADABLE("permission denied") {
            @Override
            Path make(Path folder) throws IOException {
                Path file = Files.writeString(folder.resolve("locked.srt"), TestClips.subRip("Locked"));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                // Root reads whatever the permissions say, so there the file cannot be made unreadable this way
                // (and no other way without leaving the process); FOLDER below still covers a read that fails.
                assumeThat(Files.isReadable(file)).as("running as root, which reads a file of mode 000: the "
                        + "permission case cannot be made here").isFalse();
                return file;
            }
        },
        FOLDER("cannot be read") {
            @Override
            Path make(Path folder) throws IOException {
                return Files.createDirectory(folder.resolve("folder.srt"));
            }
        },
        EMPTY("it is empty") {
            @Override
            Path make(Path folder) throws IOException {
                return Files.write(folder.resolve("empty.srt"), new byte[0]);
            }
        },
        MALFORMED("no cue in it could be read as SubRip") {
            @Override
            Path make(Path folder) throws IOException {
                return Files.writeString(folder.resolve("malformed.srt"), "1\n00:00:05,000 --> 00:00:01,000\n"
                        + "ends before it starts\n\n2\n00:00:09,000 --> 00:00:0x,000\nbad time\n",
                        StandardCharsets.UTF_8);
            }
        },
        UNKNOWN_FORMAT("not in a subtitle format") {
            @Override
            Path make(Path folder) throws IOException {
                // A picture dropped by mistake: binary, and named like no subtitle format.
                return Files.copy(TestClips.picture("pngenc"), folder.resolve("poster.png"));
            }
        };

        private final String reason;

        BadFile(String reason) {
            this.reason = reason;
        }

        abstract Path make(Path folder) throws IOException;
    }

    @RegisterExtension
    final OpenPlayers players = new OpenPlayers();

    @TempDir
    Path folder;

    private MediaPlayer player;

    @ParameterizedTest
    @EnumSource(BadFile.class)
    void isReportedByNameAndReasonWhilePlayingGoesOn(BadFile bad) throws IOException {
        Path file = bad.make(folder);
        player = players.create(TestClips.h264Long(), PlayerOptions.defaults().withAudioEnabled(false));
        EventRecorder events = EventRecorder.attach(player);
        player.controls().play();
        events.awaitStatus(Status.PLAYING, TIMEOUT);

        player.tracks().addSubtitleFile(file);
        MediaException error = events.awaitError(TIMEOUT);
        Duration atError = player.getCurrentTime();

        assertThat(error.isFatal()).isFalse();
        assertThat(error.getInput()).isEqualTo(file.toString());
        assertThat(error.getMessage()).contains(file.toString()).containsIgnoringCase(bad.reason);
        assertThat(events.offEdt()).as("events delivered off the EDT").isEmpty();
        // Playback goes on: the position keeps advancing, nothing is halted or paused, no track was added.
        Await.until(TIMEOUT, () -> player.getCurrentTime().compareTo(atError.plusMillis(500)) > 0,
                () -> "position stuck at " + player.getCurrentTime() + ", status " + player.getStatus());
        assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
        assertThat(events.statuses()).containsExactly(Status.READY, Status.PLAYING);
        assertThat(player.getError()).isEmpty();
        assertThat(events.errors()).containsExactly(error);
        assertThat(player.tracks().getTracks(TrackType.SUBTITLE)).isEmpty();
        assertThat(player.tracks().getSelected(TrackType.SUBTITLE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = BadFile.class, names = {"MALFORMED", "UNKNOWN_FORMAT"})
    void leavesTheCaptionsShownBefore(BadFile bad) throws IOException {
        Path good = Files.writeString(folder.resolve("good.srt"), "1\n00:00:00,000 --> 00:01:00,000\nStill here\n");
        player = players.create(TestClips.h264Long(), PlayerOptions.defaults().withAudioEnabled(false));
        EventRecorder events = EventRecorder.attach(player);
        player.tracks().addSubtitleFile(good);
        player.controls().play();
        Await.until(TIMEOUT, () -> player.tracks().getCaption().isPresent(), () -> "no caption; events " + events);

        player.tracks().addSubtitleFile(bad.make(folder));
        events.awaitError(TIMEOUT);

        assertThat(player.tracks().getTracks(TrackType.SUBTITLE)).hasSize(1);
        assertThat(player.tracks().getSelected(TrackType.SUBTITLE).flatMap(Track::getFile))
                .contains(good);
        assertThat(player.tracks().getCaption().map(Caption::getPlainText)).contains("Still here");
        assertThat(events.statuses()).isEqualTo(List.of(Status.READY, Status.PLAYING));
    }
}
