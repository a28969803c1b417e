package dev.framepipe.player.swing;

import java.awt.BorderLayout;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.beans.PropertyChangeEvent;
import java.time.Duration;

import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JSlider;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.border.EmptyBorder;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.swing.PlayerActions.Command;

/**
 * The control bar of a player: a {@link SeekSlider} over play/pause, stop, frame steps, elapsed and total time, a
 * buffering or reconnecting indication, loop, playback rate, mute, volume and full screen. Every button is one of
 * {@link PlayerActions}' actions, so menus and toolbars built from the same actions stay in step.
 *
 * <p>For live media ({@link dev.framepipe.player.MediaInfo#isLive()}) the slider gives way to a red LIVE badge
 * (named {@code "live"}), the time counts from when playing began, and the rate button is disabled.
 *
 * <p>In a narrow player (a tile of a video wall) the bar gives way rather than cutting off its right end: it hides
 * the volume slider first, then the rate button, loop, the frame steps, stop and the track button, and shows them
 * again when it widens; play, time, mute and full screen stay, so its minimum width is about 240 pixels. The bar
 * decides whether those controls are visible; their actions and keys keep working while they are hidden.
 *
 * <p>Accessibility: every control has an accessible name and description, and a mnemonic that works while the
 * keyboard focus is inside the player: Alt plus the action's mnemonic presses a button (P play/pause, S stop, R and
 * N frame steps, L loop, M mute, F full screen), Alt+A opens the rate menu, Alt+O focuses the position slider and
 * Alt+U the volume slider. They are scoped to the player rather than to the window so they never take a letter from
 * the application's menus.
 *
 * <p>Component names, for UI tests and automation: each button is named after its {@link Command} ({@code
 * "PLAY_PAUSE"}, {@code "MUTE"}, …), the sliders {@code "position"} and {@code "volume"}, the speed button
 * {@code "rate"}, the audio and subtitle button {@code "tracks"} (shown when the media has more than one audio track or
 * any subtitles; its menu items are named as {@link TrackMenuItems} names them) and the time label {@code "time"}.
 *
 * <p>Threading: the event dispatch thread. Lifecycle: {@link #dispose()} stops listening to the player (the actions
 * are the caller's and are not disposed).
 *
 * <p>Swing makes every component {@code Serializable}; this one holds a player and native resources and is not
 * meant to be serialized, so it has no serialized form.
 *
 * @serial exclude
 */
