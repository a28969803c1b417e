package dev.framepipe.player.runtime;

import java.util.Locale;

/**
 * The operating system and processor architecture a GStreamer runtime must be built for: this JVM's. Immutable.
 */
public final class HostPlatform {
    private final OperatingSystem system;
    private final String architecture;

    /**
     * Describes a platform (tests use other platforms than the one they run on).
     *
     * @param system       the operating system
     * @param architecture a processor name as {@code os.arch} gives it, such as {@code amd64} or {@code aarch64}
     */
    public HostPlatform(OperatingSystem system, String architecture) {
        this.system = system;
        this.architecture = normalizeArchitecture(architecture);
    }

    /**
     * Returns this JVM's platform.
     *
     * @return from the {@code os.name} and {@code os.arch} system properties
     */
    public static HostPlatform current() {
        return new HostPlatform(OperatingSystem.fromName(System.getProperty("os.name", "")),
                System.getProperty("os.arch", ""));
    }

    /**
     * Returns the operating system.
     *
     * @return the system
     */
    public OperatingSystem system() {
        return system;
    }

    /**
     * Returns the processor architecture.
     *
     * @return {@code x86_64}, {@code aarch64}, {@code x86}, {@code arm} or the name as given
     */
    public String architecture() {
        return architecture;
    }

    /**
     * Gives the JVM's and the binary formats' many names of a processor one name each.
     *
     * @param name for instance {@code amd64}, {@code x86-64}, {@code arm64} or {@code i386}
     * @return {@code x86_64}, {@code aarch64}, {@code x86}, {@code arm} or the name in lower case
     */
    static String normalizeArchitecture(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "amd64":
            case "x86-64":
            case "x86_64":
                return "x86_64";
            case "arm64":
            case "aarch64":
                return "aarch64";
            case "x86":
            case "i386":
            case "i486":
            case "i586":
            case "i686":
                return "x86";
            case "arm":
            case "armv7":
            case "armv7l":
                return "arm";
            default:
                return lower;
        }
    }

    @Override
    public String toString() {
        return system.name().toLowerCase(Locale.ROOT) + "-" + architecture;
    }
}
