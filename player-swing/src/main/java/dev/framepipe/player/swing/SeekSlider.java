package dev.framepipe.player.swing;

import java.awt.event.MouseEvent;
import java.beans.PropertyChangeEvent;
import java.time.Duration;

import javax.swing.JSlider;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.ToolTipManager;
import javax.swing.plaf.basic.BasicSliderUI;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.SeekMode;

/**
 * A slider over the media's duration that follows the playback position and seeks when moved: a click jumps there
 * (and can be dragged on from there), dragging scrubs with accurate seeks at most every
 * {@value #SCRUB_INTERVAL_MILLIS} ms plus one at the end, and the tooltip shows the time under the pointer. The value
 * is in milliseconds. Disabled while the media has no known duration or cannot seek.
 *
 * <p>Threading: the event dispatch thread, like any Swing component. Lifecycle: it listens to its player until
 * another is set or {@link #dispose()} is called.
 *
 * <p>Swing makes every component {@code Serializable}; this one holds a player and native resources and is not
 * meant to be serialized, so it has no serialized form.
 *
 * @serial exclude
 */
public class SeekSlider extends JSlider {
    private static final long serialVersionUID = 1L;
    /** The shortest time between two seeks while the thumb is dragged. */
    public static final int SCRUB_INTERVAL_MILLIS = 100;
    /** Bound property: whether the picture preview is on ({@link #setPreviewEnabled}). */
    public static final String PREVIEW_ENABLED_PROPERTY = "previewEnabled";

    private transient MediaPlayer player;
    private final transient DisplayedSubscription subscription = new DisplayedSubscription(this,
            followed -> followed.events().addPropertyChangeListener(this::playerChanged), this::follow);
    private final Timer trailingSeek = new Timer(SCRUB_INTERVAL_MILLIS, event -> seekToValue());
    private boolean followingPlayer;
    private long lastSeekNanos;
    private boolean previewEnabled = true;
    private final transient SeekPreview preview;

    /** Creates a slider with no player. */
    public SeekSlider() {
        super(SwingConstants.HORIZONTAL, 0, 1, 0);
        trailingSeek.setRepeats(false);
        addChangeListener(event -> valueChangedByUser());
        ToolTipManager.sharedInstance().registerComponent(this);
        getAccessibleContext().setAccessibleName("Playback position");
        setEnabled(false);
        preview = new SeekPreview(this);
    }

    /**
     * Makes the slider follow and control a player.
     *
     * @param newPlayer the player, or {@code null}
     */
    public void setMediaPlayer(MediaPlayer newPlayer) {
        dispose();
        player = newPlayer;
        subscription.follow(newPlayer);
        follow();
    }

    /**
     * Returns the player.
     *
     * @return the player, or {@code null}
     */
    public MediaPlayer getMediaPlayer() {
        return player;
    }

    /** Stops following the player. Idempotent. */
    public void dispose() {
        trailingSeek.stop();
        subscription.close();
        preview.hide();
    }

    private void playerChanged(PropertyChangeEvent event) {
        String name = event.getPropertyName();
        if (PlayerProperties.CURRENT_TIME.equals(name) || PlayerProperties.DURATION.equals(name)
                || PlayerProperties.STATUS.equals(name)) {
            follow();
        }
    }

    /** Shows the player's position, unless the user is dragging the thumb. */
    private void follow() {
        long duration = player == null ? 0 : player.media().getDuration().map(Duration::toMillis).orElse(0L);
        setEnabled(duration > 0 && player.media().isSeekable() && !player.getStatus().isFinal());
        if (getValueIsAdjusting()) {
            return;
        }
        followingPlayer = true;
        try {
            setMaximum((int) Math.min(Integer.MAX_VALUE, Math.max(1, duration)));
            setValue(duration <= 0 ? 0 : (int) Math.min(getMaximum(), player.getCurrentTime().toMillis()));
        } finally {
            followingPlayer = false;
        }
        getAccessibleContext().setAccessibleDescription(TimeFormat.format(Duration.ofMillis(getValue())));
    }

    private void valueChangedByUser() {
        if (followingPlayer || player == null) {
            return;
        }
        if (!getValueIsAdjusting()) {
            trailingSeek.stop();
            seekToValue();
            return;
        }
        long sinceLast = System.nanoTime() - lastSeekNanos;
        if (sinceLast >= SCRUB_INTERVAL_MILLIS * 1_000_000L) {
            seekToValue();
        } else if (!trailingSeek.isRunning()) {
            trailingSeek.setInitialDelay((int) Math.max(1, SCRUB_INTERVAL_MILLIS - sinceLast / 1_000_000));
            trailingSeek.start();
        }
    }

    private void seekToValue() {
        if (player != null) {
            lastSeekNanos = System.nanoTime();
            player.controls().seek(Duration.ofMillis(getValue()), SeekMode.ACCURATE);
        }
    }

    /**
     * Returns the slider value under an x coordinate.
     *
     * @param x a coordinate in the slider
     * @return the value there, or the current value if the look and feel cannot tell
     */
    int valueAt(int x) {
        return getUI() instanceof BasicSliderUI ? ((BasicSliderUI) getUI()).valueForXPosition(x) : getValue();
    }

    @Override
    protected void processMouseEvent(MouseEvent event) {
        // Moving the thumb under the pointer first makes the look and feel treat the press as the start of a drag
        // instead of paging towards the pointer.
        if (event.getID() == MouseEvent.MOUSE_PRESSED && isEnabled() && event.getButton() == MouseEvent.BUTTON1) {
            setValue(valueAt(event.getX()));
        }
        super.processMouseEvent(event);
    }

    /** The time under the pointer, when the picture preview (which shows it too) is off. */
    @Override
    public String getToolTipText(MouseEvent event) {
        return isEnabled() && !previewEnabled ? TimeFormat.format(Duration.ofMillis(valueAt(event.getX()))) : null;
    }

    /**
     * Turns the preview on or off: a popup above the slider with the media's picture and the time under the pointer
     * while hovering or dragging, and at the thumb for a moment when the keyboard moves it. On by default; off, a
     * tooltip shows the time alone.
     *
     * @param enabled {@code false} to turn it off
     */
    public void setPreviewEnabled(boolean enabled) {
        boolean old = previewEnabled;
        previewEnabled = enabled;
        if (!enabled) {
            preview.hide();
        }
        firePropertyChange(PREVIEW_ENABLED_PROPERTY, old, enabled);
    }

    /**
     * Tells whether the preview is on.
     *
     * @return {@code true} by default
     */
    public boolean isPreviewEnabled() {
        return previewEnabled;
    }

    /** Whether the value is being set from the player's position (not by the user). */
    boolean isFollowingPlayer() {
        return followingPlayer;
    }

    /** The preview, for tests. */
    SeekPreview preview() {
        return preview;
    }

    /** The x coordinate of the thumb's centre, as the track maps values to x: linearly between the insets. */
    int thumbCentreX() {
        double share = getMaximum() == getMinimum() ? 0
                : (getValue() - getMinimum()) / (double) (getMaximum() - getMinimum());
        return (int) Math.round(getInsets().left + share * (getWidth() - getInsets().left - getInsets().right));
    }
}
