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
 * Tells the user what could not be done and why: which media could not be played ({@link #forPlaying}), or which
 * picture could not be saved ({@link #forSaving}). It does not block the window (the playlist has already moved on),
 * and problems that arrive while it is open are added to it rather than stacking dialogs: a playlist of broken files
 * makes one dialog. Closing it forgets the problems shown. Event dispatch thread only.
 */
final class ErrorDialog {
    /** The title of the dialog about playing, which tests look for. */
    static final String TITLE = "Cannot Play";
    /** The title of the dialog about saving. */
    private static final String SAVE_TITLE = "Cannot Save";
    private static final int WIDTH = 520;
    private static final int MAX_TEXT_HEIGHT = 260;

    private final JDialog dialog;
    /** What could not be done, as in "Could not play notes.mp4". */
    private final String verb;
    private final JLabel headline = new JLabel();
    private final JTextArea details = new JTextArea();
    private final JScrollPane scroll;
    private int count;

    private ErrorDialog(Window owner, String title, String name, String verb) {
        this.verb = verb;
        dialog = new JDialog(owner, title, Dialog.ModalityType.MODELESS);
        dialog.setName(name);
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
     * Creates the dialog about media that could not be played, hidden.
     *
     * @param owner the main window
     * @return the dialog
     */
    static ErrorDialog forPlaying(Window owner) {
        return new ErrorDialog(owner, TITLE, "errorDialog", "play");
    }

    /**
     * Creates the dialog about pictures that could not be saved, hidden.
     *
     * @param owner the main window
     * @return the dialog
     */
    static ErrorDialog forSaving(Window owner) {
        return new ErrorDialog(owner, SAVE_TITLE, "saveErrorDialog", "save");
    }

    /**
     * Shows a problem of the player, with advice for its kind, added to any still on screen.
     *
     * @param title what the user calls the media or file, for instance its name
     * @param error what went wrong
     */
    void show(String title, MediaException error) {
        show(title, error.getMessage(), ErrorAdvice.forType(error.getType()));
    }

    /**
     * Shows a problem, added to any still on screen.
     *
     * @param title   what the user calls the media or file, for instance its name
     * @param message what went wrong
     * @param advice  what the user can do about it
     */
    void show(String title, String message, String advice) {
        count++;
        headline.setText("Could not " + verb + " " + (count == 1 ? title : count + " items"));
        String entry = message + "\n" + advice;
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
