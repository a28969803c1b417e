package dev.framepipe.player.macos;

import java.awt.Component;
import java.util.Optional;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;

import dev.framepipe.player.gst.GObjectProperties;

/**
 * Shows the {@code AVSampleBufferDisplayLayer} of a GStreamer {@code avsamplebufferlayersink} (applemedia plugin)
 * over a heavyweight host component, with the same JAWT, geometry and main-thread code as
 * {@link CALayerVideoSurface} but no copy of our own: the sink renders into its layer, this class only places the
 * layer in the window.
 *
 * <p>The sink creates its layer when it goes from READY to PAUSED, synchronously on the main thread
 * ({@code dispatch_sync}), so change the pipeline's state from a thread that is not the event dispatch thread, and
 * call {@link #attach()} once the sink reached PAUSED. The sink keeps owning its layer; this class holds one
 * reference while attached.
 *
 * <p>Threading: {@link #attach()}, {@link #detach()} on the event dispatch thread; {@link #dispose()} and
 * {@link #failureReason()} on any thread. Nothing waits for the main thread.
 */
public final class AvSampleLayerAttachment {
    /** The element factory name of the sink. */
    public static final String SINK_FACTORY = "avsamplebufferlayersink";

    private final Element sink;
    private final LayerAttachment attachment;

    /**
     * Tells whether the sink can be created: GStreamer is initialised and has the applemedia plugin's
     * {@code avsamplebufferlayersink}. Never throws.
     *
     * @return {@code true} if {@code ElementFactory.find("avsamplebufferlayersink")} finds it
     */
    public static boolean isSinkAvailable() {
        try {
            return ElementFactory.find(SINK_FACTORY) != null;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Creates an attachment; nothing happens before {@link #attach()}.
     *
     * @param host the heavyweight component the video covers
     * @param sink an {@code avsamplebufferlayersink}; the caller keeps owning it and its pipeline
     * @throws IllegalStateException if the native path is unavailable ({@link CALayerVideoSurface#isAvailable()})
     */
    public AvSampleLayerAttachment(Component host, Element sink) {
        String unavailable = MacLibraries.unavailableReason();
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
        this.sink = sink;
        this.attachment = new LayerAttachment(host, MainQueueExecutor.INSTANCE, new LayerHost());
    }

    /**
     * Reads the sink's {@code "layer"} and attaches it to the host's window. Call on the event dispatch thread after
     * the host's {@code addNotify} and after the sink reached PAUSED.
     *
     * @return {@code true} if attached or already attached; {@code false} with {@link #failureReason()} saying why
     * @throws IllegalStateException if called off the event dispatch thread
     */
    public boolean attach() {
        if (attachment.isAttached()) {
            return true;
        }
        long layer = GObjectProperties.pointer(sink, "layer");
        if (layer == 0) {
            return attachment.fail("the sink has no layer yet: attach after it reached PAUSED");
        }
        long retained = Objc.retain(layer);
        if (attachment.attach(() -> retained)) {
            return true;
        }
        Objc.release(retained);
        return false;
    }

    /**
     * Takes the layer out of the window (the sink keeps rendering into it). Event dispatch thread; idempotent.
     *
     * @throws IllegalStateException if called off the event dispatch thread
     */
    public void detach() {
        attachment.detach();
    }

    /**
     * Tells why the last {@link #attach()} failed. Any thread.
     *
     * @return the reason, empty if it succeeded or none was tried
     */
    public Optional<String> failureReason() {
        return attachment.failureReason();
    }

    /** Detaches for good. Idempotent; any thread (off the event dispatch thread the detach is queued to it). */
    public void dispose() {
        attachment.dispose();
    }
}
