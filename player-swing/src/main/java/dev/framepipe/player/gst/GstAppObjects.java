package dev.framepipe.player.gst;

import com.sun.jna.Native;

/**
 * {@code gst_app_sink_try_pull_object} (libgstapp-1.0, GStreamer 1.20 and later), kept apart from {@link GstApp} so
 * that registering it only happens where it exists.
 *
 * <p>Why it matters: from 1.20 the appsink queues serialized events next to buffers, and
 * {@code try_pull_sample} loops over them internally; every pass clears the sink's pending preroll frame. Pulling one
 * object per call returns control to the frame thread at the first event, so a frame prerolled by a pause or seek
 * is not lost to a pull that started before it.
 */
public final class GstAppObjects {
    static {
        Native.register(GstAppObjects.class, GstLibraries.load("gstapp"));
    }

    private GstAppObjects() {
    }

    /**
     * {@code GstMiniObject *gst_app_sink_try_pull_object(GstAppSink *, GstClockTime timeout)}.
     *
     * @param appSink      the appsink
     * @param timeoutNanos how long to wait
     * @return a sample or an event the caller owns (release with {@link GstCore#gst_mini_object_unref}), or 0
     */
    public static native long gst_app_sink_try_pull_object(long appSink, long timeoutNanos);
}
