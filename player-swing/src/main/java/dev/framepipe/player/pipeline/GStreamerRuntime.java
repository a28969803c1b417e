package dev.framepipe.player.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.GstException;
import org.freedesktop.gstreamer.Version;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.gst.GstLibraries;
import dev.framepipe.player.runtime.DiscoveryInputs;
import dev.framepipe.player.runtime.DiscoveryResult;
import dev.framepipe.player.runtime.NativeEnvironment;
import dev.framepipe.player.runtime.RuntimeDiscovery;
import dev.framepipe.player.runtime.RuntimeLocation;
import dev.framepipe.player.runtime.RuntimeSettings;

/**
 * The one GStreamer start-up shared by every player in the JVM: idempotent and thread-safe, so several IDE plugins
 * (or several players) can each call it. It initialises gst1-java-core unless something else in the JVM already
 * did, after finding the runtime to load ({@link RuntimeDiscovery}: a bundled one, the platform's installers, or
 * the system's), and checks that the plugins every player needs are installed.
 *
 * <p>This is the library's only static state besides the diagnostic counters: GStreamer itself is process-wide.
 */
public final class GStreamerRuntime {
    /**
     * Oldest GStreamer the library accepts (Ubuntu 20.04 ships 1.16). Newer features are used where present (one-object
     * pulls from 1.20); CI runs Debian 12's 1.22.
     */
    public static final Version MINIMUM_VERSION = new Version(1, 16);
    private static final String PROGRAM_NAME = "framepipe";
    private static final Object LOCK = new Object();
    private static volatile boolean initialized;
    private static volatile DiscoveryResult discovery;

    private GStreamerRuntime() {
    }

    /**
     * Initialises GStreamer once; later calls return at once.
     *
     * @throws MediaException ({@link MediaException.Type#GSTREAMER_UNAVAILABLE}) if the GStreamer libraries or a
     *                        required plugin are missing, or GStreamer is too old; the message says what to install
     */
    public static void ensureInitialized() {
        if (initialized) {
            return;
        }
        synchronized (LOCK) {
            if (initialized) {
                return;
            }
            try {
                GstLibraries.requireLp64();
                if (Gst.isInitialized()) {
                    discovery = DiscoveryResult.startedByApplication();
                } else {
                    prepareRuntime();
                    // The JVM uses SIGSEGV itself (implicit null checks, safepoints). GStreamer's trap, active while
                    // it loads plugins, takes such a signal for a crashing plugin and aborts (seen on JDK 25 while
                    // the plugin registry was rebuilt).
                    Gst.setSegTrap(false);
                    Gst.init(MINIMUM_VERSION, PROGRAM_NAME);
                }
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                throw unavailable("The GStreamer libraries (libgstreamer-1.0) could not be loaded from "
                        + foundWhere() + ": " + e.getMessage() + ". Install GStreamer 1.16 or newer. "
                        + RequiredPlugin.INSTALL_ALL, e);
            } catch (GstException e) {
                throw unavailable("GStreamer (" + foundWhere() + ") could not be started: " + e.getMessage().trim()
                        + ". " + RequiredPlugin.INSTALL_ALL, e);
            } catch (IllegalStateException e) {
                throw unavailable(e.getMessage(), e);
            }
            List<RequiredPlugin> missing = new ArrayList<>();
            for (RequiredPlugin plugin : RequiredPlugin.values()) {
                if (!factoryExists(plugin.element())) {
                    missing.add(plugin);
                }
            }
            if (!missing.isEmpty()) {
                throw unavailable(RequiredPlugin.describeMissing(missing), null);
            }
            initialized = true;
        }
    }

    /**
     * Finds the runtime to load and points JNA and GStreamer at it.
     *
     * @throws IllegalStateException if the runtime found cannot be used, or its settings cannot be applied
     */
    private static void prepareRuntime() {
        DiscoveryInputs inputs = DiscoveryInputs.current();
        DiscoveryResult result = RuntimeDiscovery.discover(inputs);
        discovery = result;
        RuntimeLocation location = result.location().orElseThrow(() -> new IllegalStateException(
                result.problem().orElseThrow() + ". Looked at: " + String.join("; ", result.probes())));
        try {
            NativeEnvironment.apply(RuntimeSettings.forLocation(location, inputs));
        } catch (IOException e) {
            throw new IllegalStateException("The GStreamer runtime at " + location.describe()
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String foundWhere() {
        DiscoveryResult result = discovery;
        return result == null ? "the system" : result.location().map(RuntimeLocation::describe).orElse("nowhere");
    }

    /**
     * Returns how the GStreamer runtime was found.
     *
     * @return the discovery's result, or empty before start-up was tried
     */
    public static Optional<DiscoveryResult> discovery() {
        return Optional.ofNullable(discovery);
    }

    /**
     * Tells whether an element factory is installed, initialising GStreamer first.
     *
     * @param factoryName for instance {@code "x264enc"}
     * @return {@code true} if the element can be created
     */
    public static boolean hasElement(String factoryName) {
        ensureInitialized();
        return factoryExists(factoryName);
    }

    /** gst1-java-core's {@code ElementFactory.find} throws for a missing factory rather than returning null. */
    private static boolean factoryExists(String factoryName) {
        try {
            return ElementFactory.find(factoryName) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Returns the running GStreamer version.
     *
     * @return for instance {@code "1.22.0"}
     */
    public static String version() {
        ensureInitialized();
        Version version = Gst.getVersion();
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    private static MediaException unavailable(String message, Throwable cause) {
        return new MediaException(MediaException.Type.GSTREAMER_UNAVAILABLE, "GStreamer", message, true, cause);
    }
}
