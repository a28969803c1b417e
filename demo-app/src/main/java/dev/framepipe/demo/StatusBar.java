package dev.framepipe.demo;

import java.awt.BorderLayout;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;

import com.formdev.flatlaf.FlatClientProperties;

/**
 * The line at the bottom of the window: what is playing, and for a few seconds what just happened (a snapshot
 * saved, a speed the media refused).
 */
final class StatusBar extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int NOTICE_MILLIS = 6000;

    private final JLabel text = new JLabel(" ");
    private final Timer noticeEnd = new Timer(NOTICE_MILLIS, event -> showSteady());
    private String steady = " ";

    StatusBar() {
        super(new BorderLayout());
        setBorder(BorderFactory.createEmptyBorder(3, 10, 4, 10));
        text.setName("status");
        text.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        add(text, BorderLayout.CENTER);
        noticeEnd.setRepeats(false);
    }

    /**
     * Sets the text shown when no notice is.
     *
     * @param message for instance "Playing clip.mp4"
     */
    void setSteady(String message) {
        steady = message;
        if (!noticeEnd.isRunning()) {
            showSteady();
        }
    }

    /**
     * Shows a message for a few seconds.
     *
     * @param message what happened
     */
    void notice(String message) {
        text.setText(message);
        noticeEnd.restart();
    }

    String text() {
        return text.getText();
    }

    private void showSteady() {
        text.setText(steady);
    }
}
