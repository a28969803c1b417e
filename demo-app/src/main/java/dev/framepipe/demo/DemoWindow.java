package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.Frame;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JToolBar;
import javax.swing.WindowConstants;

/**
 * The demo's window: menu bar, toolbar, the video (or the sample being prepared) with the playlist beside it, and a
 * status line. It only arranges what it is given; {@link DemoApp} decides what happens.
 */
final class DemoWindow extends JFrame {
    /** The size of the window on a first run. */
    static final Dimension DEFAULT_SIZE = new Dimension(1200, 760);

    private static final long serialVersionUID = 1L;
    private static final String PLAYER_CARD = "player";
    private static final String PREPARING_CARD = "preparing";

    private final CardLayout cards = new CardLayout();
    private final JPanel centre = new JPanel(cards);
    private final JSplitPane split;
    private final JComponent playlist;
    private JComponent preparing;
    private int playlistWidth;

    /**
     * Arranges the window.
     *
     * @param player   the player panel
     * @param playlist the playlist panel
     * @param menuBar  the menu bar
     * @param toolBar  the toolbar
     * @param status   the status line
     */
    DemoWindow(JComponent player, JComponent playlist, JMenuBar menuBar, JToolBar toolBar, StatusBar status) {
        super("Framepipe");
        this.playlist = playlist;
        setName("framepipe");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setIconImages(AppIcon.images());
        setJMenuBar(menuBar);
        centre.add(player, PLAYER_CARD);
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, true, centre, playlist);
        split.setResizeWeight(1.0);
        split.setBorder(null);
        playlistWidth = playlist.getPreferredSize().width;
        JPanel content = new JPanel(new BorderLayout());
        content.add(toolBar, BorderLayout.NORTH);
        content.add(split, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        setContentPane(content);
        setMinimumSize(new Dimension(640, 420));
    }

    /**
     * Shows a component in place of the player, for the sample's preparation.
     *
     * @param component the component
     */
    void showPreparation(JComponent component) {
        preparing = component;
        centre.add(component, PREPARING_CARD);
        cards.show(centre, PREPARING_CARD);
    }

    /** Shows the player again, and lets go of the preparation's component. */
    void showPlayer() {
        cards.show(centre, PLAYER_CARD);
        if (preparing != null) {
            centre.remove(preparing);
            preparing = null;
        }
    }

    /**
     * Shows or hides the playlist; the video takes the room it leaves, and gets it back when it returns.
     *
     * @param visible whether to show it
     */
    void setPlaylistVisible(boolean visible) {
        if (visible == playlist.isVisible()) {
            return;
        }
        if (!visible) {
            playlistWidth = playlist.getWidth() > 0 ? playlist.getWidth() : playlistWidth;
        }
        playlist.setVisible(visible);
        if (visible) {
            split.setDividerLocation(split.getWidth() - split.getDividerSize() - playlistWidth);
        }
        split.revalidate();
    }

    /**
     * Sizes the window as it was last time.
     *
     * @param preferences where the size is kept
     */
    void restoreSize(DemoPreferences preferences) {
        setSize(preferences.windowSize(DEFAULT_SIZE));
        setLocationRelativeTo(null);
        if (preferences.maximized()) {
            setExtendedState(getExtendedState() | Frame.MAXIMIZED_BOTH);
        }
    }

    /**
     * Remembers the window's size (the size it had before it was maximised, if it is).
     *
     * @param preferences where the size is kept
     */
    void saveSize(DemoPreferences preferences) {
        boolean maximized = (getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        preferences.setMaximized(maximized);
        if (!maximized) {
            preferences.setWindowSize(getSize());
        }
    }
}
