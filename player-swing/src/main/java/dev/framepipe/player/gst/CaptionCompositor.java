package dev.framepipe.player.gst;

import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.GhostPad;
import org.freedesktop.gstreamer.glib.Natives;

import com.sun.jna.Callback;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import dev.framepipe.player.frame.CaptionBlender;

/**
 * Blends one picture (a caption) into the video frames in front of a native video sink, through GStreamer's
 * {@code overlaycomposition} element: the way captions reach the screen when the video never passes through Java.
 *
 * <p>{@link #wrap} puts the element in front of the sink in a bin. {@link #show} hands over a non-premultiplied ARGB
 * picture and where it goes in the frame; it becomes a {@code GstVideoOverlayComposition}, which the element's
 * {@code draw} signal returns (with a new reference) for every frame until the next call. While there is nothing to
 * show, the signal handler is blocked, so frames cross no Java code at all; while a caption shows, each frame makes
 * one JNA callback, whose argument wrappers are the only Java allocation of the native path.
 *
 * <p>Audit points: the picture is copied into a new {@code GstBuffer} with {@code gst_buffer_fill}, whose size is the
 * picture's {@code 4 × width × height} bytes after checking that the array holds exactly {@code width × height}
 * pixels and that the picture lies inside the frame; the buffer carries a {@code GstVideoMeta} of the format GStreamer
 * documents for overlay rectangles (BGRA in memory on little-endian machines, ARGB on big-endian, both a native
 * {@code int} 0xAARRGGBB). No native memory is read or written directly.
 *
 * <p>Ownership: the compositor owns the current composition and releases it when replaced or on {@link #clear()}.
 * The signal handler stays reachable (in a static set) until GStreamer destroys its closure with the element, so a
 * frame can never call into a collected callback. Threading: {@link #show} and {@link #clear} from any thread; the
 * draw callback runs on the streaming thread.
 */
public final class CaptionCompositor implements CaptionBlender {
    /** The element's name in the bin; tests look for it. */
    public static final String ELEMENT_NAME = "framepipe-captions";
    /** The widest or tallest picture accepted, as for frames. */
    private static final int MAX_SIDE = 16_384;
    /** {@code GST_VIDEO_FORMAT_BGRA} and {@code GST_VIDEO_FORMAT_ARGB}. */
    private static final int FORMAT_BGRA = 12;
    private static final int FORMAT_ARGB = 13;
    /** Signal handlers by id, kept reachable until GStreamer destroys their closures with the element. */
    private static final Map<Long, Callback> LIVE = new ConcurrentHashMap<>();
    private static final DestroyNotify FORGET = (data, closure) -> LIVE.remove(data);
    private static final AtomicLong IDS = new AtomicLong();

    static {
        Native.register(CaptionCompositor.class, GstLibraries.load("gstreamer"));
    }

    private final Element element;
    private final Pointer instance;
    private final Slot slot = new Slot();
    private final long drawHandlerId;
    private boolean blocked = true;

    /**
     * Creates the {@code overlaycomposition} element and connects to it, blocked until something is shown.
     *
     * @param sizes told the size of the frames a picture is blended into, on the streaming thread, whenever it
     *              changes (the sink may negotiate frames at its window's size rather than the video's)
     */
    public CaptionCompositor(FrameSizeListener sizes) {
        element = ElementFactory.make("overlaycomposition", ELEMENT_NAME);
        instance = Natives.getRawPointer(element);
        drawHandlerId = connect("draw", new DrawHandler(slot));
        connect("caps-changed", (CapsSignal) (self, caps, width, height, data) -> sizes.frameSize(width, height));
        GObjectApi.INSTANCE.g_signal_handler_block(instance, drawHandlerId);
    }

    /** Receives the size of the frames the compositor blends into. */
    @FunctionalInterface
    public interface FrameSizeListener {
        /**
         * The frames' size, in pixels.
         *
         * @param width  their width
         * @param height their height
         */
        void frameSize(int width, int height);
    }

    /**
     * Counts the signal handlers still reachable because GStreamer has not destroyed their closures: two per
     * compositor whose element is alive.
     *
     * @return the count
     */
    static int liveHandlers() {
        return LIVE.size();
    }

    private long connect(String signal, Callback handler) {
        long id = IDS.incrementAndGet();
        LIVE.put(id, handler);
        Native.setCallbackThreadInitializer(handler, new CallbackThreadInitializer(true, false,
                "framepipe-caption-overlay"));
        return GObjectApi.INSTANCE.g_signal_connect_data(instance, signal, handler, id, FORGET, 0);
    }

    /**
     * Puts the compositor in front of a sink.
     *
     * @param sink the native video sink
     * @return a bin holding both, with the compositor's input as its sink pad; the player owns it once set
     */
    public Element wrap(Element sink) {
        Bin bin = new Bin("framepipe-captioned-sink");
        bin.addMany(element, sink);
        if (!element.link(sink)) {
            throw new IllegalStateException("overlaycomposition cannot feed " + sink.getName());
        }
        bin.addPad(new GhostPad("sink", element.getStaticPad("sink")));
        return bin;
    }

