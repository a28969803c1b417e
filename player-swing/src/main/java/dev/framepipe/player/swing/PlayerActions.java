package dev.framepipe.player.swing;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.beans.PropertyChangeEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Registration;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;

/**
 * The player's commands as Swing {@link Action}s, so an application can put the same play/pause, stop, step, seek,
 * volume, mute, loop, rate and full-screen commands in menus, toolbars and buttons. The actions follow the player:
 * they are enabled only when they can work, toggles show their state ({@link Action#SELECTED_KEY}), and play/pause
 * changes its name and icon.
 *
 * <p>Every action has a name, a description (tooltip) that names its key, a mnemonic and an icon. The keys
 * (Space, M, arrows…) have no modifier, so they are deliberately <em>not</em> set as {@link Action#ACCELERATOR_KEY}: a
 * menu item makes its accelerator work in the whole window, and typing in any text field would then drive the
 * player. {@link PlayerKeyBindings} binds them where they belong, while the focus is in the player; the action
 * value {@link #KEY_STROKE} (and {@link Command#keyStroke()}) gives each key for menus or help screens that show it.
 *
 * <p><b>Threading:</b> create and use on the event dispatch thread. <b>Lifecycle:</b> the actions listen to the
 * player; {@link #dispose()} (or setting another player) removes the listener.
 */
public final class PlayerActions {
    /** How far the seek actions jump. */
    public static final Duration SEEK_STEP = Duration.ofSeconds(5);
    /** How much the volume actions change the volume. */
    public static final double VOLUME_STEP = 0.1;
    /**
     * Action value: the {@link KeyStroke} that {@link PlayerKeyBindings} binds to the action, for menus and help
     * screens that show it without registering it window-wide (see the class comment). Absent for commands without a
     * key.
     */
    public static final String KEY_STROKE = "PlayerActions.keyStroke";
    /** The rates offered by {@link #rateActions()}. */
    public static final List<Double> RATES = List.of(0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0);

    /** The commands. */
    public enum Command {
        /** Play, or pause while playing. Space. */
        PLAY_PAUSE("Play", "Play or pause", KeyEvent.VK_P, KeyEvent.VK_SPACE, PlayerIcons.PLAY),
        /** Stop and return to the start. */
        STOP("Stop", "Stop and return to the start", KeyEvent.VK_S, 0, PlayerIcons.STOP),
        /** Jump back {@link #SEEK_STEP}. Left arrow. */
        SEEK_BACKWARD("Back " + seekStepText(), "Jump back " + seekStepText(), KeyEvent.VK_B, KeyEvent.VK_LEFT,
                PlayerIcons.SEEK_BACKWARD),
        /** Jump forward {@link #SEEK_STEP}. Right arrow. */
        SEEK_FORWARD("Forward " + seekStepText(), "Jump forward " + seekStepText(), KeyEvent.VK_W,
                KeyEvent.VK_RIGHT, PlayerIcons.SEEK_FORWARD),
        /** Show the previous frame. Comma. */
        STEP_BACKWARD("Previous frame", "Pause and show the previous frame", KeyEvent.VK_R, KeyEvent.VK_COMMA,
                PlayerIcons.STEP_BACKWARD),
        /** Show the next frame. Period. */
        STEP_FORWARD("Next frame", "Pause and show the next frame", KeyEvent.VK_N, KeyEvent.VK_PERIOD,
                PlayerIcons.STEP_FORWARD),
        /** Raise the volume by {@link #VOLUME_STEP}. Up arrow. */
        VOLUME_UP("Volume up", "Raise the volume", KeyEvent.VK_U, KeyEvent.VK_UP, PlayerIcons.VOLUME),
        /** Lower the volume by {@link #VOLUME_STEP}. Down arrow. */
        VOLUME_DOWN("Volume down", "Lower the volume", KeyEvent.VK_D, KeyEvent.VK_DOWN, PlayerIcons.VOLUME),
        /** Mute or unmute (a toggle). M. */
        MUTE("Mute", "Mute or unmute the sound", KeyEvent.VK_M, KeyEvent.VK_M, PlayerIcons.VOLUME),
        /** Loop for ever or play once (a toggle). L. */
        LOOP("Loop", "Play again from the start at the end", KeyEvent.VK_L, KeyEvent.VK_L, PlayerIcons.LOOP),
        /** Enter or leave full screen (a toggle). F. */
        FULL_SCREEN("Full screen", "Show the video on the whole screen", KeyEvent.VK_F, KeyEvent.VK_F,
                PlayerIcons.FULL_SCREEN),
        /** Leave full screen. Escape. */
        EXIT_FULL_SCREEN("Leave full screen", "Return from full screen", KeyEvent.VK_E, KeyEvent.VK_ESCAPE,
                PlayerIcons.EXIT_FULL_SCREEN),
        /** Play the next audio track, round to the first. B, as in VLC. */
        NEXT_AUDIO_TRACK("Next audio track", "Switch to the next audio track", KeyEvent.VK_T, KeyEvent.VK_B, null),
        /** Show the next subtitle track, then none, then the first. V, as in VLC. */
        NEXT_SUBTITLE_TRACK("Next subtitles", "Show the next subtitle track, or none after the last",
                KeyEvent.VK_X, KeyEvent.VK_V, null),
        /** Show or hide subtitles (a toggle; on again shows the track shown last). C, as on video sites. */
        SUBTITLES("Subtitles", "Show or hide subtitles", KeyEvent.VK_C, KeyEvent.VK_C, null),
        /** Go to the start of this chapter, or the one before just after a start. Page Up, as in mpv. */
        PREVIOUS_CHAPTER("Previous chapter", "Go to the start of this chapter or the one before", KeyEvent.VK_A,
                KeyEvent.VK_PAGE_UP, null),
        /** Go to the start of the next chapter. Page Down, as in mpv. */
        NEXT_CHAPTER("Next chapter", "Go to the start of the next chapter", KeyEvent.VK_H, KeyEvent.VK_PAGE_DOWN,
                null);

