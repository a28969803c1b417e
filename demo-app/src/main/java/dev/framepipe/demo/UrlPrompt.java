package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.HierarchyEvent;
import java.util.Optional;

import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaSource;

/** Asks for the address of a stream or remote file, and asks again with the reason when it is not a valid URI. */
final class UrlPrompt {
    /** The prompt's title, which tests look for. */
    static final String TITLE = "Open URL";

    private UrlPrompt() {
    }

    /**
     * Asks for a URI.
     *
     * @param parent the window the prompt belongs to
     * @return the source, or empty if cancelled
     */
    static Optional<MediaSource> ask(Component parent) {
        JTextField field = new JTextField(40);
        field.setName("url");
        field.putClientProperty("JTextField.placeholderText", "https://example.com/video.webm");
        field.addHierarchyListener(event -> {
            if ((event.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && field.isShowing()) {
                field.requestFocusInWindow();
            }
        });
        JLabel problem = new JLabel(" ");
        problem.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        JPanel panel = new JPanel(new BorderLayout(0, 6));
        panel.add(new JLabel("Address of the video (http, https, rtsp, file, \u2026):"), BorderLayout.NORTH);
        panel.add(field, BorderLayout.CENTER);
        panel.add(problem, BorderLayout.SOUTH);
        while (JOptionPane.showConfirmDialog(parent, panel, TITLE, JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
            String text = field.getText().trim();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(MediaSource.ofUri(text));
            } catch (MediaException e) {
                // The player's message speaks to programmers (it suggests MediaSource.of(Path)); this one to users.
                problem.setText("That is not a complete address. Write it in full, spaces as %20.");
            }
        }
        return Optional.empty();
    }
}
