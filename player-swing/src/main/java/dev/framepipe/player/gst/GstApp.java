package dev.framepipe.player.gst;

import com.sun.jna.Native;

/**
 * Direct-mapped functions of libgstapp-1.0: pulling samples from an appsink with a timeout (gst1-java-core only
 * offers the blocking {@code pullSample}, which returns at once while the sink is not PAUSED or PLAYING).
 */
public final class GstApp {
    static {
        Native.register(GstApp.class, GstLibraries.load("gstapp"));
    }

    private GstApp() {
    }

    /**
     * {@code GstSample *gst_app_sink_try_pull_sample(GstAppSink *, GstClockTime timeout)}: waits up to
     * {@code timeoutNanos} for a sample. Returns 0 at once when the sink is flushing, at EOS or not started.
     *
     * @param appSink      the appsink
     * @param timeoutNanos how long to wait
     * @return a sample the caller owns (release with {@link GstCore#gst_mini_object_unref}), or 0
     */
    public static native long gst_app_sink_try_pull_sample(long appSink, long timeoutNanos);

    /**
     * {@code GstSample *gst_app_sink_try_pull_preroll(GstAppSink *, GstClockTime timeout)}: the frame the sink
     * prerolled on, which is what a paused pipeline shows after a seek or a step.
     *
     * @param appSink      the appsink
     * @param timeoutNanos how long to wait
     * @return a sample the caller owns, or 0
     */
    public static native long gst_app_sink_try_pull_preroll(long appSink, long timeoutNanos);
}
