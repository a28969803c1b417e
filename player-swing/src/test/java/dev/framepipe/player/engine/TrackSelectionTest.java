package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.TestClips;

/** Tracks and captions of real media: listing, preferences, switching, captions that follow the picture. */
class TrackSelectionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private MediaPlayer player;
    private final List<String> captions = new CopyOnWriteArrayList<>();

    @AfterEach
    void dispose() {
        if (player != null) {
            player.dispose();
        }
    }

    private MediaPlayer open(PlayerOptions options) {
        return open(TestClips.multiTrackMkv(), options);
    }

    private MediaPlayer open(Path clip, PlayerOptions options) {
        player = MediaPlayer.create(MediaSource.of(clip), options);
        player.events().addPropertyChangeListener(PlayerProperties.CAPTION, event -> captions.add(
                event.getNewValue() == null ? "-" : ((Caption) event.getNewValue()).getPlainText()));
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY, () -> "status " + player.getStatus());
        return player;
    }

    @Test
    void listsEveryTrackWithItsLanguage() {
        open(PlayerOptions.defaults());

        assertThat(player.tracks().getTracks(TrackType.VIDEO)).hasSize(1);
        assertThat(languages(TrackType.AUDIO)).containsExactly("en", "de");
        assertThat(languages(TrackType.SUBTITLE)).containsExactly("en", "de");
        assertThat(player.tracks().getTracks(TrackType.AUDIO).get(1).getLabel()).startsWith("German");
        assertThat(player.tracks().getSelected(TrackType.AUDIO)).map(Track::getIndex).contains(0);
        assertThat(player.tracks().getSelected(TrackType.SUBTITLE)).map(Track::getIndex).contains(0);
        assertThat(player.tracks().getTracks(TrackType.AUDIO)).allSatisfy(track -> {
            assertThat(track.getCodec()).contains("Vorbis");
            assertThat(track.getChannels()).isEqualTo(1);
        });
        // matroskamux writes no default flag, and Matroska's default for it is "default": every track is one.
        assertThat(player.tracks().getTracks(TrackType.AUDIO)).allMatch(Track::isDefault);
        assertThat(player.tracks().getTracks(TrackType.SUBTITLE)).allMatch(Track::isDefault);
    }

    @Test
    void theTracksTheMediaMarksDefaultAreListedSoAndPlayWhenNoLanguageIsPreferred() {
        open(TestClips.multiTrackMkvGermanDefault(), PlayerOptions.defaults().withSubtitleLanguages(List.of("fr")));

        assertThat(player.tracks().getTracks(TrackType.AUDIO)).extracting(Track::isDefault).containsExactly(false, true);
        assertThat(player.tracks().getTracks(TrackType.SUBTITLE)).extracting(Track::isDefault)
                .containsExactly(false, true);
        // Not the first tracks: the ones the media marks.
        germanPlaysAndShows();
    }

    @Test
    void anMp4WithOneAudioTrackListsItAsTheDefaultWithItsFormat() {
        open(TestClips.h264Small(), PlayerOptions.defaults());

        List<Track> audio = player.tracks().getTracks(TrackType.AUDIO);
        assertThat(audio).hasSize(1);
        Track only = audio.get(0);
        // qtdemux flags no stream as default; the one track that plays is the default all the same.
        assertThat(only.isDefault()).as("default: %s", only).isTrue();
        assertThat(only.getCodec()).hasValueSatisfying(codec -> assertThat(codec).contains("AAC"));
        assertThat(only.getChannels()).isEqualTo(2);
        assertThat(only.getLabel()).contains("stereo");
        assertThat(player.tracks().getSelected(TrackType.AUDIO)).contains(only);
        assertThat(player.tracks().getTracks(TrackType.VIDEO)).singleElement()
                .satisfies(video -> assertThat(video.isDefault()).isTrue());
        assertThat(player.tracks().getTracks(TrackType.SUBTITLE)).isEmpty();
        assertThat(player.tracks().getSelected(TrackType.SUBTITLE)).isEmpty();
    }

    @Test
    void preferredLanguagesChooseTheTracksAtOpen() {
        open(PlayerOptions.defaults().withAudioLanguages(List.of("ger")).withSubtitleLanguages(List.of("fr", "de")));

        germanPlaysAndShows();
    }

    /** Checks that the German audio and subtitle tracks are chosen, and that the German captions show. */
    private void germanPlaysAndShows() {
        assertThat(player.tracks().getSelected(TrackType.AUDIO).flatMap(Track::getLanguage)).contains("de");
        assertThat(player.tracks().getSelected(TrackType.SUBTITLE).flatMap(Track::getLanguage)).contains("de");
        player.controls().play();
        Await.until(TIMEOUT, () -> captions.contains("Deutsch one"), () -> "captions " + captions);
    }

    @Test
    void captionsFollowThePictureAndTheChosenTrack() {
        open(PlayerOptions.defaults());
        player.controls().play();
        Await.until(TIMEOUT, () -> captions.contains("English one"), () -> "captions " + captions);
        Await.until(TIMEOUT, () -> captions.contains("-"), () -> "captions " + captions);

        player.tracks().select(TrackType.SUBTITLE, 1);
        Await.until(TIMEOUT, () -> captions.contains("Deutsch two"), () -> "captions " + captions);
        assertThat(captions).doesNotContain("English two");

        player.tracks().deselect(TrackType.SUBTITLE);
        Await.until(TIMEOUT, () -> player.tracks().getSelected(TrackType.SUBTITLE).isEmpty(),
                () -> "subtitle " + player.tracks().getSelected(TrackType.SUBTITLE));
        Await.until(TIMEOUT, () -> player.tracks().getCaption().isEmpty(), () -> "captions " + captions);
    }

    @Test
    void thirtySubtitleTracksAreListedAndTheLastCanBeShown() {
        player = MediaPlayer.create(MediaSource.of(TestClips.manySubtitleTracksMkv(30)),
                PlayerOptions.defaults().withAudioEnabled(false));
        player.events().addPropertyChangeListener(PlayerProperties.CAPTION, event -> captions.add(
                event.getNewValue() == null ? "-" : ((Caption) event.getNewValue()).getPlainText()));
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY, () -> "status " + player.getStatus());
        assertThat(player.tracks().getTracks(TrackType.SUBTITLE)).hasSize(30);

        player.tracks().select(TrackType.SUBTITLE, 29);
        player.controls().play();
        // The cue spans most of the clip: on a loaded machine the cue of the last track may reach Java well after
        // its start, and must still be shown then.
        Await.until(TIMEOUT, () -> captions.contains("Track 29"), () -> "captions " + captions + ", status "
                + player.getStatus() + " at " + player.getCurrentTime());
    }

    @Test
    void aTrackThatDoesNotExistIsRefused() {
        open(PlayerOptions.defaults());

        assertThatThrownBy(() -> player.tracks().select(TrackType.AUDIO, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no AUDIO track 2");
        assertThatThrownBy(() -> player.tracks().select(TrackType.VIDEO, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> player.tracks().select(TrackType.SUBTITLE, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no SUBTITLE track 2")
                .hasMessageContaining("lists 2 SUBTITLE tracks");
        assertThatThrownBy(() -> player.tracks().select(TrackType.SUBTITLE, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(player.tracks().getSelected(TrackType.SUBTITLE)).map(Track::getIndex).contains(0);
    }

    @Test
    void aTrackOfMediaPlayedBeforeIsRefused() {
        open(PlayerOptions.defaults());
        Track german = player.tracks().getTracks(TrackType.AUDIO).get(1);
        Track english = player.tracks().getTracks(TrackType.AUDIO).get(0);
        Track subtitle = player.tracks().getTracks(TrackType.SUBTITLE).get(0);
        player.dispose();

        open(TestClips.h264Small(), PlayerOptions.defaults());
        // Index 1 does not exist here; index 0 does, but is another track (AAC, not the English Vorbis one), so
        // choosing by the old object must not quietly choose whatever has its index now.
        for (Track stale : List.of(german, english, subtitle)) {
            assertThatThrownBy(() -> player.tracks().select(stale)).as("select %s", stale)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not list the track");
        }
        assertThat(player.tracks().getSelected(TrackType.AUDIO)).map(Track::getIndex).contains(0);
    }

    private List<String> languages(TrackType type) {
        return player.tracks().getTracks(type).stream().map(track -> track.getLanguage().orElse("?"))
                .collect(Collectors.toList());
    }
}
