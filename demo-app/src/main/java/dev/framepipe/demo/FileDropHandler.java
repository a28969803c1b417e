package dev.framepipe.demo;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.swing.TransferHandler;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.TrackControls;

/**
 * Accepts files dropped on the window (and links dropped from a browser) and hands them over as sources. Folders are
 * skipped. Desktops on Linux offer dropped files as a {@code text/uri-list}, the others as a Java file list; both are
 * understood.
 */
final class FileDropHandler extends TransferHandler {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(FileDropHandler.class.getName());
    private static final DataFlavor URI_LIST = uriListFlavor();

    private final transient Consumer<List<MediaSource>> dropped;
    private final transient Consumer<Path> subtitlesDropped;

    /**
     * Creates a handler.
     *
     * @param dropped          receives the media dropped, in order, never empty
     * @param subtitlesDropped receives each subtitle file dropped (by its extension), for the media playing
     */
    FileDropHandler(Consumer<List<MediaSource>> dropped, Consumer<Path> subtitlesDropped) {
        this.dropped = dropped;
        this.subtitlesDropped = subtitlesDropped;
    }

    private static DataFlavor uriListFlavor() {
        try {
            return new DataFlavor("text/uri-list;class=java.lang.String");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("java.lang.String is always there", e);
        }
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)
                || support.isDataFlavorSupported(URI_LIST);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        List<MediaSource> sources = new ArrayList<>();
        List<Path> subtitles = new ArrayList<>();
        try {
            read(support.getTransferable(), sources, subtitles);
        } catch (UnsupportedFlavorException | IOException e) {
            LOG.log(Level.WARNING, "could not read what was dropped: " + e);
            return false;
        }
        if (sources.isEmpty() && subtitles.isEmpty()) {
            return false;
        }
        if (!sources.isEmpty()) {
            dropped.accept(sources);
        }
        // After the media, so subtitles dropped with a video go with that video.
        subtitles.forEach(subtitlesDropped);
        return true;
    }

    private static void read(Transferable transferable, List<MediaSource> sources, List<Path> subtitles)
            throws UnsupportedFlavorException, IOException {
        if (transferable.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            for (Object file : (List<?>) transferable.getTransferData(DataFlavor.javaFileListFlavor)) {
                addFile(((File) file).toPath(), sources, subtitles);
            }
            return;
        }
        String text = (String) transferable.getTransferData(URI_LIST);
        for (String line : text.split("\r?\n")) {
            // RFC 2483: lines starting with # are comments.
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                URI uri = new URI(line.trim());
                if ("file".equalsIgnoreCase(uri.getScheme())) {
                    addFile(Path.of(uri), sources, subtitles);
                } else if (uri.isAbsolute()) {
                    sources.add(MediaSource.of(uri));
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                LOG.log(Level.DEBUG, "skipping a dropped line that is not a URI: " + line);
            }
        }
    }

    private static void addFile(Path file, List<MediaSource> sources, List<Path> subtitles) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && TrackControls.SUBTITLE_FILE_EXTENSIONS.contains(name.substring(dot + 1))) {
            subtitles.add(file);
        } else if (!Files.isDirectory(file)) {
            sources.add(MediaSource.of(file));
        }
    }
}
