package dev.framepipe.player.render;

import java.awt.Component;
import java.util.Optional;

import javax.swing.SwingUtilities;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;

import com.sun.jna.Platform;

import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.macos.AvSampleLayerAttachment;
import dev.framepipe.player.macos.CALayerVideoSurface;

/**
 * macOS: frames shown by a Core Animation layer attached to a heavyweight {@link NativeCanvas} in the component's
 * window, bypassing Java2D. Two ways, chosen by availability:
 * GStreamer's {@code avsamplebufferlayersink} draws into its own layer, which is attached (no copy through Java); or
 * {@link CALayerVideoSurface} copies each NV12 frame into a pooled, IOSurface-backed {@code CVPixelBuffer} set as
 * the layer's contents. See docs/macos.md; this path has not run on a Mac yet.
 *
 * <p>Limits: the layer covers lightweight painting (overlays, tooltips); captions are blended into the frames with
 * the sample-layer sink and not shown on the {@code CVPixelBuffer} path; no snapshot. Threading: the event dispatch
 * thread, except frame delivery and sink callbacks.
 */
public final class MacLayerRenderer extends NativeSurfaceRenderer {
    private final boolean sampleLayerSink = AvSampleLayerAttachment.isSinkAvailable();
    private CALayerVideoSurface surface;
    private AvSampleLayerAttachment attachment;

    /**
     * Creates the renderer; its canvas joins the host's children.
     *
     * @param host the video component
     */
    public MacLayerRenderer(Component host) {
        super(host);
    }

    /**
     * Tells why this renderer cannot run here.
     *
     * @return the reason, or empty if it can
     */
    public static Optional<String> unavailableReason() {
        if (!Platform.isMac()) {
            return Optional.of("it needs macOS");
        }
        return AvSampleLayerAttachment.isSinkAvailable() ? Optional.empty()
                : CALayerVideoSurface.unavailableReason();
    }

    @Override
    public RendererKind kind() {
        return RendererKind.MACOS_LAYER;
    }

    /** Only the sample-layer sink's frames pass through GStreamer where a caption can be blended in. */
    @Override
    public boolean blendsCaptions() {
        return sampleLayerSink;
    }

    @Override
    public void attach(FrameSource source) {
        detach();
        if (sampleLayerSink) {
            registration = attachSink(source, new SampleLayerSink());
            return;
        }
        if (surface == null) {
            surface = new CALayerVideoSurface(canvas);
            surface.setFailureListener(this::fail);
        }
        if (!surface.attach()) {
            fail(surface.failureReason().orElse("the layer could not be attached"));
            return;
        }
        registration = source.attach(new CountingConsumer(surface));
    }

    @Override
    public void releaseGraphics() {
        if (surface != null) {
            surface.detach();
        }
        if (attachment != null) {
            attachment.detach();
        }
    }

    @Override
    void disposeSurfaces() {
        if (surface != null) {
            surface.dispose();
        }
        if (attachment != null) {
            attachment.dispose();
        }
    }

    /** Passes frames to the surface and counts them. */
    private final class CountingConsumer implements FrameConsumer {
        private final FrameConsumer target;

        CountingConsumer(FrameConsumer target) {
            this.target = target;
        }

        @Override
        public void onFrame(VideoFrame frame) {
            target.onFrame(frame);
            statistics.frameRendered(0);
            showFirstFrame();
        }
    }

    /** {@code avsamplebufferlayersink}, whose layer is attached once it prerolled. */
    private final class SampleLayerSink extends BlendingSink {
        @Override
        public Element createSink() {
            return ElementFactory.make(AvSampleLayerAttachment.SINK_FACTORY, "framepipe-layer");
        }

        @Override
        public void prepare(Element sink) {
            sink.set("force-aspect-ratio", true);
        }

        @Override
        public void prerolled(Element sink) {
            SwingUtilities.invokeLater(() -> {
                if (attachment == null) {
                    attachment = new AvSampleLayerAttachment(canvas, sink);
                }
                if (attachment.attach()) {
                    showFirstFrame();
                } else {
                    fail(attachment.failureReason().orElse("the sink's layer could not be attached"));
                }
            });
        }

        @Override
        public void failed(String reason) {
            fail(reason);
        }
    }
}
