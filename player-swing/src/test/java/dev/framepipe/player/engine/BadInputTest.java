package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaException.Type;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.TestClips;

/**
 * Bad input gets a clear error naming the input within a bounded time, and a player playing next to it is not
 * disturbed.
 */
class BadInputTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static MediaPlayer bystander;
    private static EventRecorder bystanderEvents;

    @BeforeAll
    static void startABystander() {
        bystander = MediaPlayer.create(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults().withAudioEnabled(false));
        bystander.controls().setLooping(true);
        bystanderEvents = EventRecorder.attach(bystander);
        bystander.controls().play();
        bystanderEvents.awaitStatus(Status.PLAYING, BOUND);
    }

    @AfterAll
    static void bystanderKeptPlaying() {
        try {
            assertThat(bystander.getStatus()).isEqualTo(Status.PLAYING);
            assertThat(bystanderEvents.errors()).isEmpty();
            long delivered = bystander.statistics().getFramesDelivered();
            Await.until(BOUND, () -> bystander.statistics().getFramesDelivered() > delivered + 10,
                    () -> "the bystander stopped delivering frames");
        } finally {
            bystander.dispose();
        }
    }

    private static MediaException thrownBy(MediaSource source) {
        long start = System.nanoTime();
        try {
            MediaPlayer.create(source).dispose();
        } catch (MediaException e) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
            return e;
        }
        throw new AssertionError("no exception for " + source);
    }

    private static MediaException haltsWith(Path file) {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(file))) {
            EventRecorder events = EventRecorder.attach(player);
            player.controls().play();
            MediaException error = events.awaitError(BOUND);
            events.awaitStatus(Status.HALTED, BOUND);
            assertThat(error.isFatal()).isTrue();
            assertThat(error.getInput()).isEqualTo(file.toString());
            assertThat(error.getMessage()).contains(file.toString());
            assertThat(player.getError()).contains(error);
            return error;
        }
    }

    @Test
    void aMissingFileIsReportedAtOnce() {
        Path missing = TestClips.directory().resolve("does-not-exist.mp4");
        MediaException error = thrownBy(MediaSource.of(missing));
        assertThat(error.getType()).isEqualTo(Type.MEDIA_UNAVAILABLE);
        assertThat(error.getMessage()).isEqualTo("The file '" + missing + "' does not exist.");
    }

    @Test
    void aDirectoryIsReportedAtOnce() {
        MediaException error = thrownBy(MediaSource.of(TestClips.directory()));
        assertThat(error.getType()).isEqualTo(Type.MEDIA_INACCESSIBLE);
        assertThat(error.getMessage()).contains(TestClips.directory().toString()).contains("is a directory");
    }

    @Test
    void anEmptyFileHalts() {
        MediaException error = haltsWith(TestClips.file("empty.mp4", new byte[0]));
        assertThat(error.getType()).isEqualTo(Type.MEDIA_UNSUPPORTED);
        assertThat(error.getMessage()).contains("not a media file GStreamer recognises");
    }

    @Test
    void aTextFileNamedMp4Halts() {
        MediaException error = haltsWith(TestClips.textNamedMp4());
        assertThat(error.getType()).isEqualTo(Type.MEDIA_UNSUPPORTED);
        assertThat(error.getMessage()).contains("not a media file GStreamer recognises");
    }

    @Test
    void aTruncatedMp4Halts() {
        // GStreamer usually reports the missing index at once; when its decodebin swallows that error, the player's
        // 8-second open watchdog reports the file instead. Either way the message says what is wrong.
        MediaException error = haltsWith(TestClips.truncatedMp4());
        assertThat(error.getType()).isIn(Type.MEDIA_CORRUPTED, Type.MEDIA_UNSUPPORTED);
        assertThat(error.getMessage()).containsAnyOf("damaged or incomplete", "not a media file GStreamer recognises",
                "it may be damaged, incomplete");
    }

    @Test
    void aListenerAddedAfterTheErrorStillHearsOfIt() {
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.textNamedMp4()))) {
            Await.until(BOUND, () -> player.getStatus() == Status.HALTED, () -> "status " + player.getStatus());
            EventRecorder late = EventRecorder.attach(player);
            MediaException error = late.awaitError(BOUND);
            assertThat(error).isSameAs(player.getError().orElseThrow());
            Await.sleep(200);
            assertThat(late.errors()).hasSize(1);
        }
    }

    @Test
    void anUnknownUriSchemeIsReportedAtOnce() {
        MediaException error = thrownBy(MediaSource.ofUri("gopher2://example.invalid/clip.mp4"));
        assertThat(error.getType()).isEqualTo(Type.INVALID_SOURCE);
        assertThat(error.getMessage()).contains("gopher2://example.invalid/clip.mp4").contains("'gopher2:'");
    }

    @Test
    void aMalformedUriIsReportedAtOnce() {
        assertThatThrownBy(() -> MediaSource.ofUri("file:///tmp/my clip.mp4"))
                .isInstanceOf(MediaException.class).hasMessageContaining("'file:///tmp/my clip.mp4' is not a valid URI")
                .hasMessageContaining("MediaSource.of(Path)");
        assertThatThrownBy(() -> MediaSource.ofUri("clip.mp4")).isInstanceOf(MediaException.class)
                .hasMessageContaining("not an absolute URI");
    }

    @Test
    void aBrokenCustomPipelineIsReportedAtOnce() {
        MediaException error = thrownBy(MediaSource.ofPipeline("videotestsrc ! videoconvert !! appsink"));
        assertThat(error.getType()).isEqualTo(Type.INVALID_SOURCE);
        assertThat(error.getMessage()).contains("videotestsrc ! videoconvert !! appsink").contains("does not parse");
    }

    @Test
    void wrongArgumentsAreRefusedWithStandardExceptions() {
        assertThatThrownBy(() -> MediaPlayer.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("source");
        assertThatThrownBy(() -> MediaSource.ofPipeline(" ")).isInstanceOf(IllegalArgumentException.class);
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264PaddedStride()))) {
            assertThatThrownBy(() -> player.controls().setCycleCount(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least 1 or INDEFINITE");
            assertThatThrownBy(() -> player.controls().setStartTime(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start time");
            assertThatThrownBy(() -> player.audio().setVolume(Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> player.controls().seek(null)).isInstanceOf(NullPointerException.class);
        }
    }
}
