package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ChapterClips;
import dev.framepipe.player.testing.DashClips;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.LocalHttpServer;
import dev.framepipe.player.testing.TestClips;

/**
 * Media over HTTP from a real server on 127.0.0.1: progressive download with seeking, a server that stalls, and HLS
 * made by GStreamer's {@code hlssink}, as a recording and as a live playlist, and a DASH recording.
 */
class HttpStreamingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final LocalHttpServer server = LocalHttpServer.start();
    private MediaPlayer player;

    @AfterEach
    void close() {
        if (player != null) {
            player.dispose();
        }
        server.close();
    }

    @Test
    void aFileOverHttpPlaysAndSeeksWithRangeRequests() {
        player = MediaPlayer.create(MediaSource.of(server.serve("/clip.mkv", ChapterClips.chapteredMkv())),
                PlayerOptions.defaults().withAudioEnabled(false));
        EventRecorder events = EventRecorder.attach(player);
        events.awaitStatus(Status.READY, TIMEOUT);

        assertThat(player.media().isLive()).isFalse();
        assertThat(player.media().isSeekable()).isTrue();
        assertThat(player.media().getDuration()).hasValueSatisfying(duration -> assertThat(duration.toMillis())
                .isBetween(9_900L, 10_100L));
        player.controls().seek(Duration.ofSeconds(7));
        Await.until(TIMEOUT, () -> events.seeksCompleted().contains(Duration.ofSeconds(7)),
                () -> "seeks " + events.seeksCompleted());
        player.controls().play();
        Await.until(TIMEOUT, () -> player.getCurrentTime().toMillis() > 7_300, () -> "at " + player.getCurrentTime());
        assertThat(server.requests()).as("range requests").isGreaterThan(1);
    }

    @Test
    void aServerThatStallsShowsBufferingAndPlaybackResumesByItself() {
        server.stallAfter(300_000, 5_000);
        player = MediaPlayer.create(MediaSource.of(server.serve("/clip.mkv", ChapterClips.chapteredMkv())),
                PlayerOptions.defaults().withAudioEnabled(false));
        List<Object> levels = new CopyOnWriteArrayList<>();
        player.events().addPropertyChangeListener(PlayerProperties.BUFFER_LEVEL, event -> levels.add(
                event.getNewValue()));
        EventRecorder events = EventRecorder.attach(player);
        player.controls().play();

        Await.until(TIMEOUT, () -> events.statuses().contains(Status.STALLED), () -> "statuses " + events.statuses());
        Await.until(TIMEOUT, () -> levels.stream().anyMatch(level -> (Integer) level < 100),
                () -> "levels " + levels);
        Await.until(TIMEOUT, () -> player.getStatus() == Status.PLAYING && player.getBufferLevel() == 100
                && player.getCurrentTime().toMillis() > 5_000, () -> "status " + player.getStatus() + ", level "
                + player.getBufferLevel() + ", at " + player.getCurrentTime());
        assertThat(events.errors()).isEmpty();
    }

    @Test
    void theNetworkBufferIsAnOptionWithCheckedValues() {
        player = MediaPlayer.create(MediaSource.of(server.serve("/clip.mkv", ChapterClips.chapteredMkv())),
                PlayerOptions.defaults().withAudioEnabled(false).withNetworkBuffer(Duration.ofSeconds(5),
                        4 * 1024 * 1024));
        EventRecorder.attach(player).awaitStatus(Status.READY, TIMEOUT);
        org.freedesktop.gstreamer.Pipeline playbin = ((GstMediaPlayer) player).pipeline().pipeline();

        assertThat(playbin.get("buffer-duration")).isEqualTo(5_000_000_000L);
        assertThat(playbin.get("buffer-size")).isEqualTo(4 * 1024 * 1024);
        assertThatThrownBy(() -> PlayerOptions.defaults().withNetworkBuffer(Duration.ZERO, 1 << 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlayerOptions.defaults().withNetworkBuffer(Duration.ofSeconds(1), 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 kB");
    }

    @Test
    void anHlsRecordingHasItsDurationAndSeeks() {
        server.serveFolder("/hls/", TestClips.hlsRecording());
        assertASixSecondRecordingThatSeeks(server.uri("/hls/index.m3u8"));
    }

    @Test
    void aDashRecordingHasItsDurationAndSeeks() {
        server.serveFolder("/dash/", DashClips.recording());
        assertASixSecondRecordingThatSeeks(server.uri("/dash/manifest.mpd"));
    }

    private void assertASixSecondRecordingThatSeeks(URI manifest) {
        player = MediaPlayer.create(MediaSource.of(manifest), PlayerOptions.defaults().withAudioEnabled(false));
        EventRecorder events = EventRecorder.attach(player);
        events.awaitStatus(Status.READY, TIMEOUT);

        assertThat(player.media().isLive()).isFalse();
        assertThat(player.media().getDuration()).hasValueSatisfying(duration -> assertThat(duration.toMillis())
                .isBetween(5_800L, 6_200L));
        player.controls().seek(Duration.ofSeconds(3));
        Await.until(TIMEOUT, () -> events.seeksCompleted().contains(Duration.ofSeconds(3)),
                () -> "seeks " + events.seeksCompleted());
        player.controls().play();
        Await.until(TIMEOUT, () -> player.getCurrentTime().toMillis() > 3_500, () -> "at " + player.getCurrentTime());
        assertThat(events.errors()).isEmpty();
    }

    @Test
    void anHlsPlaylistWithoutAnEndIsLive(@TempDir Path folder) throws IOException {
        Path recording = TestClips.hlsRecording();
        server.serveFolder("/hls/", recording);
        String playlist = Files.readString(recording.resolve("index.m3u8")).replace("#EXT-X-ENDLIST", "");
        server.serve("/hls/live.m3u8", Files.writeString(folder.resolve("live.m3u8"), playlist));
        player = MediaPlayer.create(MediaSource.of(server.uri("/hls/live.m3u8")),
                PlayerOptions.defaults().withAudioEnabled(false));
        EventRecorder events = EventRecorder.attach(player);
        events.awaitStatus(Status.READY, TIMEOUT);

        assertThat(player.media().isLive()).isTrue();
        assertThat(player.media().isSeekable()).isFalse();
        player.controls().play();
        Await.until(TIMEOUT, () -> player.getCurrentTime().toMillis() > 500, () -> "at " + player.getCurrentTime());
    }

    @Test
    void aTruncatedPlaylistPlaysWhatItListsOrFailsNamingIt(@TempDir Path folder) throws IOException {
        Path recording = TestClips.hlsRecording();
        server.serveFolder("/hls/", recording);
        String playlist = Files.readString(recording.resolve("index.m3u8"));
        // Cut in the middle of a segment's name, as an upload that broke off leaves it.
        String cut = playlist.substring(0, playlist.indexOf("segment00003") + "segment0".length());
        server.serve("/hls/cut.m3u8", Files.writeString(folder.resolve("cut.m3u8"), cut));
        player = MediaPlayer.create(MediaSource.of(server.uri("/hls/cut.m3u8")),
                PlayerOptions.defaults().withAudioEnabled(false).withAutoPlay(true));
        EventRecorder events = EventRecorder.attach(player);

        Await.until(TIMEOUT, () -> player.getCurrentTime().toMillis() > 1_000 || !events.errors().isEmpty(),
                () -> "neither playing nor failed: " + events);
        events.errors().forEach(error -> assertThat(error.getMessage()).contains("/hls/cut.m3u8"));
    }
}
