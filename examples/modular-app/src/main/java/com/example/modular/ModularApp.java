package com.example.modular;

import java.nio.file.Path;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.swing.VideoPlayerPanel;

/**
 * The same window as the class-path example, from a named module (see module-info.java).
 *
 * <pre>java -p target/modular-app.jar:target/lib -m com.example.modular/com.example.modular.ModularApp clip.mp4</pre>
 */
public final class ModularApp {
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ModularApp <media file>");
            return;
        }
        Path file = Path.of(args[0]);
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("Player");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            try {
                VideoPlayerPanel panel = new VideoPlayerPanel(MediaPlayer.create(MediaSource.of(file)));
                panel.setPlayerOwned(true);                     // the panel disposes its player …
                panel.setDisposedOnRemoval(true);               // … when its window is disposed
                frame.add(panel);
                panel.getMediaPlayer().controls().play();
                PlayCheck.closeWhenPlayed(frame, panel.getMediaPlayer(), file); // only with -Dexample.quitAfterFrames
            } catch (MediaException e) {                        // a missing file, no GStreamer: the message says which
                frame.add(new JLabel(e.getMessage()));
            }
            frame.pack();
            frame.setVisible(true);
        });
    }
}
