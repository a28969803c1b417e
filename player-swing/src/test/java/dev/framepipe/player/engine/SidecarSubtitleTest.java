package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.Caption;
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
 * Subtitle files lying beside a video, as users keep them: found when the video opens, listed with the language
 * their names give, and each showing its own text, whatever its format and encoding.
 */
class SidecarSubtitleTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Each cue lasts the whole clip, so whichever track is chosen has a caption at any moment. */
    private static final String WHOLE_CLIP = "00:00:00,000 --> 00:01:00,000";

    @RegisterExtension
    final OpenPlayers players = new OpenPlayers();

    @TempDir
    Path folder;

    private MediaPlayer player;
    private EventRecorder events;

    /** Copies a clip into the folder as {@code movie.mp4} and plays it, looping, with French subtitles preferred. */
    private void play() throws Exception {
        Path movie = Files.copy(TestClips.h264Long(), folder.resolve("movie.mp4"));
        player = players.create(movie,
                PlayerOptions.defaults().withAudioEnabled(false).withSubtitleLanguages(List.of("fr")));
        events = EventRecorder.attach(player);
        player.controls().setLooping(true);
        player.controls().play();
        events.awaitStatus(Status.PLAYING, TIMEOUT);
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        return Files.write(folder.resolve(name), text.getBytes(charset));
    }

    @Test
    void filesBesideTheVideoAreListedWithTheirLanguagesAndShowTheirText() throws Exception {
        Path bare = write("movie.srt", "1\n" + WHOLE_CLIP + "\nPlain SubRip\n", StandardCharsets.UTF_8);
        Path german = write("movie.de.vtt", "WEBVTT\n\n00:00.000 --> 01:00.000\nUntertitel aus WebVTT\n",
                StandardCharsets.UTF_8);
        Path ass = write("movie.ass", "[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
                + "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
                + "Dialogue: 0,0:00:00.00,0:01:00.00,Default,,0,0,0,,{\\i1}Kursiv{\\i0} aus ASS\\Nzweite Zeile\n",
                StandardCharsets.UTF_8);
        // Latin-1, with no byte order mark and nothing to say so: recognised because it is not valid UTF-8.
        Path french = write("movie.fr.srt", "1\n" + WHOLE_CLIP + "\nÇa coûte cher, garçon !\n",
                StandardCharsets.ISO_8859_1);
        play();

        Await.until(TIMEOUT, () -> player.tracks().getTracks(TrackType.SUBTITLE).size() == 4,
                () -> "tracks " + player.tracks().getTracks(TrackType.SUBTITLE) + "; events " + events);
        List<Track> tracks = player.tracks().getTracks(TrackType.SUBTITLE);
        assertThat(tracks).extracting(track -> track.getFile().orElseThrow())
                .containsExactly(ass, german, french, bare);
        assertThat(tracks).extracting(track -> track.getLanguage().orElse("-"))
                .containsExactly("-", "de", "fr", "-");
        assertThat(tracks).extracting(track -> track.getCodec().orElse("-"))
                .containsExactly("SubStation Alpha", "WebVTT", "SubRip", "SubRip");
        // French is preferred, so of the files found, the French one is shown, and read right.
        Await.until(TIMEOUT, () -> text().equals("Ça coûte cher, garçon !"), () -> "caption " + text()
                + ", chosen " + player.tracks().getSelected(TrackType.SUBTITLE));
        assertThat(player.tracks().getSelected(TrackType.SUBTITLE)).contains(tracks.get(2));

        Map<Track, String> expected = Map.of(tracks.get(0), "Kursiv aus ASS\nzweite Zeile",
                tracks.get(1), "Untertitel aus WebVTT", tracks.get(3), "Plain SubRip");
        for (Track track : List.of(tracks.get(0), tracks.get(1), tracks.get(3))) {
            player.tracks().select(track);
            Await.until(TIMEOUT, () -> text().equals(expected.get(track)), () -> "caption " + text() + " for "
                    + track);
        }
        player.tracks().select(tracks.get(0));
        Await.until(TIMEOUT, () -> player.tracks().getCaption().map(Caption::getMarkup)
                .filter("<i>Kursiv</i> aus ASS\nzweite Zeile"::equals).isPresent(), () -> "caption "
                + player.tracks().getCaption());
        assertThat(events.errors()).isEmpty();
        assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
    }

    @Test
    void theSubOfAVobSubPairBesideTheVideoRaisesNoError() throws Exception {
        Files.copy(TestClips.vobSubPictures(), folder.resolve("movie.sub"));
        write("movie.idx", "# VobSub index file, v7 (do not modify this line!)\nsize: 720x480\n",
                StandardCharsets.US_ASCII);
        // Found files are read one after the other in name order, so once this one is listed, movie.sub has had
        // its turn, and an error about it would have been announced before the list that shows this one.
        Path last = write("movie.vtt", "WEBVTT\n\n00:00.000 --> 01:00.000\nAfter the VobSub\n",
                StandardCharsets.UTF_8);
        play();

        Await.until(TIMEOUT, () -> !player.tracks().getTracks(TrackType.SUBTITLE).isEmpty(),
                () -> "tracks " + player.tracks().getTracks(TrackType.SUBTITLE) + "; events " + events);
        assertThat(player.tracks().getTracks(TrackType.SUBTITLE)).extracting(track -> track.getFile().orElseThrow())
                .containsExactly(last);
        Await.until(TIMEOUT, () -> text().equals("After the VobSub"), () -> "caption " + text());
        assertThat(events.errors()).isEmpty();
    }

    private String text() {
        return player.tracks().getCaption().map(Caption::getPlainText).orElse("");
    }
}
