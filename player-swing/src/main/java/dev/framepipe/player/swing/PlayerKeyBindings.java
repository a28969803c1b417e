package dev.framepipe.player.swing;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

import dev.framepipe.player.swing.PlayerActions.Command;

/**
 * Installs the standard player keys on a component: Space play/pause, ←/→ ∓5 s, {@code ,}/{@code .} frame step,
 * ↑/↓ volume, M mute, L loop, F full screen, Esc leave full screen, B/V/C audio track, subtitles and subtitles on/off,
 * Page Up/Page Down previous/next chapter.
 *
 * <p>Two scopes: {@link #install} makes them work while the focus is inside the player (the right choice inside an
 * IDE or a form, where the rest of the window has its own keys); {@link #installWindowWide} makes them work anywhere
 * in the window except while the user types into an editable text component (the right choice for a media player
 * application). A component that binds a key itself while focused (a list's arrows) keeps it either way.
 *
 * <p>Threading: the event dispatch thread.
 */
public final class PlayerKeyBindings {
    private PlayerKeyBindings() {
    }

    /**
     * Binds every command's key to its action on a component, for as long as it or a descendant has the focus.
     *
     * @param target  the component, typically the panel around the video and its controls
     * @param actions the actions to trigger
     */
    public static void install(JComponent target, PlayerActions actions) {
        bind(target, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT, actions);
    }

    /**
     * Binds every command's key for the whole window the component is in (also after it moves to full screen),
     * except while an editable text component has the focus.
     *
     * @param target  a component in the window, typically the player panel
     * @param actions the actions to trigger
     */
    public static void installWindowWide(JComponent target, PlayerActions actions) {
        for (Command command : Command.values()) {
            bindWindowWide(target, actions.get(command));
        }
    }

    /**
     * Binds one action's key ({@link PlayerActions#KEY_STROKE}) for the whole window, except while an editable text
     * component has the focus: for an application's own keys next to the player's. Does nothing for an action
     * without that value.
     *
     * @param target a component in the window
     * @param action the action
     */
    public static void bindWindowWide(JComponent target, Action action) {
        Object key = action.getValue(PlayerActions.KEY_STROKE);
        if (key instanceof KeyStroke) {
            Action guarded = new UnlessTyping(action);
            target.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put((KeyStroke) key, guarded);
            target.getActionMap().put(guarded, guarded);
        }
    }

    /**
     * Binds the keys on a focusable child that has bindings of its own for some of them (a slider moves with the
     * arrow keys), so the player's commands win while that child has the focus.
     *
     * @param child   the child
     * @param actions the actions to trigger
     */
    static void override(JComponent child, PlayerActions actions) {
        bind(child, JComponent.WHEN_FOCUSED, actions);
    }

    private static void bind(JComponent component, int condition, PlayerActions actions) {
        InputMap input = component.getInputMap(condition);
        ActionMap actionMap = component.getActionMap();
        for (Command command : Command.values()) {
            KeyStroke key = command.keyStroke();
            if (key != null) {
                input.put(key, command);
                actionMap.put(command, actions.get(command));
            }
        }
    }

    /**
     * An action that stands aside while the user types: disabled, Swing passes the key on to the text component.
     */
    private static final class UnlessTyping extends AbstractAction {
        private static final long serialVersionUID = 1L;
        private final transient Action target;

        UnlessTyping(Action target) {
            this.target = target;
        }

        @Override
        public boolean isEnabled() {
            Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            boolean typing = owner instanceof JTextComponent && ((JTextComponent) owner).isEditable();
            return !typing && target.isEnabled();
        }

        @Override
        public void actionPerformed(ActionEvent event) {
            target.actionPerformed(event);
        }
    }
}
