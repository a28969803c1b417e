package com.example.modular;

import java.nio.file.Path;

import javax.swing.JFrame;
import javax.swing.Timer;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Status;

/**
 * For CI only, and only with {@code -Dexample.quitAfterFrames=N}: once the player has painted N frames (or halted),
 * prints one line and disposes the window, as a user closing it would. The JVM must then exit by itself.
 */
final class PlayCheck {
    private PlayCheck() {
    }

    static void closeWhenPlayed(JFrame frame, MediaPlayer player, Path file) {
        Integer frames = Integer.getInteger("example.quitAfterFrames");
        if (frames == null) {
            return;
        }
        Timer timer = new Timer(100, null);
        timer.addActionListener(e -> {
            long shown = player.statistics().getFramesRendered();
            if (shown >= frames || player.getStatus() == Status.HALTED) {
                timer.stop();
                System.out.println(shown >= frames ? "example: played " + shown + " frames of " + file
                        : "example: failed: " + player.getError().map(Throwable::getMessage).orElse("halted"));
                frame.dispose();
            }
        });
        timer.start();
    }
}
