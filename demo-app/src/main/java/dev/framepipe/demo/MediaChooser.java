package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Component;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;

import dev.framepipe.player.TrackControls;

/**
 * The file choosers of the demo: opening media (filtered to media files, several at once) and subtitles, and saving
 * pictures (PNG). All start in the folder used last, which is remembered between runs. A new chooser is made each
 * time, so it always has the current theme.
 */
final class MediaChooser {
    /** File name extensions of the formats GStreamer usually plays. */
    static final String[] EXTENSIONS = {"mp4", "m4v", "mov", "mkv", "webm", "avi", "ogv", "ogg", "ogm", "mpg",
        "mpeg", "ts", "m2ts", "mts", "wmv", "flv", "3gp", "mxf", "y4m", "mp3", "m4a", "aac", "flac", "oga", "opus",
        "wav"};

    /** "Automatic" (recognised: UTF-8, UTF-16, Windows-1252), then legacy code pages users meet in subtitles. */
    private static final String[] SUBTITLE_ENCODINGS = {"Automatic", "windows-1250", "windows-1251",
        "windows-1253", "windows-1254", "windows-1255", "windows-1256", "ISO-8859-2", "KOI8-R", "Shift_JIS",
        "EUC-KR", "GB18030", "Big5"};

    private final DemoPreferences preferences;

    MediaChooser(DemoPreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * Asks for media files.
     *
     * @param parent  the window the chooser belongs to
     * @param title   the chooser's title
     * @param approve the text of the approve button
     * @return the files chosen, empty if cancelled
     */
    List<Path> open(Component parent, String title, String approve) {
        JFileChooser chooser = chooser(title);
        chooser.setMultiSelectionEnabled(true);
        FileNameExtensionFilter media = new FileNameExtensionFilter("Video and audio files", EXTENSIONS);
        chooser.addChoosableFileFilter(media);
        chooser.setFileFilter(media);
        if (chooser.showDialog(parent, approve) != JFileChooser.APPROVE_OPTION) {
            return List.of();
        }
        remember(chooser);
        List<Path> files = new ArrayList<>();
        for (File file : chooser.getSelectedFiles()) {
            files.add(file.toPath());
        }
        if (files.isEmpty() && chooser.getSelectedFile() != null) {
            files.add(chooser.getSelectedFile().toPath());
        }
        return files;
    }

    /**
     * Asks for a subtitle file.
     *
     * @param parent the window the chooser belongs to
     * @return the file, or empty if cancelled
     */
    Optional<SubtitleChoice> openSubtitles(Component parent) {
        JFileChooser chooser = chooser("Load Subtitles");
        FileNameExtensionFilter subtitles = new FileNameExtensionFilter("Subtitle files",
                TrackControls.SUBTITLE_FILE_EXTENSIONS.toArray(new String[0]));
        chooser.addChoosableFileFilter(subtitles);
        chooser.setFileFilter(subtitles);
        JComboBox<String> encoding = new JComboBox<>(SUBTITLE_ENCODINGS);
        encoding.setName("subtitleEncoding");
        encoding.getAccessibleContext().setAccessibleName("Text encoding");
        JPanel accessory = new JPanel(new BorderLayout(0, 4));
        accessory.add(new JLabel("Encoding"), BorderLayout.NORTH);
        accessory.add(encoding, BorderLayout.CENTER);
        chooser.setAccessory(accessory);
        if (chooser.showDialog(parent, "Load") != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        remember(chooser);
        String chosen = (String) encoding.getSelectedItem();
        return Optional.of(new SubtitleChoice(chooser.getSelectedFile().toPath(),
                SUBTITLE_ENCODINGS[0].equals(chosen) ? null : Charset.forName(chosen)));
    }

    /** A subtitle file and the encoding the user named for it. */
    static final class SubtitleChoice {
        final Path file;
        /** The encoding, or {@code null} to recognise it. */
        final Charset encoding;

        SubtitleChoice(Path file, Charset encoding) {
            this.file = file;
            this.encoding = encoding;
        }
    }

    /**
     * Asks where to save a PNG image, confirming before a file is replaced.
     *
     * @param parent        the window the chooser belongs to
     * @param title         the chooser's title
     * @param suggestedName the file name offered
     * @return the file, with a {@code .png} ending, or empty if cancelled
     */
    Optional<Path> savePng(Component parent, String title, String suggestedName) {
        JFileChooser chooser = chooser(title);
        chooser.setFileFilter(new FileNameExtensionFilter("PNG images", "png"));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), suggestedName));
        while (chooser.showSaveDialog(parent) == JFileChooser.APPROVE_OPTION) {
            remember(chooser);
            Path file = chooser.getSelectedFile().toPath();
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                file = file.resolveSibling(file.getFileName() + ".png");
            }
            if (!Files.exists(file) || JOptionPane.showConfirmDialog(parent, file.getFileName()
                    + " already exists. Replace it?", title, JOptionPane.YES_NO_OPTION,
                    JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private JFileChooser chooser(String title) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("mediaChooser");
        chooser.setDialogTitle(title);
        preferences.lastFolder().filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setCurrentDirectory);
        return chooser;
    }

    private void remember(JFileChooser chooser) {
        preferences.setLastFolder(chooser.getCurrentDirectory().toPath());
    }
}
