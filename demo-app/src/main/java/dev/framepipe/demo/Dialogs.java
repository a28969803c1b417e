package dev.framepipe.demo;

import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.KeyStroke;

/**
 * What the demo's dialogs have in common: a Close button, or OK and Cancel, the first the default button and Escape
 * for the last; centred placement.
 */
final class Dialogs {
    private Dialogs() {
    }

    /**
     * Makes a dialog's Close button row: the button is the default button, and Escape presses it too.
     *
     * @param dialog the dialog
     * @param close  what closing does
     * @return the row, to put at the bottom of the dialog
     */
    static JComponent closeButtonRow(JDialog dialog, Runnable close) {
        JButton button = new JButton(action("Close", close));
        dialog.getRootPane().setDefaultButton(button);
        pressedByEscape(dialog, button.getAction());
        JPanel row = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
        row.add(button);
        return row;
    }

    /**
     * Makes a dialog's OK and Cancel row, in the platform's usual order: OK is the default button, Escape presses
     * Cancel.
     *
     * @param dialog the dialog
     * @param ok     what OK does
     * @param cancel what Cancel does
     * @return the row, to put at the bottom of the dialog
     */
    static JComponent okCancelRow(JDialog dialog, Runnable ok, Runnable cancel) {
        JButton okButton = new JButton(action("OK", ok));
        okButton.setName("ok");
        JButton cancelButton = new JButton(action("Cancel", cancel));
        cancelButton.setName("cancel");
        dialog.getRootPane().setDefaultButton(okButton);
        pressedByEscape(dialog, cancelButton.getAction());
        // Both as wide as the wider, as dialogs' button rows are.
        Dimension size = okButton.getPreferredSize().width > cancelButton.getPreferredSize().width
                ? okButton.getPreferredSize() : cancelButton.getPreferredSize();
        okButton.setPreferredSize(size);
        cancelButton.setPreferredSize(size);
        JPanel row = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
        row.add(okButton);
        row.add(cancelButton);
        return row;
    }

    private static AbstractAction action(String name, Runnable command) {
        return new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent event) {
                command.run();
            }
        };
    }

    private static void pressedByEscape(JDialog dialog, Action action) {
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "escape");
        dialog.getRootPane().getActionMap().put("escape", action);
    }

    /**
     * Sizes a dialog to its content and shows it centred on its owner.
     *
     * @param dialog the dialog
     * @param owner  the window to centre it on
     */
    static void showCentred(JDialog dialog, Window owner) {
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }
}
