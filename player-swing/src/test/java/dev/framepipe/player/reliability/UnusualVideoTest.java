package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaException.Type;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.swing.DisplayState;
import dev.framepipe.player.testing.TestClips;

/**
 * Media that is valid but unusual: no video, one picture, sizes encoders refuse, sizes far beyond a screen. Each is
 * played to its end in a real component, or halted with a clear message; none exhausts memory.
 */
class UnusualVideoTest extends CorpusWindow {

    @Test
    void audioOnlyPlaysToTheEndAndSaysSo() {
        Outcome outcome = play("audio only (Vorbis in Ogg)", MediaSource.of(TestClips.audioOnly()),
                PlayerOptions.defaults().withClockSync(false));
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(Status.PAUSED);
        assertThat(outcome.ended()).isTrue();
        assertThat(outcome.shown()).isEqualTo(DisplayState.AUDIO_ONLY);
        assertThat(outcome.description()).isEqualTo("Audio only, Paused");
    }

    @Test
    void audioOnlyWithAudioSwitchedOffHalts() {
        Path clip = TestClips.audioOnly();
        Outcome outcome = play("audio only, player with audio off", MediaSource.of(clip));
        MediaException error = Playthrough.haltedClearly(outcome, clip.toString());
        assertThat(error.getType()).isEqualTo(Type.PLAYBACK_ERROR);
        assertThat(error.getMessage()).contains("it has no video, only audio, and this player was created with audio "
                + "switched off");
    }

    @Test
    void aStillPictureIsShown() {
        Outcome outcome = play("single PNG picture", MediaSource.of(TestClips.picture("pngenc")));
        Playthrough.shown(outcome);
        assertThat(outcome.videoSize()).contains(new VideoSize(320, 240));
    }

    @ParameterizedTest(name = "{0}x{0}")
    @ValueSource(ints = {1, 2, 3})
    void tinyRawVideoIsShown(int size) {
        Outcome outcome = play("raw video " + size + "x" + size + " in Matroska",
                MediaSource.of(TestClips.rawMatroska(size, size, 10)));
        Playthrough.shown(outcome);
        assertThat(outcome.videoSize()).contains(new VideoSize(size, size));
    }

    @Test
    void oddSizedVideoIsShown() {
        Outcome outcome = play("VP8 321x241", MediaSource.of(TestClips.vp8OddSize()));
        Playthrough.shown(outcome);
        assertThat(outcome.videoSize()).contains(new VideoSize(321, 241));
    }

    @Test
    void an8192SquareVideoPlaysWithinBoundedMemory() {
        Path clip = TestClips.vp8Solid(8192, 8192, 3);
        try (PeakMemory memory = new PeakMemory()) {
            Outcome outcome = play("VP8 8192x8192", MediaSource.of(clip));
            System.out.println("[reliability] VP8 8192x8192 | peak RSS growth " + memory.peakGrowthMegabytes()
                    + " MB");
            Playthrough.shown(outcome);
            assertThat(outcome.videoSize()).contains(new VideoSize(8192, 8192));
            assertThat(memory.peakGrowthMegabytes()).isLessThan(2048);
        }
    }

    @Test
    void aDecompressionBombIsShownOrRefusedWithinBoundedMemory() {
        Path bomb = TestClips.pngBomb(16384);
        try (PeakMemory memory = new PeakMemory()) {
            Outcome outcome = play("PNG 16384x16384 (300 KB decoding to 256 MB)", MediaSource.of(bomb));
            System.out.println("[reliability] PNG bomb | peak RSS growth " + memory.peakGrowthMegabytes() + " MB");
            if (outcome.status() == Status.HALTED) {
                // The default test heap (512 MB) cannot hold a 16384x16384 frame's planes and picture.
                MediaException error = Playthrough.haltedClearly(outcome, bomb.toString());
                assertThat(error.getMessage()).contains("16384x16384 frames need more memory");
            } else {
                Playthrough.shown(outcome);
            }
            assertThat(memory.peakGrowthMegabytes()).isLessThan(2048);
        }
    }
}
