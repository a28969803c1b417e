package dev.framepipe.demo;

import java.awt.Dimension;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the demo remembers between runs, in {@code java.util.prefs}: the theme, the window size, whether the playlist
 * is shown, the recent media and the last folder a chooser was in. The node is given, so tests use a node of their
 * own and never touch the user's settings.
 */
final class DemoPreferences {
    /** How many recent media the Open Recent menu lists. */
    static final int MAX_RECENT = 10;

    private static final System.Logger LOG = System.getLogger(DemoPreferences.class.getName());
    private static final String THEME = "theme";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String PLAYLIST_VISIBLE = "playlist.visible";
    private static final String LAST_FOLDER = "chooser.folder";
    private static final String RECENT = "recent.";

    private final Preferences node;

    /**
     * Reads and writes a preferences node.
     *
     * @param node the node, for instance {@link #userNode()}
     */
    DemoPreferences(Preferences node) {
        this.node = node;
    }

    /**
     * Returns the node the demo keeps its settings in for the current user.
     *
     * @return the node {@code /dev/framepipe/demo}
     */
    static Preferences userNode() {
        return Preferences.userRoot().node("dev/framepipe/demo");
    }

    Theme theme() {
        return Theme.named(node.get(THEME, Theme.LIGHT.key())).orElse(Theme.LIGHT);
    }

    void setTheme(Theme theme) {
        node.put(THEME, theme.key());
    }

    /**
     * Returns the remembered window size.
     *
     * @param fallback the size for a first run
     * @return the size
     */
    Dimension windowSize(Dimension fallback) {
        return new Dimension(node.getInt(WIDTH, fallback.width), node.getInt(HEIGHT, fallback.height));
    }

    void setWindowSize(Dimension size) {
        node.putInt(WIDTH, size.width);
        node.putInt(HEIGHT, size.height);
    }

    boolean maximized() {
        return node.getBoolean(MAXIMIZED, false);
    }

    void setMaximized(boolean maximized) {
        node.putBoolean(MAXIMIZED, maximized);
    }

    boolean playlistVisible() {
        return node.getBoolean(PLAYLIST_VISIBLE, true);
    }

    void setPlaylistVisible(boolean visible) {
        node.putBoolean(PLAYLIST_VISIBLE, visible);
    }

    Optional<Path> lastFolder() {
        try {
            return Optional.ofNullable(node.get(LAST_FOLDER, null)).map(Path::of);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    void setLastFolder(Path folder) {
        node.put(LAST_FOLDER, folder.toString());
    }

    /**
     * Returns the recent media, newest first. Entries that are not absolute URIs are skipped.
     *
     * @return at most {@link #MAX_RECENT} URIs
     */
    List<URI> recent() {
        List<URI> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String text = node.get(RECENT + i, null);
            if (text == null) {
                break;
            }
            try {
                URI uri = new URI(text);
                if (uri.isAbsolute()) {
                    recent.add(uri);
                }
            } catch (URISyntaxException e) {
                LOG.log(Level.DEBUG, "skipping a recent entry that is not a URI: " + text);
            }
        }
        return recent;
    }

    /**
     * Puts a URI at the top of the recent media, removing an older mention of it and the oldest beyond the limit.
     *
     * @param uri the media
     */
    void addRecent(URI uri) {
        List<URI> recent = recent();
        recent.remove(uri);
        recent.add(0, uri);
        storeRecent(recent.subList(0, Math.min(recent.size(), MAX_RECENT)));
    }

    void clearRecent() {
        storeRecent(List.of());
    }

    private void storeRecent(List<URI> recent) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                node.put(RECENT + i, recent.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    /** Writes the settings out now rather than whenever the JVM gets to it, so a crash later loses nothing. */
    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(Level.WARNING, "could not save the demo's settings: " + e.getMessage());
        }
    }
}
