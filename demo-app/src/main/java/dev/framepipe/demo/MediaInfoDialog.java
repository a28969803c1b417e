package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Image;
import java.awt.Insets;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;

import com.formdev.flatlaf.FlatClientProperties;

import dev.framepipe.player.Chapter;
import dev.framepipe.player.MediaInfo;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.swing.TimeFormat;

/**
 * The media information dialog: a strip of pictures of a media with video ({@link FrameStrip}), and what the player
 * learnt about the media from GStreamer's caps and tags (container, codecs, size, frame rate, colours, duration,
 * sound), as a two-column form. Figures that are not known say so.
 */
final class MediaInfoDialog {
    /** The dialog's title, which tests look for. */
    static final String TITLE = "Media Information";
    private static final String UNKNOWN = "unknown";
    private static final int COVER_SIZE = 160;
    /** The most chapters listed, so a DVD rip with a hundred keeps the dialog on screen. */
    private static final int CHAPTER_ROWS = 12;

    private MediaInfoDialog() {
    }

    /**
     * Returns the facts about a player's media, as label and value pairs in the order shown.
     *
     * @param player the player
     * @param title  the media's name in the playlist
     * @return the rows
     */
    static List<String[]> rows(MediaPlayer player, String title) {
        MediaInfo media = player.media();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Title", media.getTitle().orElse(title)});
        media.getArtist().ifPresent(artist -> rows.add(new String[] {"Artist", artist}));
        media.getAlbum().ifPresent(album -> rows.add(new String[] {"Album", album}));
        media.getDate().ifPresent(date -> rows.add(new String[] {"Date", date}));
        media.getComment().ifPresent(comment -> rows.add(new String[] {"Comment", comment}));
        media.getLanguageName().or(media::getLanguage)
                .ifPresent(language -> rows.add(new String[] {"Language", language}));
        rows.add(new String[] {"Source", player.getSource().describe()});
        rows.add(new String[] {"Container", known(media.getContainerFormat())});
        rows.add(new String[] {"Duration", media.getDuration().map(TimeFormat::format).orElse("unknown (live)")});
        if (media.hasVideo()) {
            rows.add(new String[] {"Video codec", known(media.getVideoCodec())});
            rows.add(new String[] {"Frame size", media.getVideoSize().map(Formats::size).orElse(UNKNOWN)
                    + pixelAspect(media.getPixelAspectRatio())});
            rows.add(new String[] {"Frame rate", media.getFrameRate() > 0 ? Formats.frameRate(media.getFrameRate())
                    : "variable or unknown"});
            rows.add(new String[] {"Colours", known(media.getColorimetry())});
        } else {
            rows.add(new String[] {"Video", "none"});
        }
        if (media.hasAudio()) {
            rows.add(new String[] {"Audio codec", known(media.getAudioCodec())});
            rows.add(new String[] {"Audio format", known(media.getAudioFormat())});
        } else {
            rows.add(new String[] {"Audio", "none"});
        }
        addChapters(rows, media.getChapters());
        return rows;
    }

    /** A row with the number of chapters, then one per chapter (its start and name), at most {@value #CHAPTER_ROWS}. */
    private static void addChapters(List<String[]> rows, List<Chapter> chapters) {
        if (chapters.isEmpty()) {
            return;
        }
        rows.add(new String[] {"Chapters", String.valueOf(chapters.size())});
        for (Chapter chapter : chapters.subList(0, Math.min(CHAPTER_ROWS, chapters.size()))) {
            rows.add(new String[] {TimeFormat.format(chapter.getStart()), chapter.getDisplayName()});
        }
        if (chapters.size() > CHAPTER_ROWS) {
            rows.add(new String[] {"", "\u2026 and " + (chapters.size() - CHAPTER_ROWS) + " more"});
        }
    }

    private static String known(Optional<String> value) {
        return value.orElse(UNKNOWN);
    }

    private static String pixelAspect(double ratio) {
        return Math.abs(ratio - 1.0) < 1e-6 ? "" : String.format(Locale.ROOT, " (pixels %.3f times as wide as tall)",
                ratio);
    }

    /**
     * Shows the dialog for a player's media. It does not block the window, so the video can play on beside it.
     *
     * @param owner  the main window
     * @param player the player
     * @param title  the media's name in the playlist
     */
    static void show(Window owner, MediaPlayer player, String title) {
        JDialog dialog = new JDialog(owner, TITLE, Dialog.ModalityType.MODELESS);
        dialog.setName("mediaInfoDialog");
        JPanel content = new JPanel(new BorderLayout(0, 16));
        content.setBorder(BorderFactory.createEmptyBorder(16, 20, 12, 20));
        content.add(form(rows(player, title)), BorderLayout.CENTER);
        player.media().getCoverArt().ifPresent(cover -> content.add(coverLabel(cover), BorderLayout.WEST));
        if (player.media().hasVideo()) {
            content.add(new FrameStrip(player), BorderLayout.NORTH);
        }
        content.add(Dialogs.closeButtonRow(dialog, dialog::dispose), BorderLayout.SOUTH);
        dialog.setContentPane(content);
        Dialogs.showCentred(dialog, owner);
    }

    /** The cover art, at most {@value #COVER_SIZE} pixels on its longer side. */
    private static JLabel coverLabel(BufferedImage cover) {
        double scale = Math.min(1.0, (double) COVER_SIZE / Math.max(cover.getWidth(), cover.getHeight()));
        Image shown = cover.getScaledInstance(Math.max(1, (int) (cover.getWidth() * scale)),
                Math.max(1, (int) (cover.getHeight() * scale)), Image.SCALE_SMOOTH);
        JLabel label = new JLabel(new ImageIcon(shown));
        label.setName("info.cover");
        label.setVerticalAlignment(JLabel.TOP);
        return label;
    }

    private static JComponent form(List<String[]> rows) {
        JPanel form = new JPanel(new GridBagLayout());
        GridBagConstraints label = new GridBagConstraints();
        label.anchor = GridBagConstraints.FIRST_LINE_END;
        label.insets = new Insets(3, 0, 3, 14);
        GridBagConstraints value = new GridBagConstraints();
        value.anchor = GridBagConstraints.FIRST_LINE_START;
        value.gridwidth = GridBagConstraints.REMAINDER;
        value.weightx = 1;
        value.insets = new Insets(3, 0, 3, 0);
        for (String[] row : rows) {
            JLabel name = new JLabel(row[0]);
            name.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
            form.add(name, label);
            JLabel text = new JLabel(row[1]);
            text.setName("info." + row[0]);
            form.add(text, value);
        }
        return form;
    }
}
