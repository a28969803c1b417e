package dev.framepipe.demo;

import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;

/**
 * Builds the toolbar from the demo's actions: opening media, moving through the playlist, saving the frame and
 * information, and on the right the view toggles. Transport buttons are in the player's own control bar under the
 * video, so they are not repeated here. Buttons show icons; the action's name is their tooltip's first line and
 * accessible name.
 */
final class ToolBarBuilder {
    private ToolBarBuilder() {
    }

    /**
     * Builds the toolbar.
     *
     * @param demo the demo's actions
     * @return the toolbar
     */
    static JToolBar build(DemoActions demo) {
        JToolBar bar = new JToolBar("Framepipe");
        bar.setFloatable(false);
        bar.add(button(new JButton(demo.openFiles)));
        bar.add(button(new JButton(demo.openUrl)));
        bar.add(button(new JButton(demo.addFiles)));
        bar.addSeparator();
        bar.add(button(new JButton(demo.previous)));
        bar.add(button(new JButton(demo.next)));
        bar.addSeparator();
        bar.add(button(new JButton(demo.saveFrame)));
        bar.add(button(new JButton(demo.mediaInfo)));
        bar.add(Box.createHorizontalGlue());
        bar.add(button(new JToggleButton(demo.statistics)));
        bar.add(button(new JToggleButton(demo.playlist)));
        bar.add(button(new JToggleButton(demo.darkTheme)));
        return bar;
    }

    private static AbstractButton button(AbstractButton button) {
        Action action = button.getAction();
        String name = (String) action.getValue(Action.NAME);
        button.setHideActionText(true);
        button.setFocusable(false);
        button.getAccessibleContext().setAccessibleName(name.replace("\u2026", ""));
        button.setToolTipText(tooltip(name, (String) action.getValue(Action.SHORT_DESCRIPTION)));
        return button;
    }

    private static String tooltip(String name, String description) {
        String plain = name.replace("\u2026", "");
        return description == null ? plain : "<html><b>" + plain + "</b><br>" + description + "</html>";
    }
}
