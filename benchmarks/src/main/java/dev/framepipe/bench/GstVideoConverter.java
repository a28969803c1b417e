package dev.framepipe.bench;

import com.sun.jna.Memory;
import com.sun.jna.Native;

import org.freedesktop.gstreamer.lowlevel.GNative;

/**
 * GStreamer's own converter, the code {@code videoconvert} runs for every frame ({@code gst_video_converter_frame}
 * with a {@code GstVideoConverter} configured from the element's properties), called directly through JNA.
 *
 * <p>Why not a pipeline ({@code appsrc ! videoconvert ! appsink}): each frame would also pay two thread hand-offs
 * (the appsrc task, the appsink queue) and a buffer-pool round trip, tens of microseconds that are not conversion
 * and would be counted against GStreamer, most at the small sizes. Why not {@code gst-launch} minus a pipeline
 * without {@code videoconvert}: the difference of two noisy wall times. Calling the converter on a mapped frame is
 * the same work the element does, measured like ours: one frame in memory to one frame in memory, on the calling
 * thread plus the converter's own {@code threads} option.
 */
final class GstVideoConverter implements AutoCloseable {
    private static final int FORMAT_BGRX = 8;
    private static final int FORMAT_NV12 = 23;
    private static final int MAP_READ = 1;
    private static final int MAP_WRITE = 2;
    /** More than sizeof(GstVideoFrame) (about 700 bytes on 64-bit GStreamer 1.22). */
    private static final int FRAME_STRUCT_BYTES = 4096;

    static {
        Native.register(GstVideoConverter.class, GNative.getNativeLibrary("gstvideo-1.0"));
        Core.gst_init_check(0, 0, 0);
        // The option string names these enum types; deserialising it needs them registered.
        gst_video_dither_method_get_type();
        gst_video_chroma_mode_get_type();
        gst_video_resampler_method_get_type();
    }

    private final long converter;
    private final long sourceInfo;
    private final long destinationInfo;
    private final long sourceBuffer;
    private final long destinationBuffer;
    private final Memory sourceFrame = new Memory(FRAME_STRUCT_BYTES);
    private final Memory destinationFrame = new Memory(FRAME_STRUCT_BYTES);

    /**
     * Prepares the conversion of one NV12 frame to BGRx, mapping both frames once.
     *
     * @param scenario sizes and threads
     * @param nv12     the frame in GStreamer's layout
     */
    GstVideoConverter(Scenario scenario, byte[] nv12) {
        // Nearest-neighbour chroma and no dither, as our converter; bilinear ("linear") scaling when the frame is
        // shown smaller, as videoscale's default method.
        this(FORMAT_NV12, FORMAT_BGRX, scenario, nv12, ", GstVideoConverter.dither-method=(GstVideoDitherMethod)none"
                + ", GstVideoConverter.chroma-mode=(GstVideoChromaMode)none"
                + ", GstVideoConverter.resampler-method=(GstVideoResamplerMethod)linear");
    }

    /**
     * Prepares the conversion of one frame between two formats, mapping both frames once.
     *
     * @param sourceFormat      the {@code GstVideoFormat} of the frame
     * @param destinationFormat the {@code GstVideoFormat} to convert to
     * @param scenario          sizes and threads
     * @param source            the frame in GStreamer's layout
     * @param options           {@code GstVideoConverter} options after the first, each starting with a comma; empty
     *                          for {@code videoconvert}'s defaults
     */
    GstVideoConverter(int sourceFormat, int destinationFormat, Scenario scenario, byte[] source, String options) {
        sourceInfo = info(sourceFormat, scenario.width, scenario.height);
        destinationInfo = info(destinationFormat, scenario.outWidth, scenario.outHeight);
        long config = Core.gst_structure_from_string("GstVideoConverter"
                + ", GstVideoConverter.threads=(uint)" + scenario.threads + options, 0);
        converter = gst_video_converter_new(sourceInfo, destinationInfo, config);
        sourceBuffer = Core.gst_buffer_new_allocate(0, source.length, 0);
        Core.gst_buffer_fill(sourceBuffer, 0, source, source.length);
        // Four bytes a pixel and room for rows padded to 4: enough for BGRx and for any 4:2:0 format.
        destinationBuffer = Core.gst_buffer_new_allocate(0, 4L * (scenario.outWidth + 4) * (scenario.outHeight + 2), 0);
        if (converter == 0 || gst_video_frame_map(sourceFrame, sourceInfo, sourceBuffer, MAP_READ) == 0
                || gst_video_frame_map(destinationFrame, destinationInfo, destinationBuffer, MAP_WRITE) == 0) {
            throw new IllegalStateException("cannot set up GStreamer's converter for " + scenario.width + "x"
                    + scenario.height);
        }
    }

    private static long info(int format, int width, int height) {
        long info = gst_video_info_new();
        if (gst_video_info_set_format(info, format, width, height) == 0) {
            throw new IllegalStateException("GStreamer refuses format " + format + " at " + width + "x" + height);
        }
        return info;
    }

    /** Converts the frame once. */
    void convert() {
        gst_video_converter_frame(converter, sourceFrame, destinationFrame);
    }

    @Override
    public void close() {
        gst_video_frame_unmap(sourceFrame);
        gst_video_frame_unmap(destinationFrame);
        Core.gst_mini_object_unref(sourceBuffer);
        Core.gst_mini_object_unref(destinationBuffer);
        gst_video_converter_free(converter);
        gst_video_info_free(sourceInfo);
        gst_video_info_free(destinationInfo);
    }

    private static native long gst_video_info_new();

    private static native int gst_video_info_set_format(long info, int format, int width, int height);

    private static native void gst_video_info_free(long info);


    private static native long gst_video_converter_new(long in, long out, long config);

    private static native void gst_video_converter_frame(long converter, Memory source, Memory destination);

    private static native void gst_video_converter_free(long converter);

    private static native int gst_video_frame_map(Memory frame, long info, long buffer, int flags);

    private static native void gst_video_frame_unmap(Memory frame);

    private static native long gst_video_dither_method_get_type();

    private static native long gst_video_chroma_mode_get_type();

    private static native long gst_video_resampler_method_get_type();

    /** The few libgstreamer-1.0 functions the converter needs. */
    private static final class Core {
        static {
            Native.register(Core.class, GNative.getNativeLibrary("gstreamer-1.0"));
        }

        static native int gst_init_check(long argc, long argv, long error);

        static native long gst_structure_from_string(String text, long end);

        static native long gst_buffer_new_allocate(long allocator, long size, long params);

        static native long gst_buffer_fill(long buffer, long offset, byte[] source, long size);

        static native void gst_mini_object_unref(long object);
    }
}
