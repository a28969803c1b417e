package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.Caption;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.subtitle.SubtitleFile;

/** The engine's track choices over a fake pipeline: preferences, cues per track, files, audio off. */
class TrackBookTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path folder;

    private static List<Track> media() {
        return List.of(Track.builder(TrackType.VIDEO, 0).build(),
                Track.builder(TrackType.AUDIO, 0).language("en").build(),
                Track.builder(TrackType.AUDIO, 1).language("de").defaultTrack(true).build(),
                Track.builder(TrackType.SUBTITLE, 0).language("en").build(),
                Track.builder(TrackType.SUBTITLE, 1).language("fr").build());
    }

    private static FakeEngine engine(List<String> subtitleLanguages) {
        return new FakeEngine(new FakePipeline(FakeEngine.CLIP_NANOS).withTracks(media()), false,
                subtitleLanguages).settle();
    }

    @Test
    void withoutPreferencesTheMediaDefaultPlays() {
        FakeEngine engine = engine(List.of());

        assertThat(engine.events.tracks.selected(TrackType.AUDIO)).map(Track::getIndex).contains(1);
        assertThat(engine.pipeline.trackChoices()).containsExactly("AUDIO 1");
        assertThat(engine.events.tracks.selected(TrackType.SUBTITLE)).map(Track::getIndex).contains(0);
    }

    @Test
    void aPreferredLanguageWinsOverTheDefault() {
        FakeEngine engine = engine(List.of("fra"));

        assertThat(engine.events.tracks.selected(TrackType.SUBTITLE)).map(Track::getIndex).contains(1);
    }

    @Test
    void choosingATrackShowsTheCueItAlreadyHasForTheFrameOnScreen() {
        FakeEngine engine = engine(List.of());
        engine.pipeline.postCue(0, new Caption("Hello", 0, 5 * SECOND, Caption.Placement.BOTTOM));
        engine.pipeline.postCue(1, new Caption("Bonjour", 0, 5 * SECOND, Caption.Placement.BOTTOM));
        engine.settle();
        engine.captions.position(SECOND);
        assertThat(last(engine)).isEqualTo("Hello");

        engine.mailbox.chooseTrack(TrackType.SUBTITLE, 1);
        engine.settle();
        assertThat(last(engine)).isEqualTo("Bonjour");

        engine.mailbox.chooseTrack(TrackType.SUBTITLE, CommandBatch.OFF);
        engine.settle();
        assertThat(engine.events.captions).last().isNull();
        assertThat(engine.events.tracks.selected(TrackType.SUBTITLE)).isEmpty();
    }

    @Test
    void audioOffMutesAndOnAgainRestoresTheUsersSetting() {
        FakeEngine engine = engine(List.of());

        engine.mailbox.chooseTrack(TrackType.AUDIO, CommandBatch.OFF);
        engine.settle();
        assertThat(engine.pipeline.muted()).isTrue();
        assertThat(engine.events.tracks.selected(TrackType.AUDIO)).isEmpty();

        engine.mailbox.chooseTrack(TrackType.AUDIO, 0);
        engine.settle();
        assertThat(engine.pipeline.muted()).isFalse();
        assertThat(engine.pipeline.trackChoices()).endsWith("AUDIO 0");
    }

    /**
     * Playbin lists its streams coming and going as playback starts: a choice the user made stays made when its
     * track is listed again (it was lost, the automatic choice taking its place: seen in TrackSwitchTest in CI).
     */
    @Test
    void theUsersAudioChoiceOutlivesItsTrackBrieflyMissingFromTheList() {
        FakeEngine engine = engine(List.of());
        engine.mailbox.chooseTrack(TrackType.AUDIO, 0);
        engine.settle();
        engine.pipeline.postTracks(List.of(media().get(0)));
        engine.pipeline.postTracks(media());
        engine.settle();

        assertThat(engine.events.tracks.selected(TrackType.AUDIO)).map(Track::getIndex).contains(0);
        assertThat(engine.pipeline.trackChoices()).endsWith("AUDIO 0");
    }

    @Test
    void anotherAudioOutputSwapsTheSinkAndPlaysOnWhereItWas() {
        FakeEngine engine = engine(List.of());
        engine.controls.seek(java.time.Duration.ofSeconds(2), dev.framepipe.player.SeekMode.ACCURATE);
        engine.controls.play();
        engine.settle();

        engine.audio.setOutput(dev.framepipe.player.AudioOutput.of("Headphones", "fakesink name=headphones"));
        engine.settle();

        assertThat(engine.pipeline.audioSinks()).containsExactly("fakesink name=headphones");
        assertThat(engine.events.status()).isEqualTo(dev.framepipe.player.Status.PLAYING);
        assertThat(engine.pipeline.seeks()).last().satisfies(seek -> assertThat(seek.start())
                .isEqualTo(2 * SECOND));
    }

    @Test
    void anOutputWhoseSinkCannotBeMadeIsReportedAndTheSoundStays() {
        FakeEngine engine = engine(List.of());

        engine.audio.setOutput(dev.framepipe.player.AudioOutput.of("Broken", "broken"));
        engine.settle();

        assertThat(engine.pipeline.audioSinks()).isEmpty();
        assertThat(engine.events.errors).singleElement().satisfies(error -> {
            assertThat(error.isFatal()).isFalse();
            assertThat(error.getMessage()).contains("Broken").contains("broken");
        });
    }

    @Test
    void aFileFoundBesideTheMediaIsListedAfterTheEmbeddedTracksAndShownWhenPreferred() throws Exception {
        FakeEngine engine = engine(List.of("de"));
        Path file = Files.writeString(folder.resolve("clip.de.srt"),
                "1\n00:00:00,000 --> 00:00:05,000\nHallo\n", StandardCharsets.UTF_8);

        engine.controller.subtitleFileLoaded(SubtitleFile.read(file), false);
        engine.captions.position(SECOND);

        Track added = engine.events.tracks.ofType(TrackType.SUBTITLE).get(2);
        assertThat(added.getFile()).contains(file);
        assertThat(added.getCodec()).contains("SubRip");
        assertThat(engine.events.tracks.selected(TrackType.SUBTITLE)).contains(added);
        assertThat(last(engine)).isEqualTo("Hallo");
    }

    private static String last(FakeEngine engine) {
        List<Caption> captions = engine.events.captions;
        Caption caption = captions.isEmpty() ? null : captions.get(captions.size() - 1);
        return caption == null ? null : caption.getPlainText();
    }
}