    @Override
    public void show(int[] argb, int x, int y, int width, int height) {
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || x < 0 || y < 0
                || argb.length != width * height) {
            throw new IllegalArgumentException("not a " + width + "x" + height + " picture at " + x + "," + y
                    + ": " + argb.length + " pixels");
        }
        replace(compose(argb, x, y, width, height));
    }

    /** Shows nothing from the next frame on, and releases the current picture. Idempotent. */
    @Override
    public void clear() {
        replace(0);
    }

    private synchronized void replace(long newComposition) {
        slot.replace(newComposition);
        boolean block = newComposition == 0;
        if (block != blocked) {
            blocked = block;
            if (block) {
                GObjectApi.INSTANCE.g_signal_handler_block(instance, drawHandlerId);
            } else {
                GObjectApi.INSTANCE.g_signal_handler_unblock(instance, drawHandlerId);
            }
        }
    }

    private static long compose(int[] argb, int x, int y, int width, int height) {
        long size = 4L * width * height;
        long buffer = gst_buffer_new_allocate(0, size, 0);
        if (buffer == 0) {
            throw new IllegalStateException("no memory for a " + width + "x" + height + " caption");
        }
        try {
            if (gst_buffer_fill(buffer, 0, argb, size) != size) {
                throw new IllegalStateException("the caption buffer took fewer than " + size + " bytes");
            }
            int format = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? FORMAT_BGRA : FORMAT_ARGB;
            if (GstVideoOverlay.INSTANCE.gst_buffer_add_video_meta(buffer, 0, format, width, height) == 0) {
                throw new IllegalStateException("the caption buffer takes no video meta");
            }
            long rectangle = GstVideoOverlay.INSTANCE.gst_video_overlay_rectangle_new_raw(buffer, x, y, width, height,
                    0);
            try {
                return GstVideoOverlay.INSTANCE.gst_video_overlay_composition_new(rectangle);
            } finally {
                GstCore.gst_mini_object_unref(rectangle);
            }
        } finally {
            GstCore.gst_mini_object_unref(buffer);
        }
    }

    private static native long gst_buffer_new_allocate(long allocator, long size, long params);

    private static native long gst_buffer_fill(long buffer, long offset, int[] source, long size);

    /** The composition shown now; shared with the draw handler, which must not hold the element. */
    private static final class Slot {
        private long composition;

        synchronized void replace(long newComposition) {
            if (composition != 0) {
                GstCore.gst_mini_object_unref(composition);
            }
            composition = newComposition;
        }

        /** A new reference to the composition, or 0: the draw signal's return value is transfer full. */
        synchronized long take() {
            return composition == 0 ? 0 : GstCore.gst_mini_object_ref(composition);
        }
    }

    /**
     * {@code GstVideoOverlayComposition *(*draw)(GstElement *, GstSample *, gpointer)}. Holds only the slot, so the
     * static map that keeps it reachable does not keep the element alive.
     */
    private static final class DrawHandler implements DrawSignal {
        private final Slot slot;

        DrawHandler(Slot slot) {
            this.slot = slot;
        }

        @Override
        public long invoke(long element, long sample, long data) {
            return slot.take();
        }
    }

    /** The draw signal's handler type. */
    private interface DrawSignal extends Callback {
        /**
         * Returns what to blend into a frame.
         *
         * @param element the {@code overlaycomposition} element
         * @param sample  the frame about to be drawn
         * @param data    the handler's id
         * @return a {@code GstVideoOverlayComposition*} the caller takes over, or 0 for nothing
         */
        long invoke(long element, long sample, long data);
    }

    /** {@code void (*caps_changed)(GstElement *, GstCaps *, guint window_width, guint window_height, gpointer)}. */
    private interface CapsSignal extends Callback {
        /**
         * The frames' caps changed.
         *
         * @param element the element
         * @param caps    the new caps
         * @param width   the size to draw at: the frames' width when blending
         * @param height  the frames' height when blending
         * @param data    the handler's id
         */
        void invoke(long element, long caps, int width, int height, long data);
    }

    /** {@code GClosureNotify}: the handler's closure is gone, and with it every call into the handler. */
    private interface DestroyNotify extends Callback {
        void invoke(long data, long closure);
    }

    /** libgobject-2.0 signal functions. */
    private interface GObjectApi extends com.sun.jna.Library {
        GObjectApi INSTANCE = GstLibraries.interfaceFor("gobject", GObjectApi.class);

        long g_signal_connect_data(Pointer instance, String signal, Callback handler, long data,
                                   DestroyNotify destroy, int flags);

        void g_signal_handler_block(Pointer instance, long handlerId);

        void g_signal_handler_unblock(Pointer instance, long handlerId);
    }

    /** libgstvideo-1.0 overlay functions. */
    private interface GstVideoOverlay extends com.sun.jna.Library {
        GstVideoOverlay INSTANCE = GstLibraries.interfaceFor("gstvideo", GstVideoOverlay.class);

        long gst_buffer_add_video_meta(long buffer, int flags, int format, int width, int height);

        long gst_video_overlay_rectangle_new_raw(long pixels, int x, int y, int width, int height, int flags);

        long gst_video_overlay_composition_new(long rectangle);
    }
}
