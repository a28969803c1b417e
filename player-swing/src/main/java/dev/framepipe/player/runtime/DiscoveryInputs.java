package dev.framepipe.player.runtime;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;

/**
 * Everything discovery reads about the machine, gathered in one place so that tests can run it over the folder
 * layouts of other platforms: the platform, the system properties and environment variables it consults, the folder
 * of the jar holding Framepipe, and the root that fixed folders such as {@code /Library/Frameworks} are under.
 * Immutable.
 */
public final class DiscoveryInputs {
    private final HostPlatform platform;
    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private final Path applicationFolder;
    private final Path fileSystemRoot;

    /**
     * Gathers given inputs.
     *
     * @param platform          the platform the runtime must be built for
     * @param properties        system properties (only the few discovery reads matter)
     * @param environment       environment variables
     * @param applicationFolder the folder of the jar holding Framepipe, or null when it is not in a jar
     * @param fileSystemRoot    the folder that absolute fixed folders are resolved under ({@code /} for real)
     */
    public DiscoveryInputs(HostPlatform platform, Map<String, String> properties, Map<String, String> environment,
            Path applicationFolder, Path fileSystemRoot) {
        this.platform = platform;
        this.properties = Map.copyOf(properties);
        this.environment = Map.copyOf(environment);
        this.applicationFolder = applicationFolder;
        this.fileSystemRoot = fileSystemRoot;
    }

    /**
     * Returns this JVM's inputs.
     *
     * @return the current platform, system properties and environment, and the folder of Framepipe's jar
     */
    public static DiscoveryInputs current() {
        Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(String.valueOf(key), String.valueOf(value)));
        return new DiscoveryInputs(HostPlatform.current(), properties, System.getenv(), jarFolder(),
                Path.of("/").toAbsolutePath().getRoot());
    }

    /** The folder of the jar holding this class; null when classes come from a folder (as in the build). */
    private static Path jarFolder() {
        CodeSource source = DiscoveryInputs.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location.getParent() : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /**
     * Returns the platform.
     *
     * @return the platform the runtime must be built for
     */
    public HostPlatform platform() {
        return platform;
    }

    /**
     * Returns a system property.
     *
     * @param name the property
     * @return its value, or empty if it is unset or blank
     */
    public Optional<String> property(String name) {
        return nonBlank(properties.get(name));
    }

    /**
     * Returns an environment variable.
     *
     * @param name the variable
     * @return its value, or empty if it is unset or blank
     */
    public Optional<String> variable(String name) {
        return nonBlank(environment.get(name));
    }

    /**
     * Returns the folder of the jar holding Framepipe.
     *
     * @return the folder, or empty when Framepipe's classes are not in a jar
     */
    public Optional<Path> applicationFolder() {
        return Optional.ofNullable(applicationFolder);
    }

    /**
     * Resolves a fixed absolute folder, such as {@code /opt/homebrew}, under the file-system root.
     *
     * @param absolute the folder, written with forward slashes from the root
     * @return the folder
     */
    public Path fixedFolder(String absolute) {
        return fileSystemRoot.resolve(absolute.replaceFirst("^/+", ""));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