        private final String name;
        private final String description;
        private final int mnemonic;
        private final int key;
        private final Icon icon;

        Command(String name, String description, int mnemonic, int key, Icon icon) {
            this.name = name;
            this.description = description;
            this.mnemonic = mnemonic;
            this.key = key;
            this.icon = icon;
        }

        /**
         * Returns the key that triggers the command, as installed by {@link PlayerKeyBindings}.
         *
         * @return the key stroke, or {@code null} if the command has none
         */
        public KeyStroke keyStroke() {
            return key == 0 ? null : KeyStroke.getKeyStroke(key, 0);
        }
    }

    /**
     * Says how far the seek actions jump, for their names: "5 seconds".
     *
     * @return {@link #SEEK_STEP} in words
     */
    private static String seekStepText() {
        String seconds = BigDecimal.valueOf(SEEK_STEP.toMillis(), 3).stripTrailingZeros().toPlainString();
        return seconds + (seconds.equals("1") ? " second" : " seconds");
    }

    private final Map<Command, PlayerAction> actions = new EnumMap<>(Command.class);
    private final List<PlayerAction> rateActions = new ArrayList<>();
    private MediaPlayer player;
    /** The subtitle track shown before the toggle hid them, to show again. */
    private Track hiddenSubtitles;
    /**
     * The player properties the actions follow: all but the position, the volume and the caption. A property added
     * to {@link PlayerProperties} that changes an action's state must be added here.
     */
    private static final List<String> FOLLOWED_PROPERTIES = List.of(PlayerProperties.STATUS, PlayerProperties.ERROR,
            PlayerProperties.DURATION, PlayerProperties.VIDEO_SIZE, PlayerProperties.RATE,
            PlayerProperties.AUDIO_OUTPUT, PlayerProperties.MUTED, PlayerProperties.CYCLE_COUNT,
            PlayerProperties.START_TIME, PlayerProperties.STOP_TIME, PlayerProperties.MEDIA, PlayerProperties.TRACKS,
            PlayerProperties.AUDIO_TRACK, PlayerProperties.SUBTITLE_TRACK, PlayerProperties.BUFFER_LEVEL);

    private Registration playerListener;
    private FullScreenController fullScreen;

