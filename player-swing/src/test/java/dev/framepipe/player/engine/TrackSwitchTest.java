package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.FrameRecorder;
import dev.framepipe.player.testing.OpenPlayers;
import dev.framepipe.player.testing.TestClips;

/**
 * Tracks as an application follows them on a real player: the list and each choice announced on the EDT, and a
 * switch while playing that neither moves the position nor stops the pictures.
 */
class TrackSwitchTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /**
     * The largest step allowed between two frames' times across a switch: the 40 ms of a frame at 25 fps, plus a few
     * frames a busy machine may drop. A switch that flushed and restarted from the key frame would go back up to a
     * second; one that skipped ahead would leave a gap.
     */
    private static final long MAX_FRAME_STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    @RegisterExtension
    final OpenPlayers players = new OpenPlayers();

    @TempDir
    Path folder;

    private MediaPlayer player;
    private EventRecorder events;

    private void open() {
        player = players.create(TestClips.multiTrackMkv(),
                PlayerOptions.defaults().withSubtitleLanguages(List.of("en")));
        events = EventRecorder.attach(player);
        events.awaitStatus(Status.READY, TIMEOUT);
    }

    @Test
    void theTrackListAndEveryChoiceAreAnnouncedOnTheEdt() throws Exception {
        open();

        List<Track> all = new ArrayList<>();
        for (TrackType type : TrackType.values()) {
            all.addAll(player.tracks().getTracks(type));
        }
        assertThat(all).hasSize(5);
        assertThat(events.values(PlayerProperties.TRACKS)).last().isEqualTo(all);
        // Announced before READY, so an application filling its track menu when the player is ready finds them.
        List<String> order = events.events();
        assertThat(firstIndex(order, "property " + PlayerProperties.TRACKS + "="))
                .isLessThan(order.indexOf("property " + PlayerProperties.STATUS + "=" + Status.READY));
        assertThat(events.values(PlayerProperties.AUDIO_TRACK)).last().isEqualTo(track(TrackType.AUDIO, 0));
        assertThat(events.values(PlayerProperties.SUBTITLE_TRACK)).last().isEqualTo(track(TrackType.SUBTITLE, 0));

        player.controls().play();
        player.tracks().select(TrackType.AUDIO, 1);
        awaitLast(PlayerProperties.AUDIO_TRACK, track(TrackType.AUDIO, 1));
        player.tracks().select(TrackType.SUBTITLE, 1);
        awaitLast(PlayerProperties.SUBTITLE_TRACK, track(TrackType.SUBTITLE, 1));
        player.tracks().deselect(TrackType.SUBTITLE);
        awaitLast(PlayerProperties.SUBTITLE_TRACK, null);
        player.tracks().deselect(TrackType.AUDIO);
        awaitLast(PlayerProperties.AUDIO_TRACK, null);

        // A file added while playing: the list grows by it, and it is chosen, as asked.
        Path file = Files.writeString(folder.resolve("added.srt"), TestClips.subRip("Added"), StandardCharsets.UTF_8);
        player.tracks().addSubtitleFile(file);
        Await.until(TIMEOUT, () -> ((List<?>) last(PlayerProperties.TRACKS)).size() == 6, () -> "events " + events);
        Track added = track(TrackType.SUBTITLE, 2);
        assertThat(added.getFile()).contains(file);
        awaitLast(PlayerProperties.SUBTITLE_TRACK, added);

        assertThat(events.errors()).isEmpty();
        assertThat(events.offEdt()).as("events delivered off the EDT").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TrackType.class, names = {"AUDIO", "SUBTITLE"})
    void aSwitchWhilePlayingKeepsThePositionAndTheFramesComing(TrackType type) {
        open();
        FrameRecorder frames = new FrameRecorder();
        FrameSource.of(player).orElseThrow().attach(frames);
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.lastTimestamp() >= TimeUnit.MILLISECONDS.toNanos(1500),
                () -> "last frame at " + frames.lastTimestamp() + " ns, status " + player.getStatus());
        long delivered = player.statistics().getFramesDelivered();
        int framesBefore = frames.count();
        Duration positionBefore = player.getCurrentTime();
        long asked = System.nanoTime();

        player.tracks().select(type, 1);
        awaitLast(type == TrackType.AUDIO ? PlayerProperties.AUDIO_TRACK : PlayerProperties.SUBTITLE_TRACK,
                track(type, 1));
        Duration positionAfter = player.getCurrentTime();
        Duration wallClock = Duration.ofNanos(System.nanoTime() - asked);
        Await.until(TIMEOUT, () -> frames.count() >= framesBefore + 25, () -> frames.count() - framesBefore
                + " frames since the switch, status " + player.getStatus());

        System.out.printf("%s switch: position %d ms before, %d ms when announced %d ms later%n", type,
                positionBefore.toMillis(), positionAfter.toMillis(), wallClock.toMillis());
        // The position is announced ten times a second, so it may lag by a tick, but it does not go back, and it
        // does not run ahead of the time that passed.
        assertThat(positionAfter).isBetween(positionBefore.minusMillis(50),
                positionBefore.plus(wallClock).plusMillis(250));
        List<Long> times = frames.timestamps();
        for (int i = 1; i < times.size(); i++) {
            long step = times.get(i) - times.get(i - 1);
            assertThat(step).as("step from frame %d (%d ns) to the next (%d ns)", i - 1, times.get(i - 1),
                    times.get(i)).isPositive().isLessThanOrEqualTo(MAX_FRAME_STEP_NANOS);
        }
        assertThat(player.statistics().getFramesDelivered()).isGreaterThanOrEqualTo(delivered + 25);
        assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
        assertThat(events.errors()).isEmpty();
    }

    private Track track(TrackType type, int index) {
        return player.tracks().getTracks(type).get(index);
    }

    /** Waits until a property's last announced value is the one given ({@code null}: announced as cleared). */
    private void awaitLast(String property, Object value) {
        Await.until(TIMEOUT, () -> !events.values(property).isEmpty() && Objects.equals(last(property), value),
                () -> property + " should become " + value + "; events " + events);
    }

    private Object last(String property) {
        List<Object> values = events.values(property);
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    private static int firstIndex(List<String> events, String prefix) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
