package com.example.form;

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
 * A window that plays one file with Framepipe: video, control bar, keys and full screen.
 *
 * <pre>java -cp "target/swing-form.jar:target/lib/*" com.example.form.SwingForm clip.mp4</pre>
 */
public final class SwingForm {
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SwingForm <media file>");
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
