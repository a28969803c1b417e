package dev.framepipe.player.runtime;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A GStreamer runtime discovery found: how, and where its libraries, plugins and plugin scanner are. For
 * {@link DiscoveryStep#SYSTEM} no folder is known: the system's loader finds the libraries. Immutable.
 */
public final class RuntimeLocation {
    private final DiscoveryStep step;
    private final Path root;
    private final Path libraryFolder;
    private final Path pluginFolder;
    private final Path scanner;
    private final String version;

    RuntimeLocation(DiscoveryStep step, Path root, Path libraryFolder, Path pluginFolder, Path scanner,
            String version) {
        this.step = step;
        this.root = root;
        this.libraryFolder = libraryFolder;
        this.pluginFolder = pluginFolder;
        this.scanner = scanner;
        this.version = version;
    }

    /** The system's libraries, wherever the loader finds them. */
    static RuntimeLocation system() {
        return new RuntimeLocation(DiscoveryStep.SYSTEM, null, null, null, null, null);
    }

    /**
     * Returns how the runtime was found.
     *
     * @return the step
     */
    public DiscoveryStep step() {
        return step;
    }

    /**
     * Returns the runtime's folder.
     *
     * @return the folder holding {@code lib} (and {@code bin} on Windows), or empty for the system's libraries
     */
    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    /**
     * Returns the folder of the GStreamer libraries.
     *
     * @return {@code lib}, or {@code bin} on Windows; empty for the system's libraries
     */
    public Optional<Path> libraryFolder() {
        return Optional.ofNullable(libraryFolder);
    }

    /**
     * Returns the folder of the plugins.
     *
     * @return {@code lib/gstreamer-1.0}; empty for the system's libraries
     */
    public Optional<Path> pluginFolder() {
        return Optional.ofNullable(pluginFolder);
    }

    /**
     * Returns GStreamer's plugin scanner, the helper process that loads each new plugin once to list its elements.
     *
     * @return the executable, or empty if the runtime has none (plugins are then scanned inside the JVM)
     */
    public Optional<Path> scanner() {
        return Optional.ofNullable(scanner);
    }

    /**
     * Returns the runtime's version as its files say.
     *
     * @return for instance {@code "1.22.0"}, or empty when the files do not say (it is checked once loaded)
     */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /**
     * Describes the location for messages and the media doctor.
     *
     * @return for instance "/opt/app/gstreamer (the system property framepipe.gstreamer.root)"
     */
    public String describe() {
        return root == null ? step.description() : root + " (" + step.description() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
