package dev.framepipe.example;

import java.awt.BorderLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;

import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.swing.PlayerActions;
import dev.framepipe.player.swing.PlayerActions.Command;
import dev.framepipe.player.swing.PlayerControls;
import dev.framepipe.player.swing.PlayerKeyBindings;
import dev.framepipe.player.swing.VideoComponent;

/**
 * A window with a video, its control bar, and a Playback menu and a toolbar made from the same actions, so all of
 * them stay in step: enabled when they can work, Play turning into Pause, Loop and Mute showing their state.
 */
public final class PlayerWindow {
    private PlayerWindow() {
    }

    /**
     * Plays the file named on the command line.
     *
     * @param args the file to play
     */
    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            MediaPlayer player;
            try {
                player = MediaPlayer.create(MediaSource.of(Path.of(args[0])));
            } catch (MediaException e) {
                // Found at once: GStreamer missing, no such file, a directory... The message names the input.
                JOptionPane.showMessageDialog(null, e.getMessage(), "Cannot play", JOptionPane.ERROR_MESSAGE);
                return;
            }
            JFrame window = create(player);
            window.pack();
            window.setLocationRelativeTo(null);
            window.setVisible(true);
        });
    }

    /**
     * Builds the window around a player and takes the player over: closing the window disposes it. Call on the
     * event dispatch thread.
     *
     * @param player the player to show
     * @return the window, not yet shown
     */
    public static JFrame create(MediaPlayer player) {
        VideoComponent video = new VideoComponent(player);
        video.setPlayerOwned(true); // video.dispose() disposes the player too
        PlayerActions actions = new PlayerActions(player);
        PlayerControls controls = new PlayerControls(actions); // seek bar, buttons, time, volume

        JMenu playback = new JMenu("Playback");
        playback.add(new JMenuItem(actions.get(Command.PLAY_PAUSE)));
        playback.add(new JMenuItem(actions.get(Command.STOP)));
        playback.add(new JMenuItem(actions.get(Command.SEEK_BACKWARD)));
        playback.add(new JMenuItem(actions.get(Command.SEEK_FORWARD)));
        playback.addSeparator();
        playback.add(new JCheckBoxMenuItem(actions.get(Command.LOOP)));
        playback.add(new JCheckBoxMenuItem(actions.get(Command.MUTE)));
        playback.add(new JCheckBoxMenuItem(actions.get(Command.FULL_SCREEN)));
        JMenu speed = new JMenu("Speed");
        for (Action rate : actions.rateActions()) {
            speed.add(new JRadioButtonMenuItem(rate));
        }
        playback.add(speed);
        JMenuBar menuBar = new JMenuBar();
        menuBar.add(playback);

        JToolBar toolBar = new JToolBar();
        toolBar.setFloatable(false);
        toolBar.add(actions.get(Command.PLAY_PAUSE));
        toolBar.add(actions.get(Command.STOP));
        toolBar.add(toolButton(new JToggleButton(actions.get(Command.MUTE))));

        JLabel message = new JLabel(" ");
        message.getAccessibleContext().setAccessibleName("Player message");
        player.events().addListener(new MediaPlayerListener() {
            @Override
            public void error(MediaPlayer source, MediaException error) {
                // On the EDT. A fatal error also appears in the video area, which says "Cannot play" and why.
                message.setText(error.getMessage());
            }
        });

        JPanel playerArea = new JPanel(new BorderLayout()); // what goes full screen: the video and its controls
        playerArea.add(video, BorderLayout.CENTER);
        playerArea.add(controls, BorderLayout.SOUTH);
        actions.setFullScreenContent(playerArea);
        // Space, the arrows, M, L, F, Esc...: active while the focus is inside the player area, also full screen.
        PlayerKeyBindings.install(playerArea, actions);
        JPanel content = new JPanel(new BorderLayout());
        content.add(toolBar, BorderLayout.NORTH);
        content.add(playerArea, BorderLayout.CENTER);
        content.add(message, BorderLayout.SOUTH);

        JFrame window = new JFrame(player.getSource().describe());
        window.setJMenuBar(menuBar);
        window.setContentPane(content);
        window.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent event) {
                controls.dispose(); // stop following the player
                actions.dispose(); // also leaves full screen
                video.dispose(); // frames, images, and the player it owns
            }
        });
        return window;
    }

    /** Shows a toggle the way {@link JToolBar#add(Action)} shows a button: icon only, tooltip from the action. */
    private static AbstractButton toolButton(AbstractButton button) {
        button.setHideActionText(true);
        button.setFocusable(false);
        return button;
    }
}
