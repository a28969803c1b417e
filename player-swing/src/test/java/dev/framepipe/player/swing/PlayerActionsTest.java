package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javax.swing.Action;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.PlayerActions.Command;
import dev.framepipe.player.testing.StubPlayer;
import dev.framepipe.player.testing.Windows;

/** The actions follow the player's status, and do no work for the ten position updates a second of playback. */
class PlayerActionsTest {
    private final StubPlayer player = new StubPlayer(MediaSource.ofUri("https://example.invalid/stub.mp4"));

    @Test
    void positionUpdatesLeaveTheActionsAloneWhileStatusChangesUpdateThem() {
        PlayerActions actions = Windows.onEdt(() -> new PlayerActions(player));
        Windows.onEdt(() -> player.announceStatus(Status.PLAYING));
        assertThat(Windows.onEdt(() -> actions.get(Command.PLAY_PAUSE).getValue(Action.NAME))).isEqualTo("Pause");
        assertThat(Windows.onEdt(() -> actions.get(Command.SEEK_FORWARD).isEnabled())).isTrue();

        int readsBefore = player.stateReads();
        Windows.onEdt(() -> {
            for (int tick = 1; tick <= 50; tick++) {
                player.announceTime(Duration.ofMillis(100L * tick));
            }
        });
        assertThat(player.stateReads()).as("player state read for 50 position updates").isEqualTo(readsBefore);

        Windows.onEdt(() -> player.announceStatus(Status.PAUSED));
        assertThat(Windows.onEdt(() -> actions.get(Command.PLAY_PAUSE).getValue(Action.NAME))).isEqualTo("Play");
    }

    @Test
    void theSeekActionsSayHowFarTheyJump() {
        PlayerActions actions = Windows.onEdt(() -> new PlayerActions());
        long seconds = PlayerActions.SEEK_STEP.toSeconds();

        assertThat(Windows.onEdt(() -> actions.get(Command.SEEK_BACKWARD).getValue(Action.NAME)))
                .isEqualTo("Back " + seconds + " seconds");
        assertThat(Windows.onEdt(() -> actions.get(Command.SEEK_FORWARD).getValue(Action.SHORT_DESCRIPTION)))
                .isEqualTo("Jump forward " + seconds + " seconds (Right)");
    }
}
