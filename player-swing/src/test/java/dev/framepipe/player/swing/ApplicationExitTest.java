package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import javax.swing.JFrame;
import javax.swing.WindowConstants;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.ChildJvm;
import dev.framepipe.player.testing.TestClips;

/**
 * Closing the last window ends the application, as in any Swing program with {@code DISPOSE_ON_CLOSE} windows:
 * with the README's recipe (the panel owns its player and disposes it with the window), and also when the
 * application forgot to dispose a looping player. Such a player no longer keeps AWT alive: its position updates go
 * to the event dispatch thread only while something listens, and the library's components listen only while
 * displayable.
 */
class ApplicationExitTest {
    @Test
    void closingTheWindowOfTheReadmeRecipeEndsTheApplicationAndReleasesThePlayer() throws Exception {
        ChildJvm.Outcome app = ChildJvm.run(App.class, List.of(), Map.of(), TestClips.h264Small().toString(),
                "owned");

        assertThat(app.exitCode()).as(String.join("\n", app.lines())).isZero();
        assertThat(app.lines()).contains("after the window: DISPOSED");
    }

    @Test
    void aLoopingPlayerNobodyDisposedDoesNotKeepTheApplicationAlive() throws Exception {
        ChildJvm.Outcome app = ChildJvm.run(App.class, List.of(), Map.of(), TestClips.h264Small().toString(),
                "forgotten");

        assertThat(app.exitCode()).as(String.join("\n", app.lines())).isZero();
        assertThat(app.lines()).as("the player was still playing when the window closed")
                .contains("after the window: PLAYING");
    }

    /**
     * The application: plays in a loop in a {@code VideoPlayerPanel} (with its control bar), disposes its window
     * after two seconds, and has no other way to end. With {@code owned} the panel owns the player and disposes it
     * with the window (the README's recipe); with {@code forgotten} nobody disposes it.
     */
    public static final class App {
        private App() {
        }

        /**
         * Runs it.
         *
         * @param args the clip, then {@code owned} or {@code forgotten}
         * @throws Exception if the window cannot be made
         */
        public static void main(String[] args) throws Exception {
            boolean owned = "owned".equals(args[1]);
            JFrame[] window = new JFrame[1];
            MediaPlayer player = MediaPlayer.create(MediaSource.of(Paths.get(args[0])),
                    PlayerOptions.defaults().withAudioEnabled(false).withAutoPlay(true));
            player.controls().setCycleCount(PlaybackControls.INDEFINITE);
            EventQueue.invokeAndWait(() -> {
                VideoPlayerPanel panel = new VideoPlayerPanel(player);
                panel.setPlayerOwned(owned);
                panel.setDisposedOnRemoval(owned);
                window[0] = new JFrame("exits");
                window[0].setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                window[0].add(panel);
                window[0].setSize(320, 240);
                window[0].setVisible(true);
            });
            Thread.sleep(2_000);
            EventQueue.invokeAndWait(() -> window[0].dispose());
            Status status = player.getStatus();
            System.out.println("after the window: " + status);
            if (owned != (status == Status.DISPOSED)) {
                System.exit(3);
            }
        }
    }
}
