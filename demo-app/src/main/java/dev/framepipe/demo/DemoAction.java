package dev.framepipe.demo;

import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.util.function.Consumer;

import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.Icon;
import javax.swing.KeyStroke;

import dev.framepipe.player.swing.PlayerActions;

/**
 * An action of the demo's own, described in one fluent expression. A toggle keeps its state in
 * {@link Action#SELECTED_KEY}, so check-box menu items and toggle buttons built from it stay in step, and it flips
 * that state itself when run from a key binding (buttons flip it before they run the action).
 */
final class DemoAction extends AbstractAction {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<Boolean> command;
    private final boolean toggle;

    private DemoAction(String name, Consumer<Boolean> command, boolean toggle) {
        super(name);
        this.command = command;
        this.toggle = toggle;
        if (toggle) {
            putValue(SELECTED_KEY, false);
        }
    }

    /**
     * Creates a command.
     *
     * @param name    the name shown in menus and as the accessible name of buttons
     * @param command what it does
     * @return the action
     */
    static DemoAction command(String name, Runnable command) {
        return new DemoAction(name, selected -> command.run(), false);
    }

    /**
     * Creates an on/off setting.
     *
     * @param name    the name shown in menus
     * @param command receives the new state
     * @return the action, off
     */
    static DemoAction toggle(String name, Consumer<Boolean> command) {
        return new DemoAction(name, command, true);
    }

    DemoAction icon(Icon icon) {
        putValue(SMALL_ICON, icon);
        return this;
    }

    /**
     * Sets a key alone as the shortcut, as the player's own keys are: bound on the player panel and shown, not bound,
     * by menus (see {@link MenuKeyHints}).
     */
    DemoAction key(int keyCode) {
        putValue(PlayerActions.KEY_STROKE, KeyStroke.getKeyStroke(keyCode, 0));
        return this;
    }

    /** Sets a function key as the shortcut, working in the whole window: typing never produces one. */
    DemoAction functionKey(int keyCode) {
        putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(keyCode, 0));
        return this;
    }

    /** Sets the shortcut with the platform's menu modifier (Ctrl, or Command on macOS), plus others if given. */
    DemoAction menuKey(int keyCode, int extraModifiers) {
        int modifiers = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() | extraModifiers;
        putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(keyCode, modifiers));
        return this;
    }

    DemoAction mnemonic(int keyCode) {
        putValue(MNEMONIC_KEY, keyCode);
        return this;
    }

    DemoAction tip(String description) {
        putValue(SHORT_DESCRIPTION, description);
        return this;
    }

    boolean isSelected() {
        return Boolean.TRUE.equals(getValue(SELECTED_KEY));
    }

    /**
     * Sets a toggle's state without running it, to show a state that changed elsewhere.
     *
     * @param selected the state
     */
    void setSelected(boolean selected) {
        putValue(SELECTED_KEY, selected);
    }

    @Override
    public void actionPerformed(ActionEvent event) {
        if (!isEnabled()) {
            return;
        }
        if (toggle && !(event.getSource() instanceof AbstractButton)) {
            setSelected(!isSelected());
        }
        command.accept(isSelected());
    }
}
