package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * Draws a playlist entry on two lines, its name and where it comes from, with its number in front, or a play mark
 * (and the name in bold) for the entry playing.
 */
final class PlaylistCellRenderer extends JPanel implements ListCellRenderer<PlaylistEntry> {
    private static final long serialVersionUID = 1L;
    private static final int MARK_WIDTH = 26;

    private final transient Playlist playlist;
    private final JLabel mark = new JLabel();
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
        add(mark, BorderLayout.WEST);
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
        setToolTipText(entry.source().describe());
        return this;
    }

    private static Color accent(Color foreground, boolean selected) {
        Color accent = UIManager.getColor("Component.accentColor");
        return selected || accent == null ? foreground : accent;
    }
}
