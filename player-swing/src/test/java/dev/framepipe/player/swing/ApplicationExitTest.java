package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;
import javax.swing.WindowConstants;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.TestClips;

/**
 * The README's window recipe lets the application end: a looping player in a panel that owns it and is disposed on
 * removal, in a {@code DISPOSE_ON_CLOSE} window, is released with the window, and the JVM exits by itself (a playing
 * player nobody disposes would keep AWT, and so the JVM, alive).
 */
class ApplicationExitTest {
    @Test
    void closingTheWindowOfTheReadmeRecipeEndsTheApplication() throws IOException, InterruptedException {
        Path clip = TestClips.h264Small();
        List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), App.class.getName(), clip.toString());
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();

        boolean ended = app.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        assertThat(ended).as("the application ended by itself once its window was disposed").isTrue();
        assertThat(app.exitValue()).as("the application's own checks").isZero();
    }

    /** The application: plays in a loop, disposes its window after two seconds, and has no other way to end. */
    public static final class App {
        private App() {
        }

        /**
         * Runs it.
         *
         * @param args the clip
         * @throws Exception if the window cannot be made
         */
        public static void main(String[] args) throws Exception {
            JFrame[] window = new JFrame[1];
            MediaPlayer player = MediaPlayer.create(MediaSource.of(Paths.get(args[0])),
                    PlayerOptions.defaults().withAudioEnabled(false).withAutoPlay(true));
            player.controls().setCycleCount(PlaybackControls.INDEFINITE);
            EventQueue.invokeAndWait(() -> {
                VideoPlayerPanel panel = new VideoPlayerPanel(player);
                panel.setPlayerOwned(true);
                panel.setDisposedOnRemoval(true);
                window[0] = new JFrame("exits");
                window[0].setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                window[0].add(panel);
                window[0].setSize(320, 240);
                window[0].setVisible(true);
            });
            Thread.sleep(2_000);
            EventQueue.invokeAndWait(() -> window[0].dispose());
            if (player.getStatus() != Status.DISPOSED) {
                System.exit(3); // The player outlived its window.
            }
        }
    }
}
