package dev.framepipe.player.gst;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import org.freedesktop.gstreamer.GstObject;
import org.freedesktop.gstreamer.glib.Natives;

/**
 * Reads {@code G_TYPE_POINTER} properties of GStreamer objects, such as the {@code "layer"} of macOS's
 * {@code avsamplebufferlayersink}, which gst1-java-core's {@code GObject.get} cannot convert ("Unknown conversion").
 * Binds the libgobject gst1-java-core already loaded, through {@link GstLibraries} like this package's other
 * bindings. Any thread (GObject property access is thread-safe); allocates, so not for the frame path.
 */
public final class GObjectProperties {
    private GObjectProperties() {
    }

    /**
     * Reads a pointer property.
     *
     * @param object   the object
     * @param property the property name
     * @return the pointer the property holds, or 0; ownership is whatever the property documents (a pointer
     *         property transfers nothing)
     */
    public static long pointer(GstObject object, String property) {
        PointerByReference value = new PointerByReference();
        Loaded.GOBJECT.g_object_get(Natives.getRawPointer(object), property, value, null);
        return Pointer.nativeValue(value.getValue());
    }

    /**
     * {@code g_object_get} from libgobject-2.0.
     *
     * <p>Unlike {@code objc_msgSend}, {@code g_object_get} really is a C variadic function, so it is declared with
     * Java varargs: JNA then calls it through {@code ffi_prep_cif_var} with two fixed arguments, which is right on
     * every ABI (JNA 5.13 or newer is needed on darwin-arm64).
     */
    interface GObjectLibrary extends Library {
        /**
         * {@code void g_object_get(gpointer object, const gchar *first_property_name, ...)}: a {@code NULL}-terminated
         * list of property names, each followed by the address that receives its value.
         *
         * @param object            the {@code GObject*}
         * @param firstPropertyName the first property
         * @param rest              the first value's address, then further name/address pairs, then {@code null}
         */
        void g_object_get(Pointer object, String firstPropertyName, Object... rest);
    }

    /** Binds libgobject on first use only. */
    private static final class Loaded {
        static final GObjectLibrary GOBJECT = GstLibraries.interfaceFor("gobject", GObjectLibrary.class);
    }
}
