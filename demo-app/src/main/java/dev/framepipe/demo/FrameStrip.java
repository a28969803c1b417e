package dev.framepipe.demo;

import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import com.formdev.flatlaf.FlatClientProperties;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Thumbnail;
import dev.framepipe.player.swing.TimeFormat;

/**
 * A row of pictures spread evenly over a media, for the media information dialog: "Loading pictures…" while the
 * player's thumbnails make them in the background, then the pictures, each with its time as tooltip, or a short note
 * if there are none (the reason in its tooltip). Its size is fixed from the start, so the dialog does not change size
 * when they come. Event dispatch thread only.
 */
final class FrameStrip extends JPanel {
    /** How many pictures. */
    static final int COUNT = 6;
    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 120;
    private static final int HEIGHT = 68;
    private static final int GAP = 6;

    private final transient List<BufferedImage> pictures = new ArrayList<>();
    private final JLabel note = new JLabel("Loading pictures\u2026");

    /**
     * Creates the strip and asks for its pictures.
     *
     * @param player the player of the media, open
     */
    FrameStrip(MediaPlayer player) {
        super(new FlowLayout(FlowLayout.CENTER, GAP, 0));
        setName("info.strip");
        // FlowLayout puts a gap before the first picture and after the last too.
        setPreferredSize(new Dimension(COUNT * WIDTH + (COUNT + 1) * GAP, HEIGHT));
        note.setName("info.strip.note");
        note.setPreferredSize(new Dimension(COUNT * WIDTH, HEIGHT));
        note.setHorizontalAlignment(JLabel.CENTER);
        note.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        add(note);
        player.thumbnails().strip(COUNT, WIDTH, HEIGHT).whenComplete((strip, error) ->
                SwingUtilities.invokeLater(() -> show(strip, error)));
    }

    private void show(List<Thumbnail> strip, Throwable error) {
        if (error != null) {
            note.setText("No pictures of this media");
            note.setToolTipText(ErrorAdvice.cause(error).getMessage());
            return;
        }
        remove(note);
        for (Thumbnail picture : strip) {
            JLabel label = new JLabel(new ImageIcon(picture.getImage()));
            label.setToolTipText(TimeFormat.format(picture.getFrameTime()));
            add(label);
            pictures.add(picture.getImage());
        }
        revalidate();
        repaint();
    }

    /**
     * Returns the pictures shown, for tests.
     *
     * @return the pictures in time order; empty while they are made, or if there are none
     */
    List<BufferedImage> pictures() {
        return new ArrayList<>(pictures);
    }
}
