package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaException.Type;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.DisplayState;
import dev.framepipe.player.testing.TestClips;

/**
 * Files that are missing, not media, or damaged: each ends in a defined status within {@link #BOUND}, shown in a
 * real component, with a message that names the file.
 */
class BrokenFileTest extends CorpusWindow {

    private static Outcome playFile(String name, Path file) {
        return play(name, MediaSource.of(file));
    }

    private static Outcome haltFile(String name, Path file) {
        return playToHalt(name, MediaSource.of(file));
    }

    @Test
    void aMissingFileIsRefusedAtOnce() {
        Path missing = HostileFiles.directory().resolve("gone.mp4");
        Outcome outcome = playFile("missing file", missing);
        assertThat(outcome.refusedAtCreate()).isTrue();
        assertThat(outcome.error().orElseThrow().getType()).isEqualTo(Type.MEDIA_UNAVAILABLE);
        assertThat(outcome.error().orElseThrow().getMessage()).contains(missing.toString());
    }

    @Test
    void aDirectoryIsRefusedAtOnce() {
        Outcome outcome = playFile("directory", HostileFiles.directory());
        assertThat(outcome.refusedAtCreate()).isTrue();
        assertThat(outcome.error().orElseThrow().getType()).isEqualTo(Type.MEDIA_INACCESSIBLE);
    }

    @Test
    void aNamedPipeIsRefusedAtOnce() {
        // Opening a pipe blocks until a writer comes; GStreamer would wait on the player's control thread for ever.
        Path pipe = HostileFiles.namedPipe("pipe.mp4");
        Outcome outcome = playFile("named pipe", pipe);
        assertThat(outcome.refusedAtCreate()).as(outcome.toString()).isTrue();
        assertThat(outcome.error().orElseThrow().getType()).isEqualTo(Type.MEDIA_INACCESSIBLE);
        assertThat(outcome.error().orElseThrow().getMessage()).contains(pipe.toString()).contains("not a regular file");
    }

    @Test
    void aFileWithoutReadPermissionIsRefusedUnlessThePlayerMayReadIt() throws IOException {
        Path locked = HostileFiles.copy(TestClips.h264PaddedStride(), "no-permission.mp4");
        Files.setPosixFilePermissions(locked, Set.of());
        try {
            Outcome outcome = playFile("file with permissions 000", locked);
            if (Files.isReadable(locked)) {
                // Root (as in CI) reads any file whatever its mode: there the case can only show it plays.
                Playthrough.shown(outcome);
            } else {
                assertThat(outcome.refusedAtCreate()).as(outcome.toString()).isTrue();
                assertThat(outcome.error().orElseThrow().getType()).isEqualTo(Type.MEDIA_INACCESSIBLE);
                assertThat(outcome.error().orElseThrow().getMessage()).contains("permission denied");
            }
        } finally {
            Files.delete(locked);
        }
    }

    @Test
    void anEmptyFileHalts() {
        Path empty = TestClips.file("empty.mp4", new byte[0]);
        MediaException error = Playthrough.haltedClearly(haltFile("empty file", empty), empty.toString());
        assertThat(error.getType()).isEqualTo(Type.MEDIA_UNSUPPORTED);
    }

    @Test
    void randomBytesHalt() {
        Path random = HostileFiles.randomBytes(64 * 1024);
        MediaException error = Playthrough.haltedClearly(haltFile("64 KiB of random bytes", random),
                random.toString());
        assertThat(error.getType()).isEqualTo(Type.MEDIA_UNSUPPORTED);
    }

    @Test
    void aTextFileNamedMp4Halts() {
        Path text = TestClips.textNamedMp4();
        MediaException error = Playthrough.haltedClearly(haltFile("text file named .mp4", text), text.toString());
        assertThat(error.getType()).isEqualTo(Type.MEDIA_UNSUPPORTED);
    }

    @Test
    void aJpegNamedMp4IsShownAsAPicture() {
        Path jpeg = HostileFiles.copy(TestClips.picture("jpegenc"), "photo.mp4");
        Outcome outcome = playFile("JPEG named .mp4", jpeg);
        Playthrough.shown(outcome);
        assertThat(outcome.ended()).isTrue();
    }

    @ParameterizedTest(name = "cut at {0} %")
    @ValueSource(ints = {10, 50, 90})
    void anMp4CutShortPlaysWhatIsThereAndEnds(int percent) {
        // With its index first, a cut-short MP4 still opens; playback ends cleanly where the data ends.
        Path cut = HostileFiles.truncated(TestClips.h264Faststart(), percent);
        Playthrough.shown(playFile("MP4 (index first) cut at " + percent + " %", cut));
    }

    @Test
    void anMp4WithoutItsIndexHalts() {
        Path cut = HostileFiles.truncated(TestClips.h264Small(), 50);
        MediaException error = Playthrough.haltedClearly(haltFile("MP4 (index last) cut at 50 %", cut),
                cut.toString());
        assertThat(error.getType()).isEqualTo(Type.MEDIA_CORRUPTED);
    }

    @Test
    void anMp4WithNoiseInTheMiddlePlaysToTheEnd() {
        // The decoder conceals the damaged frames; nothing in 4 KiB of noise may stop playback or the application.
        Path noisy = HostileFiles.corruptedInTheMiddle(TestClips.h264Faststart(), 4096);
        Playthrough.shown(playFile("MP4 with 4 KiB of noise mid-stream", noisy));
    }

    @Test
    void aVideoTrackWithoutFramesEnds() {
        Outcome outcome = playFile("Matroska video track with no frame (zero duration)",
                TestClips.rawMatroska(64, 64, 0));
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(Status.PAUSED);
        assertThat(outcome.ended()).isTrue();
        assertThat(outcome.framesDelivered()).isZero();
        assertThat(outcome.shown()).as("what the component shows").isEqualTo(DisplayState.NO_PICTURE);
        assertThat(outcome.description()).isEqualTo("No picture: the video ended without a frame");
    }
}
