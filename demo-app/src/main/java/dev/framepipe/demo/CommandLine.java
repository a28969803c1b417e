package dev.framepipe.demo;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.swing.RendererType;

/**
 * The demo's command line: what to play, in order, and how. Parsing checks everything it can before a window opens
 * (unknown options, missing values, files that do not exist, malformed URIs), so a typing mistake costs a line on the
 * terminal rather than an error dialog. Immutable.
 */
final class CommandLine {
    static final String USAGE = String.join("\n",
            "Usage: framepipe demo [file-or-URI ...] [--pipeline \"gst-launch description\"] [--loop] [--wall]",
            "                      [--theme light|dark] [--renderer auto|java2d|macos|overlay]",
            "",
            "Plays the files, URIs and pipelines given, in order, as a playlist. With nothing to play it plays a",
            "built-in sample (made once by GStreamer and kept in the user's cache directory).",
            "",
            "  file-or-URI              a media file, or a URI such as https://example.com/clip.webm",
            "  --pipeline DESCRIPTION   a GStreamer pipeline in gst-launch syntax whose video ends in",
            "                           \"videoconvert ! appsink\"; it joins the playlist where it stands",
            "  --loop                   start the playlist again after its last item",
            "  --wall                   show everything given at once, in a grid, as a camera wall; with nothing",
            "                           given, four live test cameras made by GStreamer",
            "  --theme light|dark       the look for this run (otherwise the one chosen last time)",
            "  --renderer TYPE          how frames reach the screen: auto (the default), java2d, macos or overlay;",
            "                           a renderer that cannot run here falls back to java2d",
            "  -h, --help               show this help and exit",
            "",
            "Exit status: 0, or 2 when an argument is wrong.");

    /** A URI scheme of two or more letters, so that Windows paths such as C:\clip.mp4 stay files. */
    private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");

    private final List<PlaylistEntry> entries;
    private final boolean loop;
    private final Theme theme;
    private final RendererType renderer;
    private final boolean wall;
    private final boolean help;

    private CommandLine(List<PlaylistEntry> entries, boolean loop, Theme theme, RendererType renderer, boolean wall,
                        boolean help) {
        this.entries = Collections.unmodifiableList(entries);
        this.loop = loop;
        this.theme = theme;
        this.renderer = renderer;
        this.wall = wall;
        this.help = help;
    }

    /**
     * Parses the arguments.
     *
     * @param args the arguments as given to {@code main}
     * @return the command line
     * @throws UsageException if an argument is unknown, incomplete or names something that cannot be played
     */
    static CommandLine parse(List<String> args) throws UsageException {
        List<PlaylistEntry> entries = new ArrayList<>();
        boolean loop = false;
        Theme theme = null;
        RendererType renderer = null;
        boolean wall = false;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-")) {
                entries.add(PlaylistEntry.of(source(arg)));
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--":
                    optionsEnded = true;
                    break;
                case "-h":
                case "--help":
                    return new CommandLine(entries, loop, theme, renderer, wall, true);
                case "--loop":
                    if (inline != null) {
                        throw new UsageException("--loop takes no value");
                    }
                    loop = true;
                    break;
                case "--wall":
                    if (inline != null) {
                        throw new UsageException("--wall takes no value");
                    }
                    wall = true;
                    break;
                case "--pipeline":
                    String description = value(args, i, inline, "a pipeline description in quotes");
                    i += inline == null ? 1 : 0;
                    if (description.isBlank()) {
                        throw new UsageException("--pipeline needs a pipeline description, not an empty string");
                    }
                    entries.add(PlaylistEntry.of(MediaSource.ofPipeline(description)));
                    break;
                case "--theme":
                    theme = theme(value(args, i, inline, "light or dark"));
                    i += inline == null ? 1 : 0;
                    break;
                case "--renderer":
                    renderer = renderer(value(args, i, inline, "auto, java2d, macos or overlay"));
                    i += inline == null ? 1 : 0;
                    break;
                default:
                    throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return new CommandLine(entries, loop, theme, renderer, wall, false);
    }

    private static String value(List<String> args, int index, String inline, String expected)
            throws UsageException {
        if (inline != null) {
            return inline;
        }
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new UsageException(args.get(index) + " needs a value: " + expected);
        }
        return args.get(index + 1);
    }

    private static Theme theme(String value) throws UsageException {
        return Theme.named(value).orElseThrow(
                () -> new UsageException("unknown theme '" + value + "': use light or dark"));
    }

    private static RendererType renderer(String value) throws UsageException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "auto":
                return RendererType.AUTO;
            case "java2d":
                return RendererType.JAVA2D;
            case "macos":
                return RendererType.MACOS_LAYER;
            case "overlay":
                return RendererType.LINUX_OVERLAY;
            default:
                throw new UsageException("unknown renderer '" + value + "': use auto, java2d, macos or overlay");
        }
    }

    private static MediaSource source(String arg) throws UsageException {
        if (URI_SCHEME.matcher(arg).matches()) {
            try {
                return MediaSource.of(new URI(arg));
            } catch (URISyntaxException e) {
                String where = e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "";
                throw new UsageException("'" + arg + "' is not a valid URI: " + e.getReason() + where
                        + " (write spaces as %20)");
            }
        }
        Path file;
        try {
            file = Path.of(arg);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + arg + "' is not a file name this system accepts: " + e.getReason());
        }
        if (!Files.exists(file)) {
            throw new UsageException("no such file: " + arg);
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(arg + " is a folder; name the media files in it instead");
        }
        return MediaSource.of(file);
    }

    /**
     * Returns what to play, in order.
     *
     * @return the entries; empty to play the built-in sample
     */
    List<PlaylistEntry> entries() {
        return entries;
    }

    /**
     * Tells whether the playlist starts again after its last item.
     *
     * @return {@code true} for {@code --loop}
     */
    boolean loop() {
        return loop;
    }

    /**
     * Returns the theme asked for on the command line.
     *
     * @return the theme, or empty to use the remembered one
     */
    Optional<Theme> theme() {
        return Optional.ofNullable(theme);
    }

    /**
     * Returns the renderer asked for on the command line.
     *
     * @return the renderer type, or empty for the component's default
     */
    Optional<RendererType> renderer() {
        return Optional.ofNullable(renderer);
    }

    /**
     * Tells whether the user asked for the help text.
     *
     * @return {@code true} for {@code -h} or {@code --help}
     */
    /**
     * Tells whether everything is to be shown at once, as a camera wall.
     *
     * @return {@code true} for {@code --wall}
     */
    boolean wall() {
        return wall;
    }

    boolean help() {
        return help;
    }
}
