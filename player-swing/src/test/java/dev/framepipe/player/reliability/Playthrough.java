package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.DisplayState;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.Windows;

/**
 * Plays one input the way an application does: {@code MediaPlayer.create}, shown in a real {@link VideoComponent},
 * {@code play()}, and waits until the player has settled, as its events on the EDT announce it: it halted or it
 * reached the end. Checks what must hold for every input (events on the EDT, only documented status transitions)
 * and disposes the player.
 */
final class Playthrough {
    /** The event a playthrough waits for before it reads the outcome. */
    enum Ending {
        /** The player halted, or it reached the end of the media. */
        HALTED_OR_ENDED,
        /**
         * The player halted. For inputs that must fail: a frame the player refuses can be the last of its stream,
         * so the end of the media may be announced before the halt, and an outcome read at the end has no error.
         */
        HALTED;

        boolean reached(EventRecorder events) {
            List<Status> statuses = events.statuses();
            boolean halted = statuses.contains(Status.HALTED);
            boolean ended = events.endOfMediaCount() > 0 && !statuses.isEmpty()
                    && statuses.get(statuses.size() - 1) == Status.PAUSED;
            return halted || this == HALTED_OR_ENDED && ended;
        }
    }

    /** How long the last frame delivered may take to be painted once the player settled. */
    private static final Duration PAINT_BOUND = Duration.ofSeconds(2);

    private Playthrough() {
    }

    /**
     * Plays a source in the component and reports how it ended.
     *
     * @param video   a showing component; it shows the player while it runs and nothing afterwards
     * @param source  the input
     * @param options the player's options
     * @param bound   the longest the input may take to settle
     * @param scenario what to do while it plays and once it settled
     * @param ending  what settles the input
     * @return the outcome
     * @throws AssertionError if the input did not settle within the bound
     */
    static Outcome play(VideoComponent video, MediaSource source, PlayerOptions options, Duration bound,
                        Scenario scenario, Ending ending) {
        long start = System.nanoTime();
        MediaPlayer player;
        try {
            player = MediaPlayer.create(source, options);
        } catch (MediaException e) {
            return new Outcome(null, e, true, Windows.onEdt(video::getDisplayState), null, 0, 0, false, null,
                    millisSince(start));
        }
        try {
            EventRecorder events = EventRecorder.attach(player);
            Windows.onEdt(() -> video.setMediaPlayer(player));
            player.controls().play();
            scenario.whilePlaying(player);
            // The outcome is read on the EDT after the settling event was handled there, so it sees all the event
            // announced (a halt's error comes in the same EDT task as its status).
            Await.until(bound, () -> ending.reached(events), () -> source + ", waiting until " + ending + ": "
                    + events);
            long millis = millisSince(start);
            Await.until(PAINT_BOUND, () -> player.getStatus() == Status.HALTED
                    || player.statistics().getFramesDelivered() == 0 || player.statistics().getFramesRendered() > 0,
                    () -> source + ": no frame painted");
            Outcome outcome = Windows.onEdt(() -> new Outcome(player.getStatus(), player.getError().orElse(null),
                    false, video.getDisplayState(), video.getAccessibleContext().getAccessibleDescription(),
                    player.statistics().getFramesDelivered(), player.statistics().getFramesRendered(),
                    events.endOfMediaCount() > 0,
                    player.media().getVideoSize().orElse(null), millis));
            scenario.settled(player);
            assertThat(events.offEdt()).as("events off the EDT").isEmpty();
            assertThat(StatusRules.firstIllegal(events.statuses())).as("undocumented transition in "
                    + events.statuses()).isNull();
            return outcome;
        } finally {
            Windows.onEdt(() -> video.setMediaPlayer(null));
            player.dispose();
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * Checks that a halted input was reported the way a user can act on: a fatal error naming the input, and the
     * component showing that message.
     *
     * @param outcome the outcome
     * @param input   the input as the user gave it (a path or URI)
     * @return the error
     */
    static MediaException haltedClearly(Outcome outcome, String input) {
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(Status.HALTED);
        MediaException error = outcome.error().orElseThrow();
        assertThat(error.isFatal()).isTrue();
        assertThat(error.getInput()).isEqualTo(input);
        assertThat(error.getMessage()).contains(input);
        assertThat(outcome.shown()).isEqualTo(DisplayState.ERROR);
        assertThat(outcome.description()).isEqualTo("Error: " + error.getMessage());
        return error;
    }

    /**
     * Checks that a playable input was shown to its end: frames painted, no error.
     *
     * @param outcome the outcome
     */
    static void shown(Outcome outcome) {
        assertThat(outcome.error()).as(outcome.toString()).isEmpty();
        assertThat(outcome.ended()).isTrue();
        assertThat(outcome.framesRendered()).as(outcome.toString()).isPositive();
        assertThat(outcome.shown()).isEqualTo(DisplayState.VIDEO);
    }
}
