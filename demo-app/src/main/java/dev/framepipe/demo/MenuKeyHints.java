package dev.framepipe.demo;

import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

import dev.framepipe.player.swing.PlayerActions;

/**
 * Shows a player key (Space, M, ←…) next to a menu item without making it work in the whole window. A menu item's
 * accelerator is bound window-wide, so a key without modifier would fire while the user types in a text field; the
 * player's keys are bound by PlayerKeyBindings, which stands aside while the user types, and the menu only shows them.
 * Keys with a modifier (Ctrl+O) stay ordinary accelerators.
 */
final class MenuKeyHints {
    private MenuKeyHints() {
    }

    /**
     * Gives a menu item the display-only key of its action ({@link PlayerActions#KEY_STROKE}), if it has one.
     *
     * @param item a menu item made from an action
     * @param <T>  the kind of menu item
     * @return the item
     */
    static <T extends JMenuItem> T show(T item) {
        Action action = item.getAction();
        Object key = action == null ? null : action.getValue(PlayerActions.KEY_STROKE);
        if (key instanceof KeyStroke) {
            item.setAccelerator((KeyStroke) key);
            unbind(item);
            // A look-and-feel change (the theme switch) installs the binding again.
            item.addPropertyChangeListener("UI", event -> unbind(item));
        }
        return item;
    }

    private static void unbind(JMenuItem item) {
        SwingUtilities.replaceUIInputMap(item, JComponent.WHEN_IN_FOCUSED_WINDOW, null);
    }
}