    /** Creates the actions with no player; they are disabled until one is set. */
    public PlayerActions() {
        define(Command.PLAY_PAUSE, p -> {
            if (isPlaying(p)) {
                p.controls().pause();
            } else {
                p.controls().play();
            }
        });
        define(Command.STOP, p -> p.controls().stop());
        define(Command.SEEK_BACKWARD, p -> p.controls().seek(p.getCurrentTime().minus(SEEK_STEP), SeekMode.ACCURATE));
        define(Command.SEEK_FORWARD, p -> p.controls().seek(p.getCurrentTime().plus(SEEK_STEP), SeekMode.ACCURATE));
        define(Command.STEP_BACKWARD, p -> p.controls().stepBackward());
        define(Command.STEP_FORWARD, p -> p.controls().stepForward());
        define(Command.VOLUME_UP, p -> p.audio().setVolume(p.audio().getVolume() + VOLUME_STEP));
        define(Command.VOLUME_DOWN, p -> p.audio().setVolume(p.audio().getVolume() - VOLUME_STEP));
        define(Command.MUTE, p -> p.audio().setMuted(!p.audio().isMuted()));
        define(Command.LOOP, p -> p.controls().setLooping(!p.controls().isLooping()));
        define(Command.NEXT_AUDIO_TRACK, p -> next(p, TrackType.AUDIO, false));
        define(Command.NEXT_SUBTITLE_TRACK, p -> next(p, TrackType.SUBTITLE, true));
        define(Command.SUBTITLES, this::toggleSubtitles);
        define(Command.PREVIOUS_CHAPTER, p -> p.chapters().previous());
        define(Command.NEXT_CHAPTER, p -> p.chapters().next());
        define(Command.FULL_SCREEN, p -> fullScreen.toggle());
        define(Command.EXIT_FULL_SCREEN, p -> fullScreen.exit());
        actions.get(Command.FULL_SCREEN).playerRequired = false;
        actions.get(Command.EXIT_FULL_SCREEN).playerRequired = false;
        for (double rate : RATES) {
            PlayerAction action = new PlayerAction(rate == 1.0 ? "Normal speed" : rate + "\u00d7",
                    p -> p.controls().setRate(rate));
            action.putValue(Action.SHORT_DESCRIPTION, "Play at " + rate + " times normal speed");
            action.putValue(Action.SELECTED_KEY, rate == 1.0);
            rateActions.add(action);
        }
        refresh();
    }

    /**
     * Creates the actions for a player.
     *
     * @param player the player; the caller keeps owning it
     */
    public PlayerActions(MediaPlayer player) {
        this();
        setMediaPlayer(player);
    }

    private void define(Command command, Consumer<MediaPlayer> perform) {
        PlayerAction action = new PlayerAction(command.name, perform);
        KeyStroke key = command.keyStroke();
        action.putValue(Action.SHORT_DESCRIPTION, key == null ? command.description
                : command.description + " (" + KeyEvent.getKeyText(key.getKeyCode()) + ")");
        action.putValue(Action.MNEMONIC_KEY, command.mnemonic);
        action.putValue(Action.SMALL_ICON, command.icon);
        action.putValue(KEY_STROKE, key);
        if (command == Command.MUTE || command == Command.LOOP || command == Command.FULL_SCREEN
                || command == Command.SUBTITLES) {
            action.putValue(Action.SELECTED_KEY, false);
        }
        actions.put(command, action);
    }

    /**
     * Makes the actions control a player (or none).
     *
     * @param newPlayer the player, or {@code null}
     */
    public void setMediaPlayer(MediaPlayer newPlayer) {
        if (playerListener != null) {
            playerListener.close();
            playerListener = null;
        }
        player = newPlayer;
        hiddenSubtitles = null;
        if (newPlayer != null) {
            playerListener = listenTo(newPlayer);
        }
        refresh();
    }

    /**
     * Returns the player the actions control.
     *
     * @return the player, or {@code null}
     */
    public MediaPlayer getMediaPlayer() {
        return player;
    }

    /**
     * Returns the action for a command.
     *
     * @param command the command
     * @return the action, the same object on every call
     */
    public Action get(Command command) {
        return actions.get(command);
    }

    /**
     * Returns one action per rate in {@link #RATES}, for a menu of radio items; the current rate is selected.
     *
     * @return the actions, in increasing rate
     */
    public List<Action> rateActions() {
        return Collections.unmodifiableList(rateActions);
    }

    /**
     * Makes the full-screen actions move a component to the whole screen and back (see {@link VideoPlayerPanel},
     * which does this for itself). Without it, the full-screen actions stay disabled.
     *
     * @param content the component to show full screen, typically the panel holding the video and its controls; it
     *                must be in a window when the action runs; {@code null} disables full screen
     */
    public void setFullScreenContent(JComponent content) {
        if (fullScreen != null) {
            fullScreen.exit();
        }
        fullScreen = content == null ? null : new FullScreenController(content, this::refreshFullScreen);
        refresh();
    }

