package dev.framepipe.player.gst;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

import org.freedesktop.gstreamer.lowlevel.GNative;

/**
 * Finds the GStreamer shared libraries the direct-mapped bindings of this package register against.
 *
 * <p>The lookup is gst1-java-core's own ({@code GNative.getNativeLibrary}, honouring its
 * {@code gstreamer.GNative.nameFormats} property), so these bindings always talk to the very libraries gst1-java-core
 * already loaded, on every platform. Only 64-bit platforms are supported: the bindings pass GStreamer pointers and
 * {@code gsize} values as Java {@code long}.
 */
public final class GstLibraries {
    private GstLibraries() {
    }

    /**
     * Loads a GStreamer library by its base name.
     *
     * @param baseName for instance {@code "gstapp"} for libgstapp-1.0
     * @return the library
     * @throws UnsatisfiedLinkError    if it cannot be found
     * @throws IllegalStateException   on a 32-bit JVM
     */
    static NativeLibrary load(String baseName) {
        requireLp64();
        return GNative.getNativeLibrary(baseName + "-1.0");
    }

    /**
     * Loads a library for interface mapping (for calls off the frame path, where a proxy per call is acceptable).
     *
     * @param baseName       {@code "gstreamer"} and the like for the GStreamer 1.0 libraries, {@code "glib"} or
     *                       {@code "gobject"} for libglib-2.0 and libgobject-2.0
     * @param interfaceClass the JNA interface
     * @param <T>            the interface type
     * @return the bound interface
     */
    static <T extends com.sun.jna.Library> T interfaceFor(String baseName, Class<T> interfaceClass) {
        requireLp64();
        boolean glib = "glib".equals(baseName) || "gobject".equals(baseName);
        String name = baseName + (glib ? "-2.0" : "-1.0");
        return Native.load(GNative.getNativeLibrary(name).getName(), interfaceClass);
    }

    /**
     * Throws unless pointers and {@code size_t} are 64 bits wide.
     *
     * @throws IllegalStateException on a 32-bit JVM
     */
    public static void requireLp64() {
        if (Native.POINTER_SIZE != 8 || Native.SIZE_T_SIZE != 8) {
            throw new IllegalStateException("Framepipe needs a 64-bit JVM; this one has " + Native.POINTER_SIZE * 8
                    + "-bit pointers");
        }
    }
}
