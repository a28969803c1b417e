package dev.framepipe.player.swing;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;

import javax.swing.JPanel;

import dev.framepipe.player.MediaPlayer;

/**
 * A complete player for a form: a {@link VideoComponent} with {@link PlayerControls} below it, the standard keys
 * ({@link PlayerKeyBindings}) and full screen. One line to use:
 *
 * <pre>{@code
 * form.add(new VideoPlayerPanel(MediaPlayer.create(MediaSource.of(path))));
 * }</pre>
 *
 * <p>Double-clicking the video toggles full screen; clicking it gives the panel the keyboard focus, so the keys work.
 *
 * <p><b>Threading:</b> the event dispatch thread. <b>Lifecycle:</b> as {@link VideoComponent}: the caller owns the
 * player unless {@link #setPlayerOwned(boolean)} says otherwise; {@link #dispose()} releases the panel for good.
 *
 * <p>Swing makes every component {@code Serializable}; this one holds a player and native resources and is not
 * meant to be serialized, so it has no serialized form.
 *
 * @serial exclude
 */
public class VideoPlayerPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final VideoComponent video = new VideoComponent();
    private final transient PlayerActions actions = new PlayerActions();
    private final PlayerControls controls = new PlayerControls(actions);
    private boolean disposedOnRemoval;

    /** Creates a panel with no player. */
    public VideoPlayerPanel() {
        super(new BorderLayout());
        add(video, BorderLayout.CENTER);
        add(controls, BorderLayout.SOUTH);
        actions.setFullScreenContent(this);
        PlayerKeyBindings.install(this, actions);
        controls.installMnemonics(this);
        video.setFocusable(true);
        video.getAccessibleContext().setAccessibleDescription("Press Space to play or pause");
        video.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                video.requestFocusInWindow();
                if (event.getClickCount() == 2) {
                    actions.setFullScreen(!actions.isFullScreen());
                }
            }
        });
    }

    /**
     * Creates a panel showing a player.
     *
     * @param player the player; the caller keeps owning it
     */
    public VideoPlayerPanel(MediaPlayer player) {
        this();
        setMediaPlayer(player);
    }

    /**
     * Shows and controls a player (or none).
     *
     * @param player the player, or {@code null}
     */
    public void setMediaPlayer(MediaPlayer player) {
        video.setMediaPlayer(player);
        controls.setMediaPlayer(player);
    }

    /**
     * Returns the player.
     *
     * @return the player, or {@code null}
     */
    public MediaPlayer getMediaPlayer() {
        return video.getMediaPlayer();
    }

    /**
     * Returns the video component.
     *
     * @return the component
     */
    public VideoComponent getVideoComponent() {
        return video;
    }

    /**
     * Returns the control bar.
     *
     * @return the controls
     */
    public PlayerControls getControls() {
        return controls;
    }

    /**
     * Returns the actions, to put the same commands into the application's menus and toolbars.
     *
     * @return the actions
     */
    public PlayerActions getActions() {
        return actions;
    }

    /**
     * Says whether the panel owns its player (see {@link VideoComponent#setPlayerOwned(boolean)}).
     *
     * @param owned {@code false} by default
     */
    public void setPlayerOwned(boolean owned) {
        video.setPlayerOwned(owned);
    }

    /**
     * Tells whether the panel owns its player.
     *
     * @return {@code true} if {@link #dispose()} disposes the player too
     */
    public boolean isPlayerOwned() {
        return video.isPlayerOwned();
    }

    /**
     * Says whether taking the panel out of its window disposes it (controls, actions and video; the player too if
     * owned), as {@link VideoComponent#setDisposedOnRemoval(boolean)} does for a component alone. Moves to and from
     * full screen never do. Leave it off in tool windows, tabs and docking frames that remove and re-add their
     * content when they move it.
     *
     * @param disposed {@code false} by default
     */
    public void setDisposedOnRemoval(boolean disposed) {
        disposedOnRemoval = disposed;
    }

    /**
     * Tells whether taking the panel out of its window disposes it.
     *
     * @return the setting
     */
    public boolean isDisposedOnRemoval() {
        return disposedOnRemoval;
    }

    @Override
    public void removeNotify() {
        super.removeNotify();
        if (disposedOnRemoval && !video.isMoving()) {
            dispose();
        }
    }

    /**
     * Tells whether the panel is on the whole screen.
     *
     * @return {@code true} while full screen
     */
    public boolean isFullScreen() {
        return actions.isFullScreen();
    }

    /**
     * Shows the panel on the whole screen it is on, or brings it back to its place.
     *
     * @param full {@code true} for full screen
     */
    public void setFullScreen(boolean full) {
        actions.setFullScreen(full);
    }

    /** Leaves full screen and releases the panel for good (the player too if owned). Idempotent. */
    public void dispose() {
        controls.dispose();
        actions.dispose();
        video.dispose();
    }
}
