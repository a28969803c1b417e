package dev.framepipe.player.render;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Optional;


import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.StateChangeReturn;
import org.freedesktop.gstreamer.interfaces.VideoOverlay;

import com.sun.jna.Native;
import com.sun.jna.Platform;

import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * Linux/X11: GStreamer draws the video itself into the X window of a heavyweight {@link NativeCanvas}, through
 * {@code GstVideoOverlay} on {@code xvimagesink} (XVideo, hardware scaled) or {@code ximagesink}, whichever works
 * on this display. The picture never passes through Java; the player plays into this sink instead of its appsink
 * while the renderer is attached.
 *
 * <p>Limits: heavyweight, so nothing Swing paints appears above it (overlays, tooltips over the video); the sink
 * keeps the aspect ratio with black bars whatever the component's background; scaling modes other than fit are not
 * honoured; no snapshot and no paint statistics. Custom pipelines cannot use it.
 *
 * <p>Threading: the event dispatch thread, except the sink callbacks on the player's control thread.
 */
public final class LinuxOverlayRenderer extends NativeSurfaceRenderer {
    private static final List<String> SINKS = List.of("xvimagesink", "ximagesink");
    private static volatile String workingSink;

    private volatile Element sink;

    /**
     * Creates the renderer; its canvas joins the host's children.
     *
     * @param host the video component
     */
    public LinuxOverlayRenderer(Component host) {
        super(host);
    }

    /**
     * Tells why this renderer cannot run here.
     *
     * @return the reason, or empty if it can
     */
    public static Optional<String> unavailableReason() {
        if (!Platform.isX11() || Platform.isMac()) {
            return Optional.of("it needs an X11 desktop");
        }
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.of("the JVM is headless");
        }
        return workingSink() == null ? Optional.of("neither xvimagesink nor ximagesink can open this display")
                : Optional.empty();
    }

    /** The first X sink that reaches READY on this display (xvimagesink needs XVideo, which Xvfb lacks). */
    private static String workingSink() {
        if (workingSink == null) {
            for (String name : SINKS) {
                if (GStreamerRuntime.hasElement(name) && opens(name)) {
                    workingSink = name;
                    break;
                }
            }
        }
        return workingSink;
    }

    private static boolean opens(String factory) {
        Element probe = ElementFactory.make(factory, "framepipe-probe");
        try {
            return probe.setState(State.READY) != StateChangeReturn.FAILURE;
        } finally {
            probe.setState(State.NULL);
            probe.dispose();
        }
    }

    @Override
    public RendererKind kind() {
        return RendererKind.LINUX_OVERLAY;
    }

    @Override
    public void attach(FrameSource source) {
        detach();
        long window = Native.getComponentID(canvas);
        registration = attachSink(source, new OverlaySink(window));
    }

    @Override
    void detached() {
        sink = null;
    }

    @Override
    void expose() {
        Element current = sink;
        if (current != null && hasFrame()) {
            VideoOverlay.wrap(current).expose();
        }
    }

    @Override
    public void releaseGraphics() {
        // The X window belongs to the canvas's peer, which AWT releases with it.
    }

    /** The X sink, pointed at the canvas's window before it prerolls. */
    private final class OverlaySink extends BlendingSink {
        private final long window;

        OverlaySink(long window) {
            this.window = window;
        }

        @Override
        public Element createSink() {
            String factory = workingSink();
            if (factory == null) {
                throw new IllegalStateException("neither xvimagesink nor ximagesink can open this display");
            }
            return ElementFactory.make(factory, "framepipe-overlay");
        }

        @Override
        public void prepare(Element element) {
            VideoOverlay overlay = VideoOverlay.wrap(element);
            overlay.setWindowHandle(window);
            overlay.handleEvent(false);
            element.set("force-aspect-ratio", true);
            sink = element;
        }

        @Override
        public void prerolled(Element element) {
            showFirstFrame();
        }

        @Override
        public void failed(String reason) {
            fail(reason);
        }
    }
}
