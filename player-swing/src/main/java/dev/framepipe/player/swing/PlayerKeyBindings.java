package dev.framepipe.player.swing;

import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

import dev.framepipe.player.swing.PlayerActions.Command;

/**
 * Installs the standard player keys on a component: Space play/pause, ←/→ ∓5 s, {@code ,}/{@code .} frame step,
 * ↑/↓ volume, M mute, L loop, F full screen, Esc leave full screen. They work while the component or anything inside
 * it has the keyboard focus.
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
}
