package dev.framepipe.player.gst;

import java.util.function.IntConsumer;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.message.Message;

/**
 * GStreamer calls of the control path that gst1-java-core does not offer in the needed form: seeks with any flag
 * combination, the seeking query (gst1-java-core's overflows a buffer), the source of a bus message (without a
 * wrapper), the full {@code GError} of an error message (its domain decides what the error means), and whether a URI
 * protocol has a source element.
 *
 * <p>Not on the frame path: these calls may allocate. Thread-safe (GStreamer's own guarantees).
 */
public final class GstControl {
    /** {@code GST_FORMAT_TIME}. */
    public static final int FORMAT_TIME = 3;
    /** {@code GST_SEEK_TYPE_SET}. */
    private static final int SEEK_TYPE_SET = 1;
    /** {@code GST_SEEK_FLAG_FLUSH}. */
    public static final int SEEK_FLUSH = 1;
    /** {@code GST_SEEK_FLAG_ACCURATE}. */
    public static final int SEEK_ACCURATE = 1 << 1;
    /** {@code GST_SEEK_FLAG_KEY_UNIT}. */
    public static final int SEEK_KEY_UNIT = 1 << 2;
    /** {@code GST_SEEK_FLAG_SEGMENT}. */
    public static final int SEEK_SEGMENT = 1 << 3;
    /** {@code GST_SEEK_FLAG_SNAP_BEFORE | GST_SEEK_FLAG_SNAP_AFTER}: the nearest key frame. */
    public static final int SEEK_SNAP_NEAREST = (1 << 5) | (1 << 6);
    /** {@code GST_STATE_VOID_PENDING}, returned by {@link #settledState} while the state changes. */
    public static final int STATE_CHANGING = 0;
    /** {@code GST_STATE_PAUSED}. */
    public static final int STATE_PAUSED = 3;
    /** {@code GST_STATE_PLAYING}. */
    public static final int STATE_PLAYING = 4;
    private static final int STATE_CHANGE_SUCCESS = 1;
    private static final int STATE_CHANGE_NO_PREROLL = 3;
    /** {@code GST_EVENT_STREAM_START}: number 40, downstream, serialized and sticky. */
    private static final int EVENT_STREAM_START = (40 << 8) | (1 << 1) | (1 << 2) | (1 << 3);
    /** {@code GST_STREAM_FLAG_SELECT}. */
    private static final int STREAM_FLAG_SELECT = 1 << 1;
    /** {@code GST_URI_SRC}. */
    private static final int URI_SRC = 2;

    /**
     * {@code GST_BUS_DROP}: the message is not queued on the bus, and the sync handler that returns this owns the
     * message's reference: it must release it (the bus does not).
     */
    public static final int BUS_DROP = 0;

    private static final Api API = GstLibraries.interfaceFor("gstreamer", Api.class);
    private static final GLib GLIB = GstLibraries.interfaceFor("glib", GLib.class);
    private static final PbUtils PB_UTILS = GstLibraries.interfaceFor("gstpbutils", PbUtils.class);

    private GstControl() {
    }

    /**
     * Seeks an element (usually the pipeline) in time, setting both ends of the new segment. (A seek that left the
     * stop unchanged, {@code GST_SEEK_TYPE_NONE}, would keep the previous segment's stop, even one the application
     * has since cleared.)
     *
     * @param element    the element
     * @param rate       playback rate after the seek, finite and non-zero
     * @param flags      {@code SEEK_*} flags
     * @param start      start position in nanoseconds, at least 0
     * @param stop       stop position in nanoseconds (at least {@code start}), or -1 for the end of the media
     * @param beforeSend told the seek's sequence number (never 0) just before the event is sent: messages the
     *                   pipeline posts from then on may already follow from this seek
     * @return the seek's sequence number, or 0 if the element refused the seek
     */
    public static int seek(Element element, double rate, int flags, long start, long stop, IntConsumer beforeSend) {
        Pointer event = API.gst_event_new_seek(rate, FORMAT_TIME, flags, SEEK_TYPE_SET, start, SEEK_TYPE_SET, stop);
        if (event == null) {
            return 0;
        }
        int seqnum = API.gst_event_get_seqnum(event);
        beforeSend.accept(seqnum);
        // gst_element_send_event takes the event's reference, accepted or not.
        return API.gst_element_send_event(Natives.getRawPointer(element), event) != 0 ? seqnum : 0;
    }

