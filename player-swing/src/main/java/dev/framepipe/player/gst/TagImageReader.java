package dev.framepipe.player.gst;

/**
 * Reads the bytes of an image tag (cover art, a preview image) out of a tag list.
 *
 * <p>Audit points: the bytes are copied with {@code gst_buffer_extract}, which GStreamer bounds by the buffer's size;
 * the size asked for is the buffer's own size from {@code gst_buffer_get_size}, refused above {@link #MAX_BYTES}.
 * The sample the tag list hands out is released before returning. Stateless; any thread.
 */
public final class TagImageReader {
    /** The largest image read: cover art is tens to hundreds of kilobytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private TagImageReader() {
    }

    /**
     * Copies an image tag's bytes.
     *
     * @param tagList a {@code GstTagList*} the caller holds
     * @param tag     {@code "image"} or {@code "preview-image"}
     * @return the encoded image (JPEG, PNG, ...), or {@code null} if there is none or it is empty or too large
     */
    public static byte[] read(long tagList, String tag) {
        long[] sample = new long[1];
        if (tagList == 0 || GstCore.gst_tag_list_get_sample(tagList, tag, sample) == 0 || sample[0] == 0) {
            return null;
        }
        try {
            long buffer = GstCore.gst_sample_get_buffer(sample[0]);
            long size = buffer == 0 ? 0 : GstCore.gst_buffer_get_size(buffer);
            if (size <= 0 || size > MAX_BYTES) {
                return null;
            }
            byte[] bytes = new byte[(int) size];
            long copied = GstCore.gst_buffer_extract(buffer, 0, bytes, size);
            return copied == size ? bytes : null;
        } finally {
            GstCore.gst_mini_object_unref(sample[0]);
        }
    }
}
