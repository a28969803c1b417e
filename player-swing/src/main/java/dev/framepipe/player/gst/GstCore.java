package dev.framepipe.player.gst;

import com.sun.jna.Native;

/**
 * Direct-mapped functions of libgstreamer-1.0 used on the frame path. Every pointer is a Java {@code long}, so a call
 * creates no wrapper objects (gst1-java-core's object model allocates several per sample).
 *
 * <p>Ownership follows the C API: {@code gst_sample_get_buffer} and {@code gst_sample_get_caps} return borrowed
 * pointers valid while the sample is alive; {@code gst_mini_object_unref} releases a sample or caps reference.
 */
public final class GstCore {
    static {
        Native.register(GstCore.class, GstLibraries.load("gstreamer"));
    }

    /** {@code GST_MAP_READ}. */
    public static final int MAP_READ = 1;

    private GstCore() {
    }

    /**
     * {@code GstBuffer *gst_sample_get_buffer(GstSample *)}.
     *
     * @param sample the sample
     * @return the buffer (borrowed), or 0
     */
    public static native long gst_sample_get_buffer(long sample);

    /**
     * {@code GstCaps *gst_sample_get_caps(GstSample *)}.
     *
     * @param sample the sample
     * @return the caps (borrowed), or 0
     */
    public static native long gst_sample_get_caps(long sample);

    /**
     * {@code GType gst_sample_get_type(void)}.
     *
     * @return the GType of GstSample
     */
    static native long gst_sample_get_type();

    /**
     * {@code GstSegment *gst_sample_get_segment(GstSample *)}.
     *
     * @param sample the sample
     * @return the segment (borrowed), or 0
     */
    static native long gst_sample_get_segment(long sample);

    /**
     * {@code guint64 gst_segment_to_stream_time(const GstSegment *, GstFormat, guint64 position)}.
     *
     * @param segment  the segment
     * @param format   {@code GST_FORMAT_TIME} (3)
     * @param position a buffer timestamp in nanoseconds
     * @return the stream time in nanoseconds, or -1 if the position lies outside the segment
     */
    static native long gst_segment_to_stream_time(long segment, int format, long position);

    /**
     * {@code gboolean gst_buffer_map(GstBuffer *, GstMapInfo *, GstMapFlags)}.
     *
     * @param buffer  the buffer
     * @param mapInfo address of a {@code GstMapInfo} to fill
     * @param flags   {@link #MAP_READ}
     * @return non-zero on success
     */
    static native int gst_buffer_map(long buffer, long mapInfo, int flags);

    /**
     * {@code void gst_buffer_unmap(GstBuffer *, GstMapInfo *)}.
     *
     * @param buffer  the buffer
     * @param mapInfo the {@code GstMapInfo} filled by {@link #gst_buffer_map}
     */
    static native void gst_buffer_unmap(long buffer, long mapInfo);

    /**
     * {@code GstMeta *gst_buffer_get_meta(GstBuffer *, GType api)}.
     *
     * @param buffer the buffer
     * @param api    the meta API type
     * @return the meta (borrowed), or 0
     */
    static native long gst_buffer_get_meta(long buffer, long api);

    /**
     * {@code gboolean gst_caps_is_equal(const GstCaps *, const GstCaps *)}.
     *
     * @param first  caps
     * @param second other caps
     * @return non-zero if both describe the same formats
     */
    static native int gst_caps_is_equal(long first, long second);

    /**
     * {@code GstMiniObject *gst_mini_object_ref(GstMiniObject *)}.
     *
     * @param object a sample, buffer or caps
     * @return the same pointer, with one more reference
     */
    public static native long gst_mini_object_ref(long object);

    /**
     * {@code void gst_mini_object_unref(GstMiniObject *)}.
     *
     * @param object a sample, buffer or caps whose reference the caller owns
     */
    public static native void gst_mini_object_unref(long object);

    /**
     * {@code gsize gst_buffer_get_size(GstBuffer *)}.
     *
     * @param buffer the buffer
     * @return the size of its memory in bytes
     */
    static native long gst_buffer_get_size(long buffer);

    /**
     * {@code gsize gst_buffer_extract(GstBuffer *, gsize offset, gpointer dest, gsize size)}: copies bytes out of the
     * buffer; GStreamer checks the range against the buffer's size.
     *
     * @param buffer the buffer
     * @param offset where to start
     * @param dest   the array to fill
     * @param size   how many bytes, at most {@code dest.length}
     * @return how many bytes were copied
     */
    static native long gst_buffer_extract(long buffer, long offset, byte[] dest, long size);

    /**
     * {@code GstEvent *gst_pad_get_sticky_event(GstPad *, GstEventType, guint idx)}.
     *
     * @param pad   the pad
     * @param type  the event type
     * @param index 0
     * @return the event (the caller owns a reference), or 0 if the pad has none of that type
     */
    static native long gst_pad_get_sticky_event(long pad, int type, int index);

    /**
     * {@code void gst_event_parse_segment(GstEvent *, const GstSegment **segment)}.
     *
     * @param event   a segment event
     * @param segment receives the segment, borrowed from the event
     */
    static native void gst_event_parse_segment(long event, long[] segment);

    /**
     * {@code gboolean gst_tag_list_get_sample(const GstTagList *, const gchar *tag, GstSample **sample)}.
     *
     * @param list   the tag list
     * @param tag    the tag
     * @param sample receives a sample the caller owns
     * @return non-zero if the list has the tag
     */
    static native int gst_tag_list_get_sample(long list, String tag, long[] sample);
}
