package dev.framepipe.player.reliability;

import org.freedesktop.gstreamer.lowlevel.GNative;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * GStreamer buffers over memory that ends at an inaccessible guard page: reading one byte past a buffer's end
 * crashes the JVM (and so fails the build) instead of silently returning neighbouring memory. Each buffer can carry a
 * {@code GstVideoMeta} that says anything, true or not, about where its planes are.
 *
 * <p>Ownership: {@link #close()} unmaps the memory; every buffer and sample made over it must be released before.
 */
final class GuardedFrames implements AutoCloseable {
    private static final int PAGE = 4096;
    private static final int PROT_NONE = 0;
    private static final int PROT_READ_WRITE = 3;
    private static final int MAP_PRIVATE_ANONYMOUS = 0x22;
    private static final int FORMAT_NV12 = 23;

    private static final LibC LIBC = Native.load("c", LibC.class);
    private static final Gst GST = Native.load(GNative.getNativeLibrary("gstreamer-1.0").getName(), Gst.class);
    private static final GstVideo VIDEO = Native.load(GNative.getNativeLibrary("gstvideo-1.0").getName(),
            GstVideo.class);
    private static final GstApp APP = Native.load(GNative.getNativeLibrary("gstapp-1.0").getName(), GstApp.class);

    private final Pointer mapping;
    private final long mappingSize;
    private final Pointer data;
    private final int size;

    /**
     * Maps {@code size} bytes that end right before a guard page.
     *
     * @param size the buffer size, at least 1
     */
    GuardedFrames(int size) {
        long pages = (size + PAGE - 1L) / PAGE;
        this.size = size;
        this.mappingSize = (pages + 1) * PAGE;
        this.mapping = LIBC.mmap(null, mappingSize, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0);
        if (Pointer.nativeValue(mapping) == -1) {
            throw new IllegalStateException("mmap of " + mappingSize + " bytes failed");
        }
        if (LIBC.mprotect(mapping.share(pages * PAGE), PAGE, PROT_NONE) != 0) {
            LIBC.munmap(mapping, mappingSize);
            throw new IllegalStateException("mprotect failed");
        }
        this.data = mapping.share(pages * PAGE - size);
    }

    /**
     * Returns the buffer's memory, for filling it and reading it back.
     *
     * @return a pointer to the first of {@link #size()} bytes
     */
    Pointer data() {
        return data;
    }

    int size() {
        return size;
    }

    /**
     * Makes a buffer over the memory, optionally with a video meta (made regardless of whether it fits).
     *
     * @param meta the meta to attach, or {@code null} for none
     * @return a {@code GstBuffer*} the caller owns
     */
    Pointer buffer(Meta meta) {
        Pointer buffer = GST.gst_buffer_new_wrapped_full(0, data, size, 0, size, null, null);
        if (meta != null) {
            VIDEO.gst_buffer_add_video_meta_full(buffer, 0, FORMAT_NV12, meta.width, meta.height, meta.planes,
                    new long[] {meta.yOffset, meta.uvOffset, 0, 0}, new int[] {meta.yStride, meta.uvStride, 0, 0});
        }
        return buffer;
    }

    /**
     * Makes a sample of a buffer over the memory, as an appsink hands it out.
     *
     * @param caps the caps, for instance {@code video/x-raw,format=NV12,width=64,height=48}
     * @param meta the video meta, or {@code null}
     * @return a {@code GstSample*} the caller releases with {@link #release}
     */
    Pointer sample(String caps, Meta meta) {
        Pointer buffer = buffer(meta);
        Pointer parsedCaps = GST.gst_caps_from_string(caps);
        Pointer sample = GST.gst_sample_new(buffer, parsedCaps, null, null);
        GST.gst_mini_object_unref(parsedCaps);
        GST.gst_mini_object_unref(buffer);
        return sample;
    }

    /**
     * Pushes a buffer over the memory into an appsrc.
     *
     * @param appsrc the {@code GstAppSrc*}
     * @param meta   the video meta, or {@code null}
     * @return {@code true} if the appsrc took it ({@code GST_FLOW_OK})
     */
    boolean push(Pointer appsrc, Meta meta) {
        return APP.gst_app_src_push_buffer(appsrc, buffer(meta)) == 0;
    }

    /**
     * Tells an appsrc that no more buffers come.
     *
     * @param appsrc the {@code GstAppSrc*}
     */
    static void endOfStream(Pointer appsrc) {
        APP.gst_app_src_end_of_stream(appsrc);
    }

    /**
     * Releases a sample, a buffer or caps.
     *
     * @param miniObject the object
     */
    static void release(Pointer miniObject) {
        GST.gst_mini_object_unref(miniObject);
    }

    @Override
    public void close() {
        LIBC.munmap(mapping, mappingSize);
    }

    /** What a {@code GstVideoMeta} claims about a frame. */
    static final class Meta {
        final int width;
        final int height;
        final int planes;
        final long yOffset;
        final int yStride;
        final long uvOffset;
        final int uvStride;

        Meta(int width, int height, int planes, long yOffset, int yStride, long uvOffset, int uvStride) {
            this.width = width;
            this.height = height;
            this.planes = planes;
            this.yOffset = yOffset;
            this.yStride = yStride;
            this.uvOffset = uvOffset;
            this.uvStride = uvStride;
        }

        @Override
        public String toString() {
            return "meta " + width + "x" + height + " in " + planes + " planes, Y " + yOffset + "/" + yStride + " UV "
                    + uvOffset + "/" + uvStride;
        }
    }

    /** The C library's memory mapping. */
    interface LibC extends Library {
        Pointer mmap(Pointer address, long length, int protection, int flags, int fd, long offset);

        int mprotect(Pointer address, long length, int protection);

        int munmap(Pointer address, long length);
    }

    /** libgstreamer-1.0: buffers over foreign memory, caps, samples. */
    interface Gst extends Library {
        Pointer gst_buffer_new_wrapped_full(int flags, Pointer data, long maxSize, long offset, long size,
                                            Pointer userData, Pointer notify);

        Pointer gst_caps_from_string(String caps);

        Pointer gst_sample_new(Pointer buffer, Pointer caps, Pointer segment, Pointer info);

        void gst_mini_object_unref(Pointer object);
    }

    /** libgstvideo-1.0: the video meta. */
    interface GstVideo extends Library {
        Pointer gst_buffer_add_video_meta_full(Pointer buffer, int flags, int format, int width, int height,
                                               int planes, long[] offsets, int[] strides);
    }

    /** libgstapp-1.0: feeding an appsrc. */
    interface GstApp extends Library {
        int gst_app_src_push_buffer(Pointer appsrc, Pointer buffer);

        int gst_app_src_end_of_stream(Pointer appsrc);
    }
}
