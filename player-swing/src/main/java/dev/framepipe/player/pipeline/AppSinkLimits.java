package dev.framepipe.player.pipeline;

import org.freedesktop.gstreamer.Caps;
import org.freedesktop.gstreamer.elements.AppSink;

import dev.framepipe.player.MediaException;

/**
 * The limits every appsink that feeds a player must hold, applied and verified in one place for both the playbin
 * and the custom-pipeline builders.
 *
 * <ul>
 *   <li>{@code drop=true} and {@code max-buffers=3}: at most three decoded frames wait for the frame thread; when it
 *       falls behind (a busy UI) the oldest is dropped instead of the queue growing. This bounds memory whatever
 *       the UI does.</li>
 *   <li>{@code enable-last-sample=false}: the sink keeps no extra reference to the last frame.</li>
 *   <li>caps {@code video/x-raw,format=NV12}: the one format the renderers convert; playbin's appsink also takes
 *       the decoders' I420 and YV12 and their 10-bit I420_10LE and P010_10LE ({@link #PLAYBIN_CAPS}), which reach
 *       the renderers as NV12.</li>
 * </ul>
 *
 * <p>The limits hold for every pipeline, playbin's and custom ones alike: a custom pipeline without them would let
 * a slow UI queue frames without bound.
 */
public final class AppSinkLimits {
    /** Drop old frames rather than block when the queue is full. */
    public static final boolean DROP = true;
    /** At most this many frames wait in the appsink. */
    public static final int MAX_BUFFERS = 3;
    /** The appsink keeps no reference to the last sample. */
    public static final boolean ENABLE_LAST_SAMPLE = false;
    /** The format the renderers take, and the contract of a custom pipeline's appsink. */
    public static final String CAPS = "video/x-raw,format=NV12";
    /**
     * What playbin's appsink takes: NV12, the planar 4:2:0 formats most decoders give (I420, YV12), and the 10-bit
     * ones of HEVC Main 10, VP9 profile 2 and AV1 decoders (I420_10LE from software decoders, P010_10LE from hardware
     * ones), which the frame reader makes NV12 itself, so that playbin's {@code videoconvert} passes them through.
     * The 8-bit formats come first: for a source in another format {@code videoconvert} picks the first one that
     * loses nothing, so an 8-bit RGB picture becomes I420, not a 10-bit format twice its size.
     */
    public static final String PLAYBIN_CAPS = "video/x-raw,format={ (string)I420, (string)YV12, (string)NV12, "
            + "(string)I420_10LE, (string)P010_10LE }";

    private AppSinkLimits() {
    }

    /**
     * Applies the limits. Caps the appsink already has are narrowed to NV12 (keeping, say, a fixed size the caller
     * asked for); caps that exclude NV12 are refused.
     *
     * @param sink  the appsink
     * @param input the input the sink belongs to, for messages
     * @throws MediaException ({@link MediaException.Type#INVALID_SOURCE}) if the sink's caps exclude NV12
     */
    public static void apply(AppSink sink, String input) {
        apply(sink, input, CAPS);
    }

    /**
     * Applies the limits with wider caps: those of {@link #PLAYBIN_CAPS} for playbin's own appsink.
     *
     * @param sink    the appsink
     * @param input   the input the sink belongs to, for messages
     * @param allowed {@link #CAPS} or {@link #PLAYBIN_CAPS}
     * @throws MediaException ({@link MediaException.Type#INVALID_SOURCE}) if the sink's caps exclude NV12
     */
    public static void apply(AppSink sink, String input, String allowed) {
        Caps nv12 = Caps.fromString(allowed);
        Caps existing = sink.getCaps();
        Caps target = nv12;
        if (existing != null && !existing.isAny()) {
            target = existing.intersect(nv12);
            if (target.isEmpty()) {
                throw refused(sink, input, "its caps \"" + existing + "\" exclude NV12; Framepipe needs " + CAPS
                        + " (remove the caps or allow format=NV12)");
            }
        }
        sink.setCaps(target);
        sink.set("drop", DROP);
        sink.set("max-buffers", MAX_BUFFERS);
        sink.set("enable-last-sample", ENABLE_LAST_SAMPLE);
    }

    /**
     * Reads the limits back from the sink and throws if any does not hold.
     *
     * @param sink  the appsink
     * @param input the input the sink belongs to, for messages
     * @throws MediaException ({@link MediaException.Type#INVALID_SOURCE}) naming the limit that does not hold
     */
    public static void verify(AppSink sink, String input) {
        verify(sink, input, CAPS);
    }

    /**
     * Verifies the limits with wider caps allowed.
     *
     * @param sink    the appsink
     * @param input   the input the sink belongs to, for messages
     * @param allowed {@link #CAPS} or {@link #PLAYBIN_CAPS}
     * @throws MediaException ({@link MediaException.Type#INVALID_SOURCE}) if a limit does not hold
     */
    public static void verify(AppSink sink, String input, String allowed) {
        Object drop = sink.get("drop");
        if (!Boolean.valueOf(DROP).equals(drop)) {
            throw refused(sink, input, "drop is " + drop + ", must be " + DROP);
        }
        Object maxBuffers = sink.get("max-buffers");
        if (!(maxBuffers instanceof Number) || ((Number) maxBuffers).longValue() != MAX_BUFFERS) {
            throw refused(sink, input, "max-buffers is " + maxBuffers + ", must be " + MAX_BUFFERS);
        }
        Object lastSample = sink.get("enable-last-sample");
        if (!Boolean.valueOf(ENABLE_LAST_SAMPLE).equals(lastSample)) {
            throw refused(sink, input, "enable-last-sample is " + lastSample + ", must be " + ENABLE_LAST_SAMPLE);
        }
        Caps caps = sink.getCaps();
        if (caps == null || caps.isAny() || caps.isEmpty() || !caps.isSubset(Caps.fromString(allowed))) {
            throw refused(sink, input, "its caps are \"" + caps + "\", must be within " + allowed);
        }
    }

    private static MediaException refused(AppSink sink, String input, String reason) {
        return new MediaException(MediaException.Type.INVALID_SOURCE, input, "The appsink '" + sink.getName()
                + "' of " + input + " cannot be used: " + reason + ".");
    }
}
