package dev.framepipe.player.gst;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.lowlevel.GNative;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * Reads a real {@code G_TYPE_POINTER} property through the varargs {@code g_object_get} binding, the way the
 * {@code "layer"} of {@code avsamplebufferlayersink} is read on macOS. {@code autoconvert}'s {@code "factories"}
 * (a {@code GList*}) is the pointer property GStreamer on Linux has.
 */
class GObjectPropertiesTest {
    /** What the test needs to give {@code autoconvert} a factory list. */
    interface GLibForTest extends Library {
        Pointer g_list_append(Pointer list, Pointer data);

        void g_list_free(Pointer list);
    }

    /** The setter counterpart, also variadic in C. */
    interface GObjectForTest extends Library {
        void g_object_set(Pointer object, String firstPropertyName, Object... rest);
    }

    @BeforeAll
    static void startGStreamer() {
        GStreamerRuntime.ensureInitialized();
    }

    @Test
    void gObjectGetIsVariadicBecauseInCItIs() throws Exception {
        Method get = GObjectProperties.GObjectLibrary.class.getMethod("g_object_get", Pointer.class, String.class,
                Object[].class);

        assertThat(get.isVarArgs()).isTrue();
    }

    @Test
    void anUnsetPointerPropertyReadsAsZero() {
        Element autoconvert = ElementFactory.make("autoconvert", null);

        assertThat(GObjectProperties.pointer(autoconvert, "factories")).isZero();
        autoconvert.dispose();
    }

    @Test
    void aSetPointerPropertyReadsBackTheListItHolds() {
        GLibForTest glib = Native.load(GNative.getNativeLibrary("glib-2.0").getName(), GLibForTest.class);
        GObjectForTest gobject = Native.load(GNative.getNativeLibrary("gobject-2.0").getName(),
                GObjectForTest.class);
        Element autoconvert = ElementFactory.make("autoconvert", null);
        ElementFactory identity = ElementFactory.find("identity");
        Pointer list = glib.g_list_append(null, Natives.getRawPointer(identity));
        gobject.g_object_set(Natives.getRawPointer(autoconvert), "factories", list, null);
        glib.g_list_free(list);

        long read = GObjectProperties.pointer(autoconvert, "factories");

        assertThat(read).isNotZero();
        assertThat(Pointer.nativeValue(new Pointer(read).getPointer(0)))
                .as("the list's first element is the identity factory")
                .isEqualTo(Pointer.nativeValue(Natives.getRawPointer(identity)));
        autoconvert.dispose();
    }
}
