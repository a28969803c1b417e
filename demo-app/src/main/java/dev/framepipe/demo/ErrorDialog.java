package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Window;

import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;

import com.formdev.flatlaf.FlatClientProperties;

import dev.framepipe.player.MediaException;

/**
 * Tells the user which media could not be played and why. It does not block the window (the playlist has already
 * moved on), and errors that arrive while it is open are added to it rather than stacking dialogs: a playlist of
 * broken files makes one dialog. Closing it forgets the errors shown. Event dispatch thread only.
 */
final class ErrorDialog {
    /** The dialog's title, which tests look for. */
    static final String TITLE = "Cannot Play";
    private static final int WIDTH = 520;
    private static final int MAX_TEXT_HEIGHT = 260;

    private final JDialog dialog;
    private final JLabel headline = new JLabel();
    private final JTextArea details = new JTextArea();
    private final JScrollPane scroll;
    private int count;

    /**
     * Creates the dialog, hidden.
     *
     * @param owner the main window
     */
    ErrorDialog(Window owner) {
        dialog = new JDialog(owner, TITLE, Dialog.ModalityType.MODELESS);
        dialog.setName("errorDialog");
        headline.setName("errorHeadline");
        headline.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        details.setName("errorDetails");
        details.setEditable(false);
        // Keeps the focus on the Close button, where Enter and Escape work, and no caret blinks in the text.
        details.setFocusable(false);
        details.setLineWrap(true);
        details.setWrapStyleWord(true);
        details.setOpaque(false);
        details.setFont(UIManager.getFont("Label.font"));
        details.setBorder(BorderFactory.createEmptyBorder());
        scroll = new JScrollPane(details);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);

        JPanel text = new JPanel(new BorderLayout(0, 8));
        text.add(headline, BorderLayout.NORTH);
        text.add(scroll, BorderLayout.CENTER);
        JPanel content = new JPanel(new BorderLayout(16, 12));
        content.setBorder(BorderFactory.createEmptyBorder(16, 16, 12, 16));
        content.add(new JLabel(UIManager.getIcon("OptionPane.errorIcon")), BorderLayout.WEST);
        content.add(text, BorderLayout.CENTER);
        content.add(Dialogs.closeButtonRow(dialog, this::close), BorderLayout.SOUTH);
        dialog.setContentPane(content);
    }

    /**
     * Shows a problem, added to any still on screen.
     *
     * @param title what the user calls the media, for instance its file name
     * @param error what went wrong
     */
    void show(String title, MediaException error) {
        count++;
        headline.setText(count == 1 ? "Could not play " + title : "Could not play " + count + " items");
        String entry = error.getMessage() + "\n" + ErrorAdvice.forType(error.getType());
        details.setText(count == 1 ? entry : details.getText() + "\n\n" + entry);
        details.setCaretPosition(0);
        fitText();
        if (dialog.isVisible()) {
            dialog.pack();
        } else {
            Dialogs.showCentred(dialog, dialog.getOwner());
        }
    }

    /** Makes the text as tall as it needs at the dialog's width, up to a limit beyond which it scrolls. */
    private void fitText() {
        details.setSize(WIDTH, Short.MAX_VALUE);
        int height = details.getPreferredSize().height;
        scroll.setPreferredSize(new Dimension(WIDTH, Math.min(height, MAX_TEXT_HEIGHT)));
    }

    /** Hides the dialog and forgets the problems it showed. */
    void close() {
        dialog.setVisible(false);
        count = 0;
        details.setText("");
    }

    /** Releases the dialog's window. */
    void dispose() {
        dialog.dispose();
    }
}
