package dev.framepipe.player.gst;

import com.sun.jna.Native;

/**
 * Direct-mapped functions of libgstvideo-1.0 that describe a frame's layout ({@code GstVideoInfo} from caps, and the
 * {@code GstVideoMeta} API type). gst1-java-core exposes neither.
 */
final class GstVideo {
    static {
        Native.register(GstVideo.class, GstLibraries.load("gstvideo"));
    }

    /** {@code GST_VIDEO_FORMAT_I420}: Y, then Cb, then Cr, each chroma plane at half width and height. */
    static final int FORMAT_I420 = 2;
    /** {@code GST_VIDEO_FORMAT_YV12}: as I420 with Cr before Cb. */
    static final int FORMAT_YV12 = 3;
    /** {@code GST_VIDEO_FORMAT_NV12}. */
    static final int FORMAT_NV12 = 23;
    /** {@code GST_VIDEO_FORMAT_I420_10LE}: as I420, 16 bits a sample, the value in the low 10. */
    static final int FORMAT_I420_10LE = 43;
    /** {@code GST_VIDEO_FORMAT_P010_10LE}: as NV12, 16 bits a sample, the value in the high 10. */
    static final int FORMAT_P010_10LE = 62;

    private GstVideo() {
    }

    /**
     * {@code GType gst_video_meta_api_get_type(void)}.
     *
     * @return the GType of the video meta API
     */
    static native long gst_video_meta_api_get_type();

    /**
     * {@code GstVideoInfo *gst_video_info_new(void)}.
     *
     * @return a new info the caller frees with {@link #gst_video_info_free}
     */
    static native long gst_video_info_new();

    /**
     * {@code void gst_video_info_free(GstVideoInfo *)}.
     *
     * @param info an info from {@link #gst_video_info_new}
     */
    static native void gst_video_info_free(long info);

    /**
     * {@code gboolean gst_video_info_from_caps(GstVideoInfo *, const GstCaps *)}.
     *
     * @param info the info to fill
     * @param caps fixed raw video caps
     * @return non-zero if the caps describe raw video
     */
    static native int gst_video_info_from_caps(long info, long caps);
}