    /**
     * Tells whether the full-screen content is on the whole screen.
     *
     * @return {@code true} while full screen
     */
    public boolean isFullScreen() {
        return fullScreen != null && fullScreen.isActive();
    }

    /**
     * Shows the full-screen content on the whole screen or brings it back; does nothing without
     * {@link #setFullScreenContent}.
     *
     * @param full {@code true} for full screen
     */
    public void setFullScreen(boolean full) {
        if (fullScreen != null && full != fullScreen.isActive()) {
            fullScreen.toggle();
        }
    }

    /** Leaves full screen and stops following the player. Idempotent. */
    public void dispose() {
        if (fullScreen != null) {
            fullScreen.exit();
        }
        setMediaPlayer(null);
    }

    /**
     * Listens to every property but the position, the volume and the caption, which no action depends on: the
     * position changes ten times a second, and a player sends it to the event dispatch thread only while someone
     * listens to it (actions outlive windows, and must not keep AWT alive after the last one closed).
     */
    private Registration listenTo(MediaPlayer followed) {
        List<Registration> registrations = new ArrayList<>();
        for (String property : FOLLOWED_PROPERTIES) {
            registrations.add(followed.events().addPropertyChangeListener(property, this::playerChanged));
        }
        return () -> registrations.forEach(Registration::close);
    }

    /**
     * Updates only the actions whose state depends on the property that changed: the position changes ten times a
     * second while playing, and no action depends on it.
     */
    private void playerChanged(PropertyChangeEvent event) {
        switch (event.getPropertyName()) {
            case PlayerProperties.MUTED:
                refreshMute();
                break;
            case PlayerProperties.RATE:
                refreshRates();
                break;
            case PlayerProperties.CYCLE_COUNT:
                refreshLoop();
                break;
            case PlayerProperties.DURATION:
            case PlayerProperties.VIDEO_SIZE:
                // Announced with what else is learnt about the media: whether it is seekable, whether it has video.
                refreshTransport();
                break;
            default:
                // The status (and the error that halts): whether anything can be done at all.
                refreshPlayerActions();
        }
    }

    /** Brings every action's enabled, selected, name and icon state up to date. */
    private void refresh() {
        refreshPlayerActions();
        refreshFullScreen();
    }

    private void refreshPlayerActions() {
        refreshTransport();
        refreshMute();
        refreshLoop();
        refreshRates();
        refreshTracks();
        refreshChapters();
    }

    /** The chapter commands: enabled when the media has chapters. */
    private void refreshChapters() {
        boolean chapters = isReady() && !player.media().getChapters().isEmpty();
        actions.get(Command.PREVIOUS_CHAPTER).setEnabled(chapters);
        actions.get(Command.NEXT_CHAPTER).setEnabled(chapters);
    }

    /** The track commands: enabled when there is a choice to make. */
    private void refreshTracks() {
        boolean ready = isReady();
        int audioTracks = ready ? player.tracks().getTracks(TrackType.AUDIO).size() : 0;
        int subtitleTracks = ready ? player.tracks().getTracks(TrackType.SUBTITLE).size() : 0;
        actions.get(Command.NEXT_AUDIO_TRACK).setEnabled(audioTracks > 1);
        actions.get(Command.NEXT_SUBTITLE_TRACK).setEnabled(subtitleTracks > 0);
        PlayerAction subtitles = actions.get(Command.SUBTITLES);
        subtitles.setEnabled(subtitleTracks > 0);
        subtitles.putValue(Action.SELECTED_KEY, ready && player.tracks().getSelected(TrackType.SUBTITLE).isPresent());
    }

    /**
     * Chooses the track after the one playing; after the last, the first, or none if {@code offAfterLast}.
     *
     * @param p            the player
     * @param type         audio or subtitle
     * @param offAfterLast whether "none" comes after the last track
     */
    private static void next(MediaPlayer p, TrackType type, boolean offAfterLast) {
        List<Track> tracks = p.tracks().getTracks(type);
        if (tracks.isEmpty()) {
            return;
        }
        int current = p.tracks().getSelected(type).map(tracks::indexOf).orElse(-1);
        int next = current + 1;
        if (next < tracks.size()) {
            p.tracks().select(tracks.get(next));
        } else if (offAfterLast) {
            p.tracks().deselect(type);
        } else {
            p.tracks().select(tracks.get(0));
        }
    }

