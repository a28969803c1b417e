package dev.framepipe.demo;

import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;

import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.KeyStroke;

/** What the demo's dialogs have in common: a Close button that is the default, Escape to close, centred placement. */
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
        AbstractAction action = new AbstractAction("Close") {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent event) {
                close.run();
            }
        };
        JButton button = new JButton(action);
        dialog.getRootPane().setDefaultButton(button);
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        dialog.getRootPane().getActionMap().put("close", action);
        JPanel row = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
        row.add(button);
        return row;
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