    /**
     * Asks an element, without waiting, which state it is in.
     *
     * @param element the element
     * @return {@code GST_STATE_NULL} (1) to {@code GST_STATE_PLAYING} (4) when the element is in that state, or
     *         {@link #STATE_CHANGING} while a state change (or a flushing seek's preroll) is under way
     */
    public static int settledState(Element element) {
        IntByReference state = new IntByReference();
        IntByReference pending = new IntByReference();
        int result = API.gst_element_get_state(Natives.getRawPointer(element), state, pending, 0);
        return result == STATE_CHANGE_SUCCESS || result == STATE_CHANGE_NO_PREROLL ? state.getValue()
                : STATE_CHANGING;
    }

    /**
     * Returns the address of the object that posted a message, without making a gst1-java-core wrapper for it: such a
     * wrapper holds a reference that only garbage collection releases, and for elements a bin has already let go of
     * (playsink's converters) it kept them, their pads and task pools alive after the pipeline was freed.
     *
     * @param message a {@code GstMessage*} the caller holds
     * @return the {@code GstObject*} source, or 0 if the message has none
     */
    public static long messageSource(long message) {
        return new Pointer(message).getLong(StructLayouts.MESSAGE_SRC);
    }

    /**
     * Tells whether the object that posted a message is a source element, the one reading the file or stream (its
     * factory's class names "Source").
     *
     * @param message a {@code GstMessage*} the caller holds
     * @return {@code true} for a source element
     */
    public static boolean isFromSourceElement(long message) {
        long source = messageSource(message);
        if (source == 0 || API.g_type_check_instance_is_a(new Pointer(source), API.gst_element_get_type()) == 0) {
            return false;
        }
        Pointer factory = API.gst_element_get_factory(new Pointer(source));
        String klass = factory == null ? null : API.gst_element_factory_get_metadata(factory, "klass");
        return klass != null && klass.contains("Source");
    }

    /**
     * Returns a message's sequence number: for EOS and SEGMENT_DONE, the number of the seek whose segment ended (when
     * every element passed it on, as GStreamer's own do).
     *
     * @param message a {@code GstMessage*} the caller holds
     * @return the sequence number
     */
    public static int messageSeqnum(long message) {
        return API.gst_message_get_seqnum(new Pointer(message));
    }

    /**
     * Tells whether the stream that passes a pad is marked as one to select by default: the
     * {@code GST_STREAM_FLAG_SELECT} flag of the pad's sticky stream-start event (set by demuxers for Matroska's
     * default flag, for instance).
     *
     * @param pad the pad
     * @return {@code true} if the flag is set; {@code false} if not, or if no stream-start event has passed the pad
     */
    public static boolean isDefaultStream(org.freedesktop.gstreamer.Pad pad) {
        Pointer event = API.gst_pad_get_sticky_event(Natives.getRawPointer(pad), EVENT_STREAM_START, 0);
        if (event == null) {
            return false;
        }
        try {
            IntByReference flags = new IntByReference();
            API.gst_event_parse_stream_flags(event, flags);
            return (flags.getValue() & STREAM_FLAG_SELECT) != 0;
        } finally {
            GstCore.gst_mini_object_unref(Pointer.nativeValue(event));
        }
    }

    /**
     * Returns the name of the object that posted a message, for logs.
     *
     * @param message a {@code GstMessage*} the caller holds
     * @return the name, or "?"
     */
    public static String messageSourceName(long message) {
        long source = messageSource(message);
        String name = source == 0 ? null : takeString(API.gst_object_get_name(new Pointer(source)));
        return name == null ? "?" : name;
    }

    /**
     * Reads a date and time tag as ISO 8601 text, as precise as the media gives it ("2021", "2021-05-01T10:15Z").
     *
     * @param tagList a {@code GstTagList*} the caller holds
     * @param tag     the tag, usually {@code "datetime"}
     * @return the text, or {@code null} if the list has no such tag
     */
    public static String tagDateTime(Pointer tagList, String tag) {
        PointerByReference dateTime = new PointerByReference();
        if (API.gst_tag_list_get_date_time(tagList, tag, dateTime) == 0 || dateTime.getValue() == null) {
            return null;
        }
        try {
            return takeString(API.gst_date_time_to_iso8601_string(dateTime.getValue()));
        } finally {
            API.gst_date_time_unref(dateTime.getValue());
        }
    }

