package dev.framepipe.player.macos;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * {@code g_object_get} from libgobject-2.0, for the pointer properties gst1-java-core's {@code GObject.get} cannot
 * convert ({@code G_TYPE_POINTER} ends in "Unknown conversion").
 *
 * <p>Unlike {@code objc_msgSend}, {@code g_object_get} really is a C variadic function, so it is declared with Java
 * varargs: JNA then calls it through {@code ffi_prep_cif_var} with two fixed arguments, which is right on every ABI
 * (JNA 5.13 or newer is needed on darwin-arm64).
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
