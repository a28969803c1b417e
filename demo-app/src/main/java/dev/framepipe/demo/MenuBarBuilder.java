package dev.framepipe.demo;

import java.awt.event.KeyEvent;
import java.util.List;

import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;

import dev.framepipe.player.TrackType;
import dev.framepipe.player.swing.PlayerActions;
import dev.framepipe.player.swing.PlayerActions.Command;

/**
 * Builds the menu bar from the player's actions and the demo's own, so every menu item is the same object as the
 * button or key that does the same thing. Keys without a modifier are shown, not bound, by the menus
 * ({@link MenuKeyHints}). Menu mnemonics avoid the letters the player's control bar uses with Alt
 * while it has the focus (P, S, R, N, L, M, F, A, O, U).
 */
final class MenuBarBuilder {
    private MenuBarBuilder() {
    }

    /**
     * Builds the menu bar.
     *
     * @param demo     the demo's actions
     * @param player   the player's actions
     * @param recent   the Open Recent menu
     * @param tracks   the track menus
     * @param chapters the Playback ▸ Chapter menu
     * @return the menu bar
     */
    static JMenuBar build(DemoActions demo, PlayerActions player, JMenu recent, TrackMenus tracks, JMenu chapters) {
        JMenuBar bar = new JMenuBar();
        bar.add(menu("Media", KeyEvent.VK_D, demo.openFiles, demo.openUrl, recent, demo.addFiles, null,
                demo.saveFrame, demo.saveShown, demo.mediaInfo, null, demo.quit));
        bar.add(menu("Playback", KeyEvent.VK_B, player.get(Command.PLAY_PAUSE), player.get(Command.STOP), null,
                player.get(Command.SEEK_BACKWARD), player.get(Command.SEEK_FORWARD),
                player.get(Command.STEP_BACKWARD), player.get(Command.STEP_FORWARD), null,
                radioMenu("Speed", KeyEvent.VK_E, player.rateActions()), check(player.get(Command.LOOP)), null,
                chapters, player.get(Command.PREVIOUS_CHAPTER), player.get(Command.NEXT_CHAPTER), null,
                demo.previous, demo.next, check(demo.repeat)));
        bar.add(menu("Audio", KeyEvent.VK_I, tracks.trackMenu(TrackType.AUDIO, KeyEvent.VK_K),
                player.get(Command.NEXT_AUDIO_TRACK), tracks.outputMenu(), null, player.get(Command.VOLUME_UP),
                player.get(Command.VOLUME_DOWN), check(player.get(Command.MUTE))));
        bar.add(menu("Subtitles", KeyEvent.VK_T, tracks.trackMenu(TrackType.SUBTITLE, KeyEvent.VK_K),
                player.get(Command.NEXT_SUBTITLE_TRACK), check(player.get(Command.SUBTITLES)), null,
                demo.loadSubtitles, null, tracks.sizeMenu(), tracks.styleItem()));
        bar.add(menu("View", KeyEvent.VK_V, check(player.get(Command.FULL_SCREEN)), check(demo.playlist),
                check(demo.statistics), check(demo.darkTheme), null,
                radioMenu("Scaling", KeyEvent.VK_C, demo.scalingActions()),
                radioMenu("Renderer", KeyEvent.VK_R, demo.rendererActions())));
        bar.add(menu("Help", KeyEvent.VK_H, demo.shortcuts, demo.diagnostics, demo.about));
        return bar;
    }

    /**
     * Makes a menu.
     *
     * @param items actions (plain items), menu items as they are, or {@code null} for a separator
     */
    private static JMenu menu(String title, int mnemonic, Object... items) {
        JMenu menu = new JMenu(title);
        menu.setMnemonic(mnemonic);
        for (Object item : items) {
            if (item == null) {
                menu.addSeparator();
            } else if (item instanceof JMenuItem) {
                menu.add((JMenuItem) item);
            } else {
                menu.add(MenuKeyHints.show(new JMenuItem((Action) item)));
            }
        }
        return menu;
    }

    private static JMenuItem check(Action action) {
        return MenuKeyHints.show(new JCheckBoxMenuItem(action));
    }

    private static JMenu radioMenu(String title, int mnemonic, List<Action> actions) {
        JMenu menu = new JMenu(title);
        menu.setMnemonic(mnemonic);
        ButtonGroup group = new ButtonGroup();
        for (Action action : actions) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(action);
            group.add(item);
            menu.add(item);
        }
        return menu;
    }
}
