package dev.framepipe.player.macos;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * Loads the macOS libraries and reads their exported globals, and decides once whether the native video path can
 * run in this JVM.
 *
 * <p>Nothing here, and nothing in the binding classes, touches a library until it is first used: the bindings
 * register their natives in their static initialisers, which only run on macOS after {@link #unavailableReason()}
 * found everything. So loading or reflecting over this package on Linux never tries to open a macOS framework.
 * Thread-safe.
 */
final class MacLibraries {
    private static final System.Logger LOG = System.getLogger(MacLibraries.class.getName());

    private MacLibraries() {
    }

    /**
     * Opens a library by its short name; JNA finds frameworks ({@code "CoreVideo"} →
     * {@code /System/Library/Frameworks/CoreVideo.framework/CoreVideo}) and {@code /usr/lib} libraries
     * ({@code "objc"}, {@code "System"}), also when they exist only in the dyld shared cache.
     *
     * @param name for instance {@code "CoreVideo"}
     * @return the library
     * @throws UnsatisfiedLinkError if this is not macOS or the library cannot be opened
     */
    static NativeLibrary load(String name) {
        if (!Platform.isMac()) {
            throw new UnsatisfiedLinkError(name + " is a macOS library; this is " + System.getProperty("os.name"));
        }
        return NativeLibrary.getInstance(name);
    }

    /**
     * Reads an exported {@code const} pointer variable, such as a {@code CFStringRef} constant: the symbol's address
     * holds the value, so it is dereferenced once.
     *
     * @param library the library exporting it
     * @param symbol  the C name
     * @return the value, never 0
     * @throws UnsatisfiedLinkError if the symbol is missing or null
     */
    static long globalValue(NativeLibrary library, String symbol) {
        long value = Pointer.nativeValue(library.getGlobalVariableAddress(symbol).getPointer(0));
        if (value == 0) {
            throw new UnsatisfiedLinkError(symbol + " in " + library.getName() + " is NULL");
        }
        return value;
    }

    /**
     * Returns the address of an exported variable that is itself the value to pass, such as a callbacks struct
     * ({@code &kCFTypeDictionaryKeyCallBacks}) or the main dispatch queue ({@code &_dispatch_main_q}).
     *
     * @param library the library exporting it
     * @param symbol  the C name
     * @return the address, never 0
     * @throws UnsatisfiedLinkError if the symbol is missing
     */
    static long globalAddress(NativeLibrary library, String symbol) {
        return Pointer.nativeValue(library.getGlobalVariableAddress(symbol));
    }

    /**
     * Tells why the native video path cannot run, checking once per JVM: macOS, a 64-bit JVM, a display, and every
     * library, class, selector and constant it uses. Never throws.
     *
     * @return the reason, or {@code null} if the path can run
     */
    static String unavailableReason() {
        return Probe.REASON;
    }

    /** Runs the probe on first use only (the holder idiom), so merely loading this class loads nothing native. */
    private static final class Probe {
        private static final List<Class<?>> BINDINGS = Arrays.asList(ObjcRuntime.class, ObjcMessages.class,
                Objc.class, CoreAnimation.class, CoreFoundation.class, CfConstants.class, CoreVideo.class,
                CoreVideoConstants.class, LibDispatch.class, MainQueueExecutor.class);
        static final String REASON = probe();

        private static String probe() {
            if (!Platform.isMac()) {
                return "the CALayer video path needs macOS; this is " + System.getProperty("os.name");
            }
            if (Native.POINTER_SIZE != 8) {
                return "the CALayer video path needs a 64-bit JVM";
            }
            if (GraphicsEnvironment.isHeadless()) {
                return "the JVM is headless";
            }
            try {
                // Initialising a binding class opens its library and resolves every symbol, class and constant.
                for (Class<?> binding : BINDINGS) {
                    Class.forName(binding.getName(), true, binding.getClassLoader());
                }
                Jawt.library();
                return null;
            } catch (Throwable e) {
                // Any linkage problem (missing framework, symbol, class) means "not available", never a crash.
                LOG.log(System.Logger.Level.DEBUG, "macOS native video path unavailable", e);
                return "a macOS library could not be loaded: " + e;
            }
        }
    }
}
