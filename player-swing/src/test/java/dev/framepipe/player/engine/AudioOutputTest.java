package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.sun.jna.Callback;
import com.sun.jna.Native;

import dev.framepipe.player.AudioOutput;
import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.OpenPlayers;
import dev.framepipe.player.testing.TestClips;

/**
 * The audio outputs a user can pick from: the system's devices as GStreamer's device monitor lists them, and the
 * system's default, offered by choosing none. On a machine without sound devices (a build server) the list is empty,
 * and the check is that it agrees with {@code gst-device-monitor-1.0} and that the default can be chosen back. A
 * change of output while playing keeps the rest as it was: the subtitle track chosen, and its captions.
 */
class AudioOutputTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** What listing may take: the monitor asks every device provider (PulseAudio, ALSA, ...) once. */
    private static final Duration LIST_BOUND = Duration.ofSeconds(10);

    @RegisterExtension
    final OpenPlayers players = new OpenPlayers();

    private MediaPlayer player;
    private final List<Throwable> callbackFailures = new CopyOnWriteArrayList<>();
    private Callback.UncaughtExceptionHandler jnaHandler;

    /**
     * Records what GStreamer's callbacks into Java throw: JNA only logs it, and the callback's work is left undone
     * (a sink change once made the subtitle taps throw on every stream change).
     */
    @BeforeEach
    void recordCallbackFailures() {
        jnaHandler = Native.getCallbackExceptionHandler();
        Native.setCallbackExceptionHandler((callback, failure) -> {
            callbackFailures.add(failure);
            jnaHandler.uncaughtException(callback, failure);
        });
    }

    @AfterEach
    void dispose() {
        // Disposed while failures are still recorded: taking a pipeline down calls back into Java too.
        players.disposeAll();
        Native.setCallbackExceptionHandler(jnaHandler);
        assertThat(callbackFailures).as("exceptions thrown in GStreamer's callbacks").isEmpty();
    }

    @Test
    void listsTheDevicesTheDeviceMonitorListsAndEachCanBeChosenWhilePlaying() throws Exception {
        long start = System.nanoTime();
        List<AudioOutput> outputs = AudioOutput.list();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("AudioOutput.list(): %d outputs in %d ms: %s%n", outputs.size(), took.toMillis(), outputs);

        assertThat(took).isLessThan(LIST_BOUND);
        assertThat(outputs).hasSize(devicesTheMonitorToolFinds());
        assertThat(outputs).doesNotHaveDuplicates().allSatisfy(output -> {
            assertThat(output.getName()).isNotBlank();
            assertThat(output.getSinkDescription()).isNotBlank();
        });

        player = players.create(TestClips.multiTrackMkv(), PlayerOptions.defaults());
        EventRecorder events = EventRecorder.attach(player);
        player.controls().setLooping(true);
        player.controls().play();
        events.awaitStatus(Status.PLAYING, TIMEOUT);

        // Every device, then a sink of the application's (so that the default below is a change even where no
        // device is listed), then the system's default again.
        AudioOutput application = AudioOutput.of("Application sink", "fakesink sync=true name=application-output");
        List<AudioOutput> choices = new ArrayList<>(outputs);
        choices.add(application);
        choices.add(null);
        for (AudioOutput output : choices) {
            chooseAndSeePlaybackGoOn(output, events);
            boolean applicationSinkInUse = ((GstMediaPlayer) player).pipeline().pipeline()
                    .getElementByName("application-output") != null;
            assertThat(applicationSinkInUse).as("the application's sink plays after choosing %s", output)
                    .isEqualTo(output == application);
        }
    }

    @Test
    void theSubtitleChoiceAndItsCaptionsSurviveAnOutputChange() {
        player = players.create(TestClips.multiTrackMkv(),
                PlayerOptions.defaults().withSubtitleLanguages(List.of("en")));
        EventRecorder events = EventRecorder.attach(player);
        player.controls().play();
        events.awaitStatus(Status.PLAYING, TIMEOUT);
        // The user's choice, not the one the player would make.
        player.tracks().select(TrackType.SUBTITLE, 1);
        Await.until(TIMEOUT, () -> text().equals("Deutsch one"), () -> "caption " + text() + "; " + events);
        Track chosen = player.tracks().getSelected(TrackType.SUBTITLE).orElseThrow();
        int announced = events.values(PlayerProperties.SUBTITLE_TRACK).size();

        // Changing the sink takes the pipeline down to READY and up again, with its streams listed anew and new
        // inputs for their cues; the third cue, 5 s on, is read after the change.
        chooseAndSeePlaybackGoOn(AudioOutput.of("Application sink", "fakesink sync=true"), events);
        Await.until(TIMEOUT, () -> text().equals("Deutsch three"), () -> "caption " + text() + " at "
                + player.getCurrentTime() + "; " + events);
        assertThat(player.tracks().getSelected(TrackType.SUBTITLE)).contains(chosen);
        assertThat(events.values(PlayerProperties.SUBTITLE_TRACK)).as("subtitle choices announced")
                .hasSize(announced);
    }

    private String text() {
        return player.tracks().getCaption().map(Caption::getPlainText).orElse("");
    }

    /** Chooses an output, and waits until the player plays on through it, the position advancing. */
    private void chooseAndSeePlaybackGoOn(AudioOutput output, EventRecorder events) {
        player.audio().setOutput(output);
        assertThat(player.audio().getOutput()).isEqualTo(Optional.ofNullable(output));
        // The player pauses for a moment while it swaps its sink: wait for a position past the one before.
        // The clip loops, so a cycle completed counts as advancing too.
        Duration before = player.getCurrentTime();
        int cycles = events.completedCycles();
        Await.until(TIMEOUT, () -> player.getStatus() == Status.PLAYING
                && (player.getCurrentTime().compareTo(before.plusMillis(300)) > 0
                || events.completedCycles() > cycles), () -> "after choosing " + output + ": status "
                + player.getStatus() + " at " + player.getCurrentTime() + ", was at " + before + "; " + events);
        assertThat(events.errors()).as("errors after choosing %s", output).isEmpty();
    }

    /** How many audio sinks {@code gst-device-monitor-1.0 Audio/Sink} prints: the same monitor, another client. */
    private static int devicesTheMonitorToolFinds() throws IOException, InterruptedException {
        Path log = Files.createTempFile("device-monitor", ".txt");
        try {
            // Into a file, so a tool that hangs cannot block the reading: it is killed at the bound.
            Process monitor = new ProcessBuilder("gst-device-monitor-1.0", "Audio/Sink").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!monitor.waitFor(LIST_BOUND.toSeconds(), TimeUnit.SECONDS)) {
                monitor.destroyForcibly().waitFor();
                throw new AssertionError("gst-device-monitor-1.0 Audio/Sink did not end in " + LIST_BOUND);
            }
            return (int) Files.readAllLines(log).stream().filter(line -> line.strip().equals("Device found:"))
                    .count();
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
