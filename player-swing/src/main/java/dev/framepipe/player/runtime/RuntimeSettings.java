package dev.framepipe.player.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What must be set, before GStreamer loads, for a runtime that is not where the system looks: the JNA library path
 * (and, on Linux, the library names gst1-java-core asks for), environment variables for GStreamer (its plugin folder,
 * its plugin scanner, a registry file of its own) and for the loader of the scanner process ({@code PATH} on Windows,
 * {@code LD_LIBRARY_PATH} on Linux), and on Linux the bundled libraries to load first, in dependency order. Worked
 * out from a {@link RuntimeLocation} without changing anything; {@link NativeEnvironment} applies it. Immutable.
 *
 * <p>A runtime installed where it was built to be (Homebrew, the official Windows and macOS installers) finds its
 * plugins by itself, so only the library path is set; a bundled runtime gets everything.
 */
public final class RuntimeSettings {
    /** The system property that overrides where a bundled runtime's plugin registry is kept. */
    public static final String REGISTRY_PROPERTY = "framepipe.gstreamer.registry";
    private static final String JNA_LIBRARY_PATH = "jna.library.path";
    /** gst1-java-core's property for the file names it loads libraries by. */
    private static final String NAME_FORMATS = "gstreamer.GNative.nameFormats";

    private final Map<String, String> properties;
    private final Map<String, String> variables;
    private final List<Path> preload;

    private RuntimeSettings(Map<String, String> properties, Map<String, String> variables, List<Path> preload) {
        this.properties = Collections.unmodifiableMap(properties);
        this.variables = Collections.unmodifiableMap(variables);
        this.preload = List.copyOf(preload);
    }

    /**
     * Works out the settings for a runtime.
     *
     * @param location the runtime discovery found
     * @param inputs   the current properties and environment (existing paths are kept after the runtime's)
     * @return the settings; none for the system's libraries
     * @throws IOException if a bundled Linux runtime's libraries cannot be read
     */
    public static RuntimeSettings forLocation(RuntimeLocation location, DiscoveryInputs inputs) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, String> variables = new LinkedHashMap<>();
        List<Path> preload = List.of();
        Optional<Path> libraries = location.libraryFolder();
        if (libraries.isEmpty()) {
            return new RuntimeSettings(properties, variables, preload);
        }
        Path libraryFolder = libraries.get();
        OperatingSystem system = inputs.platform().system();
        properties.put(JNA_LIBRARY_PATH, prepend(libraryFolder, inputs.property(JNA_LIBRARY_PATH)));
        if (system == OperatingSystem.WINDOWS) {
            // Plugins' DLLs find the libraries they need through PATH.
            variables.put("PATH", prepend(libraryFolder, inputs.variable("PATH")));
        }
        if (location.step().isBundled()) {
            Path root = location.root().orElseThrow();
            variables.put("GST_PLUGIN_SYSTEM_PATH_1_0", location.pluginFolder().orElseThrow().toString());
            if (location.scanner().isPresent()) {
                variables.put("GST_PLUGIN_SCANNER_1_0", location.scanner().get().toString());
            } else {
                variables.put("GST_REGISTRY_FORK", "no");
            }
            variables.put("GST_REGISTRY_1_0", registryFile(root, inputs).toString());
            if (system == OperatingSystem.LINUX) {
                // The scanner is a process of its own: its loader reads LD_LIBRARY_PATH when it starts.
                variables.put("LD_LIBRARY_PATH", prepend(libraryFolder, inputs.variable("LD_LIBRARY_PATH")));
                properties.put(NAME_FORMATS, inputs.property(NAME_FORMATS).orElse("lib%s.so.0|%s"));
                preload = LinuxLoadOrder.of(libraryFolder);
            }
        }
        return new RuntimeSettings(properties, variables, preload);
    }

    /**
     * Returns the plugin registry file of a bundled runtime: GStreamer's cache of what each plugin holds. Each
     * runtime folder gets its own, so two applications with different runtimes never rewrite each other's.
     *
     * @param root   the runtime's folder
     * @param inputs the properties and environment, for {@value #REGISTRY_PROPERTY} and the user's cache folder
     * @return the file (it need not exist yet)
     */
    static Path registryFile(Path root, DiscoveryInputs inputs) {
        Optional<String> chosen = inputs.property(REGISTRY_PROPERTY);
        if (chosen.isPresent()) {
            return Path.of(chosen.get());
        }
        return cacheFolder(inputs).resolve("framepipe").resolve("gstreamer-registry-"
                + shortHash(root.toAbsolutePath().normalize().toString()) + "-"
                + inputs.platform().architecture() + ".bin");
    }

    private static Path cacheFolder(DiscoveryInputs inputs) {
        Path home = Path.of(inputs.property("user.home").orElse("."));
        switch (inputs.platform().system()) {
            case WINDOWS:
                return inputs.variable("LOCALAPPDATA").map(Path::of).orElse(home.resolve("AppData/Local"));
            case MACOS:
                return home.resolve("Library/Caches");
            default:
                return inputs.variable("XDG_CACHE_HOME").map(Path::of).orElse(home.resolve(".cache"));
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String prepend(Path folder, Optional<String> existing) {
        return folder + existing.map(path -> File.pathSeparator + path).orElse("");
    }

    /**
     * Returns the system properties to set.
     *
     * @return name to value, in the order to set them
     */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * Returns the environment variables to set in this process (GStreamer reads them at start-up; processes it
     * starts inherit them).
     *
     * @return name to value
     */
    public Map<String, String> variables() {
        return variables;
    }

    /**
     * Returns the libraries to load before GStreamer, each after the bundled libraries it needs.
     *
     * @return absolute paths; empty except for a bundled runtime on Linux
     */
    public List<Path> preload() {
        return preload;
    }

    /**
     * Tells whether there is nothing to set.
     *
     * @return {@code true} for the system's libraries
     */
    public boolean isEmpty() {
        return properties.isEmpty() && variables.isEmpty() && preload.isEmpty();
    }
}
