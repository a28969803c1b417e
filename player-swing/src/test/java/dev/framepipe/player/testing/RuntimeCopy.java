package dev.framepipe.player.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * A GStreamer runtime folder made from this machine's installed GStreamer (Debian's layout): the
 * {@code libgst*-1.0.so*} libraries (links copied as links) in {@code lib}, the plugins in {@code lib/gstreamer-1.0}
 * and the plugin scanner in {@code libexec/gstreamer-1.0}, the layout of a runtime an application bundles.
 */
public final class RuntimeCopy {
    /** Where Debian and Ubuntu install GStreamer's libraries on x86-64. */
    public static final Path SYSTEM_LIBRARIES = Path.of("/usr/lib/x86_64-linux-gnu");

    private RuntimeCopy() {
    }

    /**
     * Copies the installed runtime.
     *
     * @param bundle         the folder to make
     * @param leftOutPlugins plugin file names not to copy, for instance {@code libgstlibav.so}
     * @return the folder
     * @throws IOException if a copy fails
     */
    public static Path make(Path bundle, Set<String> leftOutPlugins) throws IOException {
        Path lib = Files.createDirectories(bundle.resolve("lib"));
        try (DirectoryStream<Path> libraries = Files.newDirectoryStream(SYSTEM_LIBRARIES, "libgst*-1.0.so*")) {
            for (Path library : libraries) {
                Files.copy(library, lib.resolve(library.getFileName()), LinkOption.NOFOLLOW_LINKS);
            }
        }
        Path plugins = Files.createDirectories(lib.resolve("gstreamer-1.0"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(SYSTEM_LIBRARIES.resolve("gstreamer-1.0"))) {
            for (Path plugin : files) {
                if (!leftOutPlugins.contains(plugin.getFileName().toString())) {
                    Files.copy(plugin, plugins.resolve(plugin.getFileName()));
                }
            }
        }
        Path scanner = Files.createDirectories(bundle.resolve("libexec/gstreamer-1.0")).resolve("gst-plugin-scanner");
        Files.copy(SYSTEM_LIBRARIES.resolve("gstreamer1.0/gstreamer-1.0/gst-plugin-scanner"), scanner,
                StandardCopyOption.COPY_ATTRIBUTES);
        return bundle;
    }
}
