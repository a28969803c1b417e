package dev.framepipe.demo;

import java.awt.BorderLayout;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import com.formdev.flatlaf.FlatDarkLaf;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.swing.VideoPlayerPanel;

/** Starts the demo: plays the file or URI given as the first argument, or the built-in sample. */
public final class DemoMain {
    private DemoMain() {
    }

    /**
     * Runs the demo.
     *
     * @param args an optional file or URI
     */
    public static void main(String[] args) {
        FlatDarkLaf.setup();
        SwingUtilities.invokeLater(() -> show(args.length > 0 ? MediaSource.of(java.nio.file.Path.of(args[0]))
                : BuiltInSample.source()));
    }

    private static void show(MediaSource source) {
        MediaPlayer player;
        try {
            player = MediaPlayer.create(source, PlayerOptions.defaults().withAutoPlay(true));
        } catch (MediaException e) {
            JOptionPane.showMessageDialog(null, e.getMessage(), "Framepipe", JOptionPane.ERROR_MESSAGE);
            return;
        }
        player.controls().setLooping(true);
        VideoPlayerPanel panel = new VideoPlayerPanel(player);
        panel.setPlayerOwned(true);
        JFrame frame = new JFrame("Framepipe \u2014 " + source.describe());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                panel.dispose();
            }
        });
        frame.add(panel, BorderLayout.CENTER);
        frame.setSize(960, 580);
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
    }
}
