package dev.framepipe.player.runtime;

import java.util.Locale;

/**
 * The operating systems Framepipe finds GStreamer on, with the names GStreamer's files have on each: its core
 * library, its core-elements plugin and its plugin scanner, as GStreamer's own builds (and Linux distributions)
 * name them.
 */
public enum OperatingSystem {
    /** Linux: {@code libgstreamer-1.0.so.0}, ELF. */
    LINUX("lib", ".so.0", "lib", ".so", "gst-plugin-scanner", "lib"),
    /** macOS: {@code libgstreamer-1.0.0.dylib}, Mach-O. */
    MACOS("lib", ".0.dylib", "lib", ".dylib", "gst-plugin-scanner", "lib"),
    /** Windows: {@code gstreamer-1.0-0.dll} in the runtime's {@code bin} folder, PE. */
    WINDOWS("", "-0.dll", "", ".dll", "gst-plugin-scanner.exe", "bin");

    private final String libraryPrefix;
    private final String librarySuffix;
    private final String pluginPrefix;
    private final String pluginSuffix;
    private final String scannerName;
    private final String libraryFolderName;

    OperatingSystem(String libraryPrefix, String librarySuffix, String pluginPrefix, String pluginSuffix,
            String scannerName, String libraryFolderName) {
        this.libraryPrefix = libraryPrefix;
        this.librarySuffix = librarySuffix;
        this.pluginPrefix = pluginPrefix;
        this.pluginSuffix = pluginSuffix;
        this.scannerName = scannerName;
        this.libraryFolderName = libraryFolderName;
    }

    /**
     * Returns the operating system of this JVM.
     *
     * @param osName the {@code os.name} system property
     * @return the system; Linux for any other Unix, whose layout is Linux's
     */
    static OperatingSystem fromName(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        return LINUX;
    }

    /**
     * Returns the file name of a GStreamer 1.0 library.
     *
     * @param baseName for instance {@code "gstreamer"}
     * @return for instance {@code libgstreamer-1.0.so.0}
     */
    public String libraryFile(String baseName) {
        return libraryPrefix + baseName + "-1.0" + librarySuffix;
    }

    /**
     * Returns the file name of a plugin.
     *
     * @param pluginName for instance {@code "coreelements"}
     * @return for instance {@code libgstcoreelements.so}
     */
    public String pluginFile(String pluginName) {
        return pluginPrefix + "gst" + pluginName + pluginSuffix;
    }

    /**
     * Returns the file name of GStreamer's plugin scanner.
     *
     * @return {@code gst-plugin-scanner}, with {@code .exe} on Windows
     */
    public String scannerFile() {
        return scannerName;
    }

    /**
     * Returns the folder of a GStreamer runtime that holds its libraries.
     *
     * @return {@code bin} on Windows (beside the tools, as Windows finds DLLs), {@code lib} elsewhere
     */
    public String libraryFolderName() {
        return libraryFolderName;
    }
}
