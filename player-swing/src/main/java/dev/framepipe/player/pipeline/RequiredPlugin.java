package dev.framepipe.player.pipeline;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The GStreamer plugins every player needs, and the packages that provide them on each platform, so a missing one
 * is reported with the exact command to install it.
 */
enum RequiredPlugin {
    PLAYBACK("playbin", "playback", Package.BASE),
    APP("appsink", "app", Package.BASE),
    VIDEO_CONVERT("videoconvert", "videoconvert (videoconvertscale)", Package.BASE),
    TYPE_FIND("typefind", "coreelements", Package.CORE),
    AUTO_DETECT("autoaudiosink", "autodetect", Package.GOOD);

    /** Advice when GStreamer as a whole is missing. */
    static final String INSTALL_ALL = "On Debian/Ubuntu: sudo apt-get install gstreamer1.0-plugins-base "
            + "gstreamer1.0-plugins-good gstreamer1.0-libav; on Fedora: sudo dnf install gstreamer1-plugins-base "
            + "gstreamer1-plugins-good gstreamer1-plugin-libav; on macOS: brew install gstreamer.";

    private final String element;
    private final String plugin;
    private final Package source;

    RequiredPlugin(String element, String plugin, Package source) {
        this.element = element;
        this.plugin = plugin;
        this.source = source;
    }

    String element() {
        return element;
    }

    static String describeMissing(List<RequiredPlugin> missing) {
        String names = missing.stream().map(p -> "'" + p.plugin + "' (element " + p.element + ")")
                .collect(Collectors.joining(", "));
        String debian = missing.stream().map(p -> p.source.debian).distinct().collect(Collectors.joining(" "));
        String fedora = missing.stream().map(p -> p.source.fedora).distinct().collect(Collectors.joining(" "));
        return "GStreamer is installed but these plugins are missing: " + names + ". Install them on "
                + "Debian/Ubuntu with: sudo apt-get install " + debian + "; on Fedora with: sudo dnf install "
                + fedora + "; on macOS with: brew install gstreamer.";
    }

    /** Where a plugin comes from. */
    private enum Package {
        CORE("libgstreamer1.0-0", "gstreamer1"),
        BASE("gstreamer1.0-plugins-base", "gstreamer1-plugins-base"),
        GOOD("gstreamer1.0-plugins-good", "gstreamer1-plugins-good");

        private final String debian;
        private final String fedora;

        Package(String debian, String fedora) {
            this.debian = debian;
            this.fedora = fedora;
        }
    }
}
