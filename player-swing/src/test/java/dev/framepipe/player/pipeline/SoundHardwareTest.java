package dev.framepipe.player.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.freedesktop.gstreamer.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.testing.TestClips;

/**
 * A machine with no sound card and no sound server plays sound into a silent sink rather than letting GStreamer try
 * ALSA and OpenAL and print twenty error lines per player; any sign of sound keeps the normal output.
 */
class SoundHardwareTest {
    @TempDir
    Path folder;

    @Test
    void noCardsAndNoServerMeansNoSound() throws IOException {
        Path cards = Files.writeString(folder.resolve("cards"), "--- no soundcards ---\n");
        assertThat(SoundHardware.isAbsent(cards, Map.of())).isTrue();
        assertThat(SoundHardware.isAbsent(folder.resolve("missing"), Map.of())).as("no ALSA at all").isTrue();
    }

    @Test
    void aCardOrASoundServerMeansSound() throws IOException {
        Path cards = Files.writeString(folder.resolve("cards"), " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n");
        assertThat(SoundHardware.isAbsent(cards, Map.of())).isFalse();
        Path none = folder.resolve("missing");
        assertThat(SoundHardware.isAbsent(none, Map.of("PULSE_SERVER", "tcp:10.0.0.2"))).isFalse();
        Files.createDirectories(folder.resolve("run/pulse"));
        Files.createFile(folder.resolve("run/pulse/native"));
        assertThat(SoundHardware.isAbsent(none, Map.of("XDG_RUNTIME_DIR", folder.resolve("run").toString())))
                .as("PulseAudio").isFalse();
        Files.createFile(folder.resolve("pipewire-0"));
        assertThat(SoundHardware.isAbsent(none, Map.of("XDG_RUNTIME_DIR", folder.toString()))).as("PipeWire")
                .isFalse();
    }

    @Test
    void onThisMachineWithoutSoundPlayersGetTheSilentSinkUnlessOneIsChosen() {
        assumeThat(SoundHardware.isAbsent()).as("a machine without sound, as the CI machine").isTrue();
        PlaybackPipeline built = PipelineBuilder.build(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults());
        PlaybackPipeline chosen = PipelineBuilder.build(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults().withAudioSink("fakesink name=chosen"));
        try {
            assertThat(((Element) built.pipeline().get("audio-sink")).getName())
                    .isEqualTo(PipelineBuilder.SILENT_AUDIO_SINK_NAME);
            assertThat(((Element) chosen.pipeline().get("audio-sink")).getName())
                    .isNotEqualTo(PipelineBuilder.SILENT_AUDIO_SINK_NAME);
        } finally {
            built.release();
            chosen.release();
        }
    }
}