public class PlayerControls extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int GAP = 6;
    /** The colour of the LIVE badge, as video sites show it. */
    private static final java.awt.Color LIVE_RED = new java.awt.Color(0xE5, 0x39, 0x35);

    private final transient PlayerActions actions;
    private final SeekSlider position = new SeekSlider();
    private final JSlider volume = new JSlider(0, 100, 100);
    private final JLabel time = new JLabel(TimeFormat.format(Duration.ZERO));
    private final JLabel waitingBadge = new JLabel();
    private final JLabel live = new JLabel("\u25cf LIVE");
    private final JButton rate = new JButton("1\u00d7");
    private final JPopupMenu rateMenu = new JPopupMenu("Playback speed");
    private final JButton tracks = new JButton("CC");
    private final JPopupMenu trackMenu = new JPopupMenu("Audio and subtitles");
    private final CollapsingRow row = new CollapsingRow();
    private final javax.swing.InputMap mnemonics = new javax.swing.InputMap();
    private final javax.swing.ActionMap mnemonicActions = new javax.swing.ActionMap();
    private transient MediaPlayer player;
    private final transient DisplayedSubscription subscription = new DisplayedSubscription(this,
            followed -> followed.events().addPropertyChangeListener(this::playerChanged), this::follow);
    private boolean followingPlayer;

    /** Creates the controls with actions of their own and no player, for GUI builders; see {@link #getActions()}. */
    public PlayerControls() {
        this(new PlayerActions());
    }

    /**
     * Creates the controls for a set of actions.
     *
     * @param actions the actions the buttons trigger; they also say which player is controlled
     */
    public PlayerControls(PlayerActions actions) {
        super(new BorderLayout(0, 2));
        this.actions = actions;
        setBorder(new EmptyBorder(4, GAP, 4, GAP));
        add(position, BorderLayout.NORTH);
        add(buttonRow(), BorderLayout.CENTER);
        position.setName("position");
        volume.setName("volume");
        rate.setName("rate");
        time.setName("time");
        volume.setToolTipText("Volume");
        volume.getAccessibleContext().setAccessibleName("Volume");
        volume.addChangeListener(event -> volumeChangedByUser());
        time.getAccessibleContext().setAccessibleName("Elapsed and total time");
        waitingBadge.setVisible(false);
        live.setName("live");
        live.setForeground(LIVE_RED);
        live.setVisible(false);
        live.getAccessibleContext().setAccessibleName("Live stream");
        waitingBadge.setName("waiting");
        for (Action rateAction : actions.rateActions()) {
            rateMenu.add(new JRadioButtonMenuItem(rateAction));
        }
        rate.setToolTipText("Playback speed");
        rate.getAccessibleContext().setAccessibleName("Playback speed");
        rate.getAccessibleContext().setAccessibleDescription("Choose how fast the media plays");
        rate.addActionListener(event -> rateMenu.show(rate, 0, rate.getHeight()));
        tracks.setName("tracks");
        tracks.setToolTipText("Audio and subtitles");
        tracks.getAccessibleContext().setAccessibleName("Audio and subtitles");
        tracks.getAccessibleContext().setAccessibleDescription("Choose the audio track and the subtitles");
        tracks.addActionListener(event -> showTrackMenu());
        mnemonic(KeyEvent.VK_A, rate::doClick);
        mnemonic(KeyEvent.VK_O, position::requestFocusInWindow);
        mnemonic(KeyEvent.VK_U, volume::requestFocusInWindow);
        PlayerKeyBindings.override(position, actions);
        PlayerKeyBindings.override(volume, actions);
        installMnemonics(this);
        setMediaPlayer(actions.getMediaPlayer());
    }

    /**
     * The buttons under the slider. In a narrow player the less important ones give way, in this order: the volume
     * slider, the rate button, loop, the frame steps, stop, the track button; play, time, mute and full screen stay
     * (about 240 pixels).
     */
    private JComponent buttonRow() {
        AbstractButton stop = button(Command.STOP);
        AbstractButton stepBackward = button(Command.STEP_BACKWARD);
        AbstractButton stepForward = button(Command.STEP_FORWARD);
        AbstractButton loop = toggle(Command.LOOP);
        volume.setPreferredSize(new java.awt.Dimension(120, volume.getPreferredSize().height));
        // Gaps as borders and a droppable strut, so none is left over in a narrow bar.
        time.setBorder(new EmptyBorder(0, GAP, 0, 0));
        waitingBadge.setBorder(new EmptyBorder(0, GAP * 2, 0, 0));
        java.awt.Component stepGap = Box.createHorizontalStrut(GAP);
        live.setBorder(new EmptyBorder(0, GAP, 0, 0));
        row.addLeading(button(Command.PLAY_PAUSE), stop, stepBackward, stepForward, stepGap, live, time, waitingBadge);
        row.addTrailing(loop, tracks, rate, toggle(Command.MUTE), volume, toggle(Command.FULL_SCREEN));
        row.dropFirst(volume);
        row.dropFirst(rate);
        row.dropFirst(loop);
        row.dropFirst(stepBackward, stepForward, stepGap);
        row.dropFirst(stop);
        row.dropFirst(tracks);
        return row;
    }

    private AbstractButton button(Command command) {
        return iconOnly(new JButton(actions.get(command)), command);
    }

    private AbstractButton toggle(Command command) {
        return iconOnly(new JToggleButton(actions.get(command)), command);
    }

    /**
     * Hides the text but keeps it as the accessible name, which follows the action (Play becomes Pause), and moves
     * the action's window-wide mnemonic into the player's scope.
     */
    private AbstractButton iconOnly(AbstractButton button, Command command) {
        Action action = button.getAction();
        button.setName(command.name());
        Object key = action.getValue(Action.MNEMONIC_KEY);
        button.setMnemonic(0);
        if (key instanceof Integer) {
            mnemonic((Integer) key, button::doClick);
        }
        button.setHideActionText(true);
        button.setFocusable(true);
        button.getAccessibleContext().setAccessibleName((String) action.getValue(Action.NAME));
        button.getAccessibleContext().setAccessibleDescription((String) action.getValue(Action.SHORT_DESCRIPTION));
        action.addPropertyChangeListener(event -> {
            if (Action.NAME.equals(event.getPropertyName())) {
                button.getAccessibleContext().setAccessibleName((String) event.getNewValue());
            }
        });
        return button;
    }

    /** Binds Alt+key while the focus is inside the player (see the class comment for why not window-wide). */
    private void mnemonic(int key, Runnable task) {
        String name = "mnemonic-" + KeyEvent.getKeyText(key);
        mnemonics.put(KeyStroke.getKeyStroke(key, InputEvent.ALT_DOWN_MASK), name);
        mnemonicActions.put(name, new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent event) {
                task.run();
            }
        });
    }

    /**
     * Installs the control mnemonics on the component whose focus area they cover: this panel by default, the whole
     * player panel when the controls sit in one.
     *
     * @param scope the component; the mnemonics work while it or a descendant has the focus
     */
    void installMnemonics(JComponent scope) {
        for (KeyStroke key : mnemonics.keys()) {
            scope.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, mnemonics.get(key));
        }
        for (Object name : mnemonicActions.keys()) {
            scope.getActionMap().put(name, mnemonicActions.get(name));
        }
    }

    /**
     * Makes the controls follow a player. Also sets it on the actions.
     *
     * @param newPlayer the player, or {@code null}
     */
    public void setMediaPlayer(MediaPlayer newPlayer) {
        player = newPlayer;
        actions.setMediaPlayer(newPlayer);
        position.setMediaPlayer(newPlayer);
        subscription.follow(newPlayer);
        follow();
    }

    /**
     * Returns the actions the buttons trigger, to put the same commands into menus and toolbars.
     *
     * @return the actions
     */
    public PlayerActions getActions() {
        return actions;
    }

    /**
     * Returns the position slider.
     *
     * @return the slider
     */
    public SeekSlider getSeekSlider() {
        return position;
    }

    /**
     * Returns the volume slider (0 to 100).
     *
     * @return the slider
     */
    public JSlider getVolumeSlider() {
        return volume;
    }

    /**
     * Returns the label showing elapsed and total time.
     *
     * @return the label
     */
    public JLabel getTimeLabel() {
        return time;
    }

    /**
     * Returns the label shown while a stream buffers ("Buffering 45 %") or reconnects ("Reconnecting…"); its text
     * is also its accessible name.
     *
     * @return the label, named "waiting"
     */
    public JLabel getWaitingLabel() {
        return waitingBadge;
    }

    /** Stops listening to the player. Idempotent. */
    public void dispose() {
        subscription.close();
        position.dispose();
    }

    private void playerChanged(PropertyChangeEvent event) {
        String name = event.getPropertyName();
        if (PlayerProperties.CURRENT_TIME.equals(name) || PlayerProperties.DURATION.equals(name)
                || PlayerProperties.STATUS.equals(name) || PlayerProperties.VOLUME.equals(name)
                || PlayerProperties.RATE.equals(name) || PlayerProperties.MUTED.equals(name)
                || PlayerProperties.TRACKS.equals(name) || PlayerProperties.BUFFER_LEVEL.equals(name)) {
            follow();
        }
    }

    private void follow() {
        Duration elapsed = player == null ? Duration.ZERO : player.getCurrentTime();
        String total = player == null ? "" : player.media().getDuration().map(TimeFormat::format).orElse("");
        time.setText(TimeFormat.format(elapsed) + (total.isEmpty() ? "" : " / " + total));
        String waiting = player == null ? null : StateMessagePainter.waitingText(player);
        waitingBadge.setVisible(waiting != null);
        if (waiting != null) {
            waitingBadge.setText(waiting);
        }
        boolean usable = player != null && !player.getStatus().isFinal();
        // Live media has no timeline to seek in and no speed to choose: a badge instead of the slider.
        boolean isLive = usable && player.media().isLive();
        live.setVisible(isLive);
        position.setVisible(!isLive);
        volume.setEnabled(usable);
        rate.setEnabled(usable && player.getStatus() != Status.UNKNOWN && !isLive);
        // Only when there is a choice: more than one audio track, or any subtitles.
        row.setWanted(tracks, usable && (player.tracks().getTracks(TrackType.AUDIO).size() > 1
                || !player.tracks().getTracks(TrackType.SUBTITLE).isEmpty()));
        followingPlayer = true;
        try {
            volume.setValue(player == null ? 100 : (int) Math.round(player.audio().getVolume() * 100));
        } finally {
            followingPlayer = false;
        }
        double currentRate = player == null ? 1.0 : player.controls().getRate();
        rate.setText((currentRate == Math.rint(currentRate) ? String.valueOf((int) currentRate)
                : String.valueOf(currentRate)) + "\u00d7");
    }

    /** The subtitle tracks, then the audio tracks when there are several, as they are now. */
    private void showTrackMenu() {
        trackMenu.removeAll();
        trackMenu.add(header("Subtitles"));
        TrackMenuItems.add(trackMenu, player, TrackType.SUBTITLE);
        if (player != null && player.tracks().getTracks(TrackType.AUDIO).size() > 1) {
            trackMenu.addSeparator();
            trackMenu.add(header("Audio"));
            TrackMenuItems.add(trackMenu, player, TrackType.AUDIO);
        }
        trackMenu.show(tracks, 0, tracks.getHeight());
    }

    private static JMenuItem header(String text) {
        JMenuItem header = new JMenuItem(text);
        header.setEnabled(false);
        return header;
    }

    private void volumeChangedByUser() {
        if (!followingPlayer && player != null) {
            player.audio().setVolume(volume.getValue() / 100.0);
        }
    }
}
