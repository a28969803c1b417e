package dev.framepipe.player.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.WString;

/**
 * Applies {@link RuntimeSettings} to this process, once, before GStreamer loads: sets the system properties, sets
 * the environment variables in the process's real environment (which GStreamer and the processes it starts read;
 * Java's {@link System#getenv()} keeps its start-up copy), and loads the libraries to preload.
 *
 * <p>The preloaded libraries are held here for the life of the JVM (the process never unloads GStreamer), so that
 * JNA never closes them. Threading: called under {@code GStreamerRuntime}'s start-up lock.
 */
public final class NativeEnvironment {
    private static final List<NativeLibrary> PRELOADED = new ArrayList<>();

    private NativeEnvironment() {
    }

    /** POSIX {@code setenv} (Linux's and macOS's C library). */
    interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Windows' own environment, the one GLib's {@code g_getenv} and the DLL search read. */
    interface Kernel32 extends Library {
        boolean SetEnvironmentVariableW(WString name, WString value);
    }

    /**
     * Applies settings.
     *
     * @param settings what to set and load
     * @throws IllegalStateException if a variable cannot be set or a library cannot be loaded; the message names it
     */
    public static synchronized void apply(RuntimeSettings settings) {
        settings.properties().forEach(System::setProperty);
        if (!settings.variables().isEmpty()) {
            setVariables(settings.variables());
        }
        for (Path library : settings.preload()) {
            try {
                PRELOADED.add(NativeLibrary.getInstance(library.toString()));
            } catch (UnsatisfiedLinkError e) {
                throw new IllegalStateException("the bundled library " + library + " cannot be loaded: "
                        + e.getMessage(), e);
            }
        }
    }

    private static void setVariables(Map<String, String> variables) {
        if (Platform.isWindows()) {
            Kernel32 kernel32 = Native.load("kernel32", Kernel32.class);
            variables.forEach((name, value) -> {
                if (!kernel32.SetEnvironmentVariableW(new WString(name), new WString(value))) {
                    throw new IllegalStateException("the environment variable " + name + " cannot be set");
                }
            });
        } else {
            CLibrary c = Native.load("c", CLibrary.class);
            variables.forEach((name, value) -> {
                if (c.setenv(name, value, 1) != 0) {
                    throw new IllegalStateException("the environment variable " + name + " cannot be set");
                }
            });
        }
    }
}
