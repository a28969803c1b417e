package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;

import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.elements.AppSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.AudioOutput;
import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.TestClips;

/**
 * What reaches the audio output, measured: the tone of the chosen audio track (440 Hz English, 880 Hz German), silence
 * when audio is off, and the pitch kept at other rates. The output is an appsink given as the player's audio sink.
 */
class AudioTrackTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String PROBE = "audioconvert ! audioresample ! appsink name=tone-probe sync=true "
            + "caps=audio/x-raw,format=S16LE,channels=1,rate=44100";

    private MediaPlayer player;
    private AppSink probe;

    @AfterEach
    void dispose() {
        if (player != null) {
            player.dispose();
        }
    }

    private void open(PlayerOptions options) {
        player = MediaPlayer.create(MediaSource.of(TestClips.multiTrackMkv()),
                options.withAudioSink(PROBE).withSubtitleLanguages(List.of("en")));
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY, () -> "status " + player.getStatus());
        Element found = ((GstMediaPlayer) player).pipeline().pipeline().getElementByName("tone-probe");
        probe = (AppSink) found;
    }

    @Test
    void theChosenTrackIsTheToneThatIsHeard() {
        open(PlayerOptions.defaults());
        player.controls().play();
        assertThat(frequency()).isCloseTo(440, within(15.0));

        long asked = System.nanoTime();
        player.tracks().select(TrackType.AUDIO, 1);
        double heard = frequency();
        while (Math.abs(heard - 880) > 15 && System.nanoTime() - asked < TIMEOUT.toNanos()) {
            heard = frequency();
        }
        System.out.printf("audio track switch: 880 Hz heard %d ms after the choice%n",
                (System.nanoTime() - asked) / 1_000_000);
        assertThat(heard).isCloseTo(880, within(15.0));

        player.tracks().deselect(TrackType.AUDIO);
        Await.until(TIMEOUT, () -> loudness() < 0.001, () -> "still audible");
        player.tracks().select(TrackType.AUDIO, 0);
        Await.until(TIMEOUT, () -> loudness() > 0.1 && Math.abs(frequency() - 440) < 15, () -> "no 440 Hz tone");
    }

    @Test
    void scaletempoKeepsThePitchAtOtherRates() {
        for (double rate : new double[] {1.5, 0.5}) {
            open(PlayerOptions.defaults());
            player.controls().setRate(rate);
            player.controls().play();
            samples(44_100); // what was queued before the new rate took effect
            long mediaBefore = player.getCurrentTime().toMillis();
            double tone = frequency();
            samples(44_100 - 13_000);
            double mediaPerSecondHeard = (player.getCurrentTime().toMillis() - mediaBefore) / 1000.0;
            // Printed so each run's figures can be recorded, not only whether they were within tolerance.
            System.out.printf("scaletempo at rate %s: %.1f Hz heard for the 440 Hz track, %.2f s of media per "
                    + "second heard%n", rate, tone, mediaPerSecondHeard);
            assertThat(mediaPerSecondHeard).as("media played per second heard at rate %s", rate)
                    .isCloseTo(rate, within(0.25));
            assertThat(tone).as("tone at rate %s", rate).isCloseTo(440, within(15.0));
            dispose();
            player = null;
        }
    }

    @Test
    void withoutPitchCorrectionTheSamplesAreNotStretchedSoThePitchFollowsTheRate() {
        open(PlayerOptions.defaults().withPitchCorrection(false));
        assertThat(((GstMediaPlayer) player).pipeline().pipeline().getElementByName("framepipe-scaletempo"))
                .isNull();
        player.controls().setRate(1.5);
        player.controls().play();
        samples(44_100);
        long mediaBefore = player.getCurrentTime().toMillis();
        samples(44_100);
        // One second of samples carries one second of media, played in two thirds of a second: 440 Hz sounds as
        // 660 Hz. With scaletempo the same samples carry 1.5 s of media at 440 Hz.
        double mediaPerSecondOfSamples = (player.getCurrentTime().toMillis() - mediaBefore) / 1000.0;
        assertThat(mediaPerSecondOfSamples).isCloseTo(1.0, within(0.25));
    }

    @Test
    void halfVolumeIsAnEighthOfTheLevelAsOnACubicCurve() {
        open(PlayerOptions.defaults());
        player.controls().play();
        samples(22_050);
        double full = loudness();

        player.audio().setVolume(0.5);
        samples(66_150); // what playsink had queued at full volume
        double half = loudness();

        assertThat(half / full).isCloseTo(0.125, within(0.02));
    }

    @Test
    void theSoundMovesToAnotherOutputWhilePlayingAndPlaysOnWhereItWas() {
        open(PlayerOptions.defaults());
        player.controls().play();
        assertThat(frequency()).isCloseTo(440, within(15.0));
        Duration before = player.getCurrentTime();

        player.audio().setOutput(AudioOutput.of("Second probe", PROBE.replace("tone-probe", "second-probe")));
        Await.until(TIMEOUT, () -> ((GstMediaPlayer) player).pipeline().pipeline()
                .getElementByName("second-probe") != null, () -> "the new output is not in the pipeline");
        probe = (AppSink) ((GstMediaPlayer) player).pipeline().pipeline().getElementByName("second-probe");

        assertThat(frequency()).as("the tone at the new output").isCloseTo(440, within(15.0));
        Await.until(TIMEOUT, () -> player.getStatus() == Status.PLAYING
                && player.getCurrentTime().compareTo(before) > 0, () -> "status " + player.getStatus() + " at "
                + player.getCurrentTime() + ", was at " + before);
        assertThat(player.audio().getOutput()).map(AudioOutput::getName).contains("Second probe");
    }

    @Test
    void anAudioSinkThatDoesNotParseIsNamedInTheError() {
        assertThatThrownBy(() -> MediaPlayer.create(MediaSource.of(TestClips.multiTrackMkv()),
                PlayerOptions.defaults().withAudioSink("no-such-sink-element")))
                .isInstanceOf(MediaException.class).hasMessageContaining("no-such-sink-element");
    }

    /** The dominant frequency of about 0.3 s of output, by counting zero crossings. */
    private double frequency() {
        short[] samples = samples(13_000);
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                crossings++;
            }
        }
        return crossings * 44_100.0 / samples.length;
    }

    /** The RMS level of about 0.1 s of output, 0..1. */
    private double loudness() {
        short[] samples = samples(4_410);
        double sum = 0;
        for (short sample : samples) {
            sum += (double) sample * sample;
        }
        return Math.sqrt(sum / samples.length) / Short.MAX_VALUE;
    }

    private short[] samples(int count) {
        short[] samples = new short[count];
        int filled = 0;
        while (filled < count) {
            Sample sample = probe.pullSample();
            assertThat(sample).as("audio output ended").isNotNull();
            try {
                Buffer buffer = sample.getBuffer();
                ByteBuffer mapped = buffer.map(false);
                if (mapped == null) {
                    continue; // an empty gap buffer: scaletempo sends them when the rate changes
                }
                ByteBuffer bytes = mapped.order(ByteOrder.LITTLE_ENDIAN);
                try {
                    while (bytes.remaining() >= 2 && filled < count) {
                        samples[filled++] = bytes.getShort();
                    }
                } finally {
                    buffer.unmap();
                }
            } finally {
                sample.dispose();
            }
        }
        return samples;
    }
}
