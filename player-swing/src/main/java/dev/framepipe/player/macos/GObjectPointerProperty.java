package dev.framepipe.player.macos;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import org.freedesktop.gstreamer.GstObject;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.lowlevel.GNative;

/**
 * Reads a {@code G_TYPE_POINTER} property of a GStreamer object, such as the {@code "layer"} of
 * {@code avsamplebufferlayersink}. Uses the libgobject gst1-java-core already loaded. Any thread (GObject property
 * access is thread-safe); allocates, so not for the frame path.
 */
final class GObjectPointerProperty {
    private GObjectPointerProperty() {
    }

    /**
     * Reads the property.
     *
     * @param object   the object
     * @param property the property name
     * @return the pointer the property holds, or 0; ownership is whatever the property documents (a pointer
     *         property transfers nothing)
     */
    static long read(GstObject object, String property) {
        PointerByReference value = new PointerByReference();
        Loaded.LIBRARY.g_object_get(Natives.getRawPointer(object), property, value, null);
        return Pointer.nativeValue(value.getValue());
    }

    /** Binds libgobject on first use only. */
    private static final class Loaded {
        static final GObjectLibrary LIBRARY =
                Native.load(GNative.getNativeLibrary("gobject-2.0").getName(), GObjectLibrary.class);
    }
}