    /**
     * Reads a UTF-8 string GLib allocated for the caller, and frees it.
     *
     * @param string the {@code gchar*} the caller owns, or {@code null}
     * @return the text, or {@code null}
     */
    static String takeString(Pointer string) {
        if (string == null) {
            return null;
        }
        try {
            return string.getString(0, "UTF-8");
        } finally {
            GLIB.g_free(string);
        }
    }

    /**
     * Asks an element (usually the pipeline) whether it can seek in time.
     *
     * <p>gst1-java-core's {@code SeekingQuery.isSeekable()} must not be used: it hands {@code gst_query_parse_seeking}
     * a Java {@code boolean[]}, whose native copy has one byte per element, for a four-byte {@code gboolean}, so
     * GStreamer writes three bytes past the copy on every call (caught by the JVM's native memory tracking as a
     * broken canary of a one-byte block, on the control thread, in {@code jni_ReleaseBooleanArrayElements}).
     *
     * @param element the element
     * @return {@code true} if the element answered the query and can seek
     */
    public static boolean isSeekable(Element element) {
        Pointer query = API.gst_query_new_seeking(FORMAT_TIME);
        try {
            if (API.gst_element_query(Natives.getRawPointer(element), query) == 0) {
                return false;
            }
            IntByReference seekable = new IntByReference();
            API.gst_query_parse_seeking(query, null, seekable, null, null);
            return seekable.getValue() != 0;
        } finally {
            GstCore.gst_mini_object_unref(Pointer.nativeValue(query));
        }
    }

    /**
     * Tells whether some installed element can read URIs of a protocol.
     *
     * @param protocol a URI scheme such as {@code "file"} or {@code "https"}
     * @return {@code true} if a source element handles it
     */
    public static boolean isSourceProtocolSupported(String protocol) {
        return API.gst_uri_protocol_is_supported(URI_SRC, protocol) != 0;
    }

    /**
     * Installs a bus's synchronous handler, replacing any other (GStreamer refuses to replace one directly, so the
     * old one is cleared first). The caller keeps the handler reachable for as long as it is installed.
     *
     * @param bus     the bus
     * @param handler the handler, or {@code null} to remove it
     */
    public static void setSyncHandler(Pointer bus, BusSyncHandler handler) {
        API.gst_bus_set_sync_handler(bus, null, null, null);
        if (handler != null) {
            API.gst_bus_set_sync_handler(bus, handler, null, null);
        }
    }

    /**
     * Returns the description of a {@code missing-plugin} element message (for instance "H.265 (Main Profile)
     * decoder").
     *
     * @param message any message
     * @return the description, or {@code null} if the message is not about a missing plugin
     */
    public static String missingPluginDescription(Message message) {
        Pointer raw = Natives.getRawPointer(message);
        if (PB_UTILS.gst_is_missing_plugin_message(raw) == 0) {
            return null;
        }
        String description = takeString(PB_UTILS.gst_missing_plugin_message_get_description(raw));
        return description == null ? "a plugin" : description;
    }

    /**
     * Reads the {@code GError} and debug text of an ERROR or WARNING message.
     *
     * @param message an error or warning message
     * @param warning {@code true} for a warning message
     * @param fields  makes the caller's value from the error's fields
     * @param <T>     the caller's error type
     * @return what {@code fields} made
     */
    public static <T> T parseError(Message message, boolean warning, ErrorFields<T> fields) {
        PointerByReference error = new PointerByReference();
        PointerByReference debug = new PointerByReference();
        Pointer raw = Natives.getRawPointer(message);
        if (warning) {
            API.gst_message_parse_warning(raw, error, debug);
        } else {
            API.gst_message_parse_error(raw, error, debug);
        }
        try {
            String domain = "";
            int code = 0;
            String text = "";
            if (error.getValue() != null) {
                GError gerror = new GError(error.getValue());
                domain = GLIB.g_quark_to_string(gerror.domain);
                code = gerror.code;
                text = gerror.message == null ? "" : gerror.message.getString(0, "UTF-8");
            }
            String debugText = debug.getValue() == null ? "" : debug.getValue().getString(0, "UTF-8");
            return fields.of(domain == null ? "" : domain, code, text, debugText);
        } finally {
            if (error.getValue() != null) {
                GLIB.g_error_free(error.getValue());
            }
            if (debug.getValue() != null) {
                GLIB.g_free(debug.getValue());
            }
        }
    }

