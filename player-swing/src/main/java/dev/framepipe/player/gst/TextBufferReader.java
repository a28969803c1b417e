package dev.framepipe.player.gst;

import java.nio.charset.StandardCharsets;

/**
 * Reads one subtitle buffer as it passes a pad: its text, its start as stream time (through the pad's current
 * segment) and its duration.
 *
 * <p>Audit points: the text is copied out with {@code gst_buffer_extract}, which GStreamer bounds by the buffer's
 * size; the size asked for is the buffer's own size from {@code gst_buffer_get_size}, refused above
 * {@link #MAX_TEXT_BYTES}. Timestamps are read from the {@code GstBuffer} at offsets from {@link StructLayouts}; the
 * segment is borrowed from the pad's sticky segment event, which is held until the conversion is done. Nothing is
 * read through a raw data pointer. Stateless; any thread.
 */
public final class TextBufferReader {
    /** The largest cue read, in bytes: a cue is a few lines of text; anything larger is not a caption. */
    public static final int MAX_TEXT_BYTES = 64 * 1024;
    /** {@code GST_EVENT_SEGMENT}: number 70, downstream, serialized and sticky. */
    private static final int EVENT_SEGMENT = (70 << 8) | (1 << 1) | (1 << 2) | (1 << 3);
    private static final long NONE = -1;

    private TextBufferReader() {
    }

    /** Receives a cue read from a buffer. */
    @FunctionalInterface
    public interface Receiver {
        /**
         * One cue.
         *
         * @param text          the cue's text, decoded as UTF-8, markup kept
         * @param startNanos    its start as stream time
         * @param durationNanos its duration, or -1 when the buffer does not say
         */
        void cue(String text, long startNanos, long durationNanos);
    }

    /**
     * Reads a buffer and hands its cue to the receiver; a buffer without timestamp or text, with more than
     * {@link #MAX_TEXT_BYTES}, or outside the pad's segment, is skipped. The caller keeps owning the buffer.
     *
     * @param pad      the {@code GstPad*} the buffer arrived at
     * @param buffer   the {@code GstBuffer*}
     * @param receiver who takes the cue
     * @return {@code true} if a cue was handed over
     */
    public static boolean read(long pad, long buffer, Receiver receiver) {
        if (pad == 0 || buffer == 0) {
            return false;
        }
        long size = GstCore.gst_buffer_get_size(buffer);
        if (size <= 0 || size > MAX_TEXT_BYTES) {
            return false;
        }
        MovablePointer cursor = new MovablePointer();
        cursor.moveTo(buffer);
        long pts = cursor.getLong(StructLayouts.BUFFER_PTS);
        long duration = cursor.getLong(StructLayouts.BUFFER_DURATION);
        long start = pts == NONE ? NONE : streamTime(pad, pts);
        if (start == NONE) {
            return false;
        }
        byte[] bytes = new byte[(int) size];
        int length = (int) GstCore.gst_buffer_extract(buffer, 0, bytes, size);
        while (length > 0 && bytes[length - 1] == 0) {
            length--; // some demuxers hand over C strings with their terminator
        }
        if (length == 0) {
            return false;
        }
        receiver.cue(new String(bytes, 0, length, StandardCharsets.UTF_8), start, duration);
        return true;
    }

    /** The buffer time as stream time, through the pad's segment; the time itself when the pad has none. */
    private static long streamTime(long pad, long pts) {
        long event = GstCore.gst_pad_get_sticky_event(pad, EVENT_SEGMENT, 0);
        if (event == 0) {
            return pts;
        }
        try {
            long[] segment = new long[1];
            GstCore.gst_event_parse_segment(event, segment);
            return segment[0] == 0 ? pts
                    : GstCore.gst_segment_to_stream_time(segment[0], GstControl.FORMAT_TIME, pts);
        } finally {
            GstCore.gst_mini_object_unref(event);
        }
    }
}
