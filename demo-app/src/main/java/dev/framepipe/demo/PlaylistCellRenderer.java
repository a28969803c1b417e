package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * Draws a playlist entry: its number, or a play mark (and the name in bold) for the entry playing, then its picture,
 * then two lines, its name and where it comes from.
 */
final class PlaylistCellRenderer extends JPanel implements ListCellRenderer<PlaylistEntry> {
    private static final long serialVersionUID = 1L;
    private static final int MARK_WIDTH = 26;

    private final transient Playlist playlist;
    private final JLabel mark = new JLabel();
    private final PictureBox picture = new PictureBox();
    private final JLabel title = new JLabel();
    private final JLabel origin = new JLabel();

    PlaylistCellRenderer(Playlist playlist) {
        super(new BorderLayout(6, 0));
        this.playlist = playlist;
        setBorder(BorderFactory.createEmptyBorder(5, 6, 5, 8));
        mark.setHorizontalAlignment(SwingConstants.CENTER);
        mark.setPreferredSize(new Dimension(MARK_WIDTH, 16));
        JPanel lines = new JPanel(new BorderLayout(0, 1));
        lines.setOpaque(false);
        lines.add(title, BorderLayout.NORTH);
        lines.add(origin, BorderLayout.SOUTH);
        JPanel lead = new JPanel(new BorderLayout(6, 0));
        lead.setOpaque(false);
        lead.add(mark, BorderLayout.WEST);
        lead.add(picture, BorderLayout.CENTER);
        add(lead, BorderLayout.WEST);
        add(lines, BorderLayout.CENTER);
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends PlaylistEntry> list, PlaylistEntry entry, int index,
                                                  boolean selected, boolean focused) {
        boolean current = playlist.isCurrent(entry);
        Color foreground = selected ? list.getSelectionForeground() : list.getForeground();
        Color muted = selected ? list.getSelectionForeground() : UIManager.getColor("Label.disabledForeground");
        setBackground(selected ? list.getSelectionBackground() : list.getBackground());
        Font font = list.getFont();
        title.setFont(current ? font.deriveFont(Font.BOLD) : font);
        title.setForeground(foreground);
        title.setText(entry.title());
        origin.setFont(font.deriveFont(font.getSize2D() * 0.88f));
        origin.setForeground(muted);
        origin.setText(entry.origin());
        mark.setIcon(current ? DemoIcons.NOW_PLAYING : null);
        mark.setText(current ? null : String.valueOf(index + 1));
        mark.setFont(origin.getFont());
        mark.setForeground(current ? accent(foreground, selected) : muted);
        picture.show(entry, foreground, muted);
        setToolTipText(entry.source().describe());
        return this;
    }

    private static Color accent(Color foreground, boolean selected) {
        Color accent = UIManager.getColor("Component.accentColor");
        return selected || accent == null ? foreground : accent;
    }

    /**
     * The entry's picture, centred on black in a box of the pictures' largest size with rounded corners; until it
     * comes an empty box, and a film mark in it when none will come (no video, live, a failure, a pipeline).
     */
    private static final class PictureBox extends JComponent {
        private static final long serialVersionUID = 1L;
        private static final double ARC = 6;
        /** How much of the text colour tints an empty box: a shade that suits both themes and the selection. */
        private static final int TINT_ALPHA = 24;

        private transient BufferedImage image;
        private boolean none;
        private Color tint;

        PictureBox() {
            setPreferredSize(new Dimension(PlaylistPictures.WIDTH, PlaylistPictures.HEIGHT));
        }

        void show(PlaylistEntry entry, Color text, Color muted) {
            image = entry.picture().orElse(null);
            none = image == null && !entry.wantsPicture();
            tint = new Color(text.getRed(), text.getGreen(), text.getBlue(), TINT_ALPHA);
            setForeground(muted);
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                // Centred at its own size: a cell made taller by a large font does not stretch the box.
                g.translate((getWidth() - PlaylistPictures.WIDTH) / 2, (getHeight() - PlaylistPictures.HEIGHT) / 2);
                RoundRectangle2D box = new RoundRectangle2D.Double(0, 0, PlaylistPictures.WIDTH,
                        PlaylistPictures.HEIGHT, ARC, ARC);
                g.setColor(image == null ? tint : Color.BLACK);
                g.fill(box);
                if (image != null) {
                    g.clip(box);
                    g.drawImage(image, centred(image.getWidth(), PlaylistPictures.WIDTH),
                            centred(image.getHeight(), PlaylistPictures.HEIGHT), null);
                } else if (none) {
                    DemoIcons.FILM.paintIcon(this, g, centred(DemoIcons.FILM.getIconWidth(), PlaylistPictures.WIDTH),
                            centred(DemoIcons.FILM.getIconHeight(), PlaylistPictures.HEIGHT));
                }
            } finally {
                g.dispose();
            }
        }

        private static int centred(int size, int space) {
            return (space - size) / 2;
        }
    }
}
