package dev.framepipe.demo;

import java.awt.event.KeyEvent;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

import dev.framepipe.player.MediaSource;

/**
 * The Open Recent menu: the media played last, newest first, read from the preferences each time the menu opens,
 * and an item to forget them.
 */
final class RecentMenu {
    private final JMenu menu = new JMenu("Open Recent");
    private final DemoPreferences preferences;
    private final Consumer<PlaylistEntry> open;

    /**
     * Creates the menu.
     *
     * @param preferences where the recent media are kept
     * @param open        plays an entry chosen from the menu
     */
    RecentMenu(DemoPreferences preferences, Consumer<PlaylistEntry> open) {
        this.preferences = preferences;
        this.open = open;
        menu.setMnemonic(KeyEvent.VK_R);
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent event) {
                rebuild();
            }

            @Override
            public void menuDeselected(MenuEvent event) {
                // Nothing to do: the items are rebuilt when the menu opens.
            }

            @Override
            public void menuCanceled(MenuEvent event) {
                // As above.
            }
        });
        rebuild();
    }

    JMenu menu() {
        return menu;
    }

    private void rebuild() {
        menu.removeAll();
        List<URI> recent = preferences.recent();
        if (recent.isEmpty()) {
            JMenuItem none = new JMenuItem("No Recent Media");
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        for (URI uri : recent) {
            PlaylistEntry entry = PlaylistEntry.of(MediaSource.of(uri));
            JMenuItem item = new JMenuItem(entry.title());
            item.setToolTipText(entry.source().describe());
            item.addActionListener(event -> open.accept(entry));
            menu.add(item);
        }
        menu.addSeparator();
        JMenuItem clear = new JMenuItem("Clear Recent");
        clear.addActionListener(event -> preferences.clearRecent());
        menu.add(clear);
    }
}
