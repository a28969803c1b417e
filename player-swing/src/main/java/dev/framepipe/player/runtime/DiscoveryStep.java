package dev.framepipe.player.runtime;

/**
 * The places Framepipe looks for GStreamer, in the order it looks; the first that has a runtime is used. A runtime
 * an application bundles comes first, so that it wins over whatever the machine has installed.
 */
public enum DiscoveryStep {
    /** The folder the system property {@code framepipe.gstreamer.root} names: a bundled runtime. */
    PROPERTY("the system property " + RuntimeDiscovery.ROOT_PROPERTY, true),
    /** The folder the environment variable {@code FRAMEPIPE_GSTREAMER_ROOT} names: a bundled runtime. */
    ENVIRONMENT("the environment variable " + RuntimeDiscovery.ROOT_VARIABLE, true),
    /** A folder {@code gstreamer} beside the jar that holds Framepipe (the application's jar or its lib folder). */
    BESIDE_APPLICATION("a gstreamer folder beside the application's jar", true),
    /** Windows: the folder the official installer records in {@code GSTREAMER_1_0_ROOT_MSVC_X86_64}. */
    WINDOWS_INSTALLER("the variable the GStreamer installer sets, GSTREAMER_1_0_ROOT_MSVC_X86_64", false),
    /** Windows: the official installer's default folders, {@code %ProgramFiles%} then the system drive. */
    WINDOWS_DEFAULT_FOLDER("the GStreamer installer's default folder", false),
    /** macOS: the official installer's {@code /Library/Frameworks/GStreamer.framework}. */
    MACOS_FRAMEWORK("GStreamer.framework from the official macOS installer", false),
    /** macOS: Homebrew on Apple silicon ({@code /opt/homebrew}) or on Intel ({@code /usr/local}). */
    HOMEBREW("Homebrew", false),
    /** The system's own library search: the dynamic loader on Linux, {@code PATH} on Windows. */
    SYSTEM("the system's libraries", false);

    private final String description;
    private final boolean bundled;

    DiscoveryStep(String description, boolean bundled) {
        this.description = description;
        this.bundled = bundled;
    }

    /**
     * Describes the step for messages and the media doctor.
     *
     * @return for instance "the system property framepipe.gstreamer.root"
     */
    public String description() {
        return description;
    }

    /**
     * Tells whether the step finds a runtime an application ships, which is not where it was built to be: GStreamer
     * is then told where its plugins and scanner are, and keeps a plugin registry of its own.
     *
     * @return {@code true} for the property, the variable and the folder beside the application
     */
    public boolean isBundled() {
        return bundled;
    }
}