    private void toggleSubtitles(MediaPlayer p) {
        Optional<Track> shown = p.tracks().getSelected(TrackType.SUBTITLE);
        if (shown.isPresent()) {
            hiddenSubtitles = shown.get();
            p.tracks().deselect(TrackType.SUBTITLE);
            return;
        }
        List<Track> tracks = p.tracks().getTracks(TrackType.SUBTITLE);
        if (!tracks.isEmpty()) {
            p.tracks().select(tracks.contains(hiddenSubtitles) ? hiddenSubtitles : tracks.get(0));
        }
    }

    /** Play/pause, stop, seek, step and volume: they depend on the status and on what the media allows. */
    private void refreshTransport() {
        boolean usable = isUsable();
        boolean ready = isReady();
        boolean seekable = ready && player.media().isSeekable();
        boolean video = seekable && player.media().hasVideo();
        boolean playing = usable && isPlaying(player);
        PlayerAction playPause = actions.get(Command.PLAY_PAUSE);
        playPause.setEnabled(usable);
        playPause.putValue(Action.NAME, playing ? "Pause" : "Play");
        playPause.putValue(Action.SMALL_ICON, playing ? PlayerIcons.PAUSE : PlayerIcons.PLAY);
        actions.get(Command.STOP).setEnabled(ready);
        actions.get(Command.SEEK_BACKWARD).setEnabled(seekable);
        actions.get(Command.SEEK_FORWARD).setEnabled(seekable);
        actions.get(Command.STEP_BACKWARD).setEnabled(video);
        actions.get(Command.STEP_FORWARD).setEnabled(video);
        actions.get(Command.VOLUME_UP).setEnabled(usable);
        actions.get(Command.VOLUME_DOWN).setEnabled(usable);
    }

    private void refreshMute() {
        boolean usable = isUsable();
        boolean muted = usable && player.audio().isMuted();
        PlayerAction mute = actions.get(Command.MUTE);
        mute.setEnabled(usable);
        mute.putValue(Action.SELECTED_KEY, muted);
        mute.putValue(Action.SMALL_ICON, muted ? PlayerIcons.MUTED : PlayerIcons.VOLUME);
    }

    private void refreshLoop() {
        boolean usable = isUsable();
        PlayerAction loop = actions.get(Command.LOOP);
        // Live media never ends, so there is nothing to play again.
        loop.setEnabled(usable && !isLive());
        loop.putValue(Action.SELECTED_KEY, usable && player.controls().isLooping());
    }

    private void refreshRates() {
        boolean usable = isUsable();
        boolean ready = isReady() && !isLive();
        double rate = usable ? player.controls().getRate() : 0;
        for (int i = 0; i < rateActions.size(); i++) {
            rateActions.get(i).setEnabled(ready);
            rateActions.get(i).putValue(Action.SELECTED_KEY, usable && rate == RATES.get(i));
        }
    }

    /** Live media (a camera, a live stream) plays at its own pace and does not end. */
    private boolean isLive() {
        return isReady() && player.media().isLive();
    }

    private void refreshFullScreen() {
        boolean full = fullScreen != null && fullScreen.isActive();
        PlayerAction enter = actions.get(Command.FULL_SCREEN);
        enter.setEnabled(fullScreen != null);
        enter.putValue(Action.SELECTED_KEY, full);
        enter.putValue(Action.SMALL_ICON, full ? PlayerIcons.EXIT_FULL_SCREEN : PlayerIcons.FULL_SCREEN);
        actions.get(Command.EXIT_FULL_SCREEN).setEnabled(full);
    }

    /** Whether there is a player that takes commands. */
    private boolean isUsable() {
        return player != null && !player.getStatus().isFinal();
    }

    /** Whether the player has opened its media. */
    private boolean isReady() {
        return isUsable() && player.getStatus() != Status.UNKNOWN;
    }

    private static boolean isPlaying(MediaPlayer p) {
        return p.getStatus() == Status.PLAYING || p.getStatus() == Status.STALLED
                || p.getStatus() == Status.RECONNECTING;
    }

    /** An action that runs a command on the current player. */
    private final class PlayerAction extends AbstractAction {
        private static final long serialVersionUID = 1L;
        private final transient Consumer<MediaPlayer> perform;
        private boolean playerRequired = true;

        PlayerAction(String name, Consumer<MediaPlayer> perform) {
            super(name);
            this.perform = perform;
        }

        @Override
        public void actionPerformed(ActionEvent event) {
            if (isEnabled() && (player != null || !playerRequired)) {
                perform.accept(player);
                refresh();
            }
        }
    }
}