    /**
     * Makes a value from the parts of a GStreamer error.
     *
     * @param <T> the value's type
     */
    public interface ErrorFields<T> {
        /**
         * Makes the value.
         *
         * @param domain  the {@code GError} domain, for instance {@code "gst-resource-error-quark"}
         * @param code    the code within the domain
         * @param message GStreamer's message, possibly empty
         * @param debug   GStreamer's debug details, possibly empty
         * @return the value
         */
        T of(String domain, int code, String message, String debug);
    }

    /** {@code GError}: the struct is read once per error message. */
    @Structure.FieldOrder({"domain", "code", "message"})
    public static final class GError extends Structure {
        public int domain;
        public int code;
        public Pointer message;

        /**
         * Reads a GError at an address.
         *
         * @param address the {@code GError*}
         */
        public GError(Pointer address) {
            super(address);
            read();
        }
    }

    /**
     * {@code GstBusSyncReply (*GstBusSyncHandler)(GstBus *, GstMessage *, gpointer)}. Called on whichever thread
     * posts the message, usually a GStreamer streaming thread.
     */
    public interface BusSyncHandler extends com.sun.jna.Callback {
        /**
         * Handles a message.
         *
         * @param bus      the bus
         * @param message  the message; the bus keeps its reference
         * @param userData unused
         * @return {@link #BUS_DROP} after taking what is needed
         */
        int callback(Pointer bus, Pointer message, Pointer userData);
    }

    /** libgstpbutils-1.0 functions. */
    interface PbUtils extends com.sun.jna.Library {
        int gst_is_missing_plugin_message(Pointer message);

        Pointer gst_missing_plugin_message_get_description(Pointer message);
    }

    /** libgstreamer-1.0 functions. */
    interface Api extends com.sun.jna.Library {
        void gst_bus_set_sync_handler(Pointer bus, BusSyncHandler handler, Pointer userData, Pointer notify);

        Pointer gst_event_new_seek(double rate, int format, int flags, int startType, long start, int stopType,
                                   long stop);

        int gst_event_get_seqnum(Pointer event);

        int gst_message_get_seqnum(Pointer message);

        int gst_tag_list_get_date_time(Pointer list, String tag, PointerByReference value);

        Pointer gst_date_time_to_iso8601_string(Pointer dateTime);

        void gst_date_time_unref(Pointer dateTime);

        Pointer gst_pad_get_sticky_event(Pointer pad, int type, int index);

        void gst_event_parse_stream_flags(Pointer event, IntByReference flags);

        int gst_element_send_event(Pointer element, Pointer event);

        int gst_element_get_state(Pointer element, IntByReference state, IntByReference pending, long timeout);

        int gst_uri_protocol_is_supported(int type, String protocol);

        long gst_element_get_type();

        int g_type_check_instance_is_a(Pointer instance, long type);

        Pointer gst_element_get_factory(Pointer element);

        String gst_element_factory_get_metadata(Pointer factory, String key);

        Pointer gst_object_get_name(Pointer object);

        Pointer gst_query_new_seeking(int format);

        int gst_element_query(Pointer element, Pointer query);

        void gst_query_parse_seeking(Pointer query, IntByReference format, IntByReference seekable,
                                     LongByReference start, LongByReference end);

        void gst_message_parse_error(Pointer message, PointerByReference error, PointerByReference debug);

        void gst_message_parse_warning(Pointer message, PointerByReference error, PointerByReference debug);
    }

    /** libglib-2.0 functions. */
    interface GLib extends com.sun.jna.Library {
        String g_quark_to_string(int quark);

        void g_error_free(Pointer error);

        void g_free(Pointer memory);
    }
}
