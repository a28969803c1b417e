package dev.framepipe.player.render;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Consumer;

import javax.swing.SwingUtilities;

import dev.framepipe.player.Registration;

/**
 * What the native renderers share: a heavyweight {@link NativeCanvas} in the component that the platform draws
 * into, shown once the first frame is there; the registration with the player; the failure handler; and no Java
 * painting or snapshot of their own.
 *
 * <p>Threading: the event dispatch thread, except {@link #fail} and {@link #showFirstFrame}, which any thread may
 * call.
 */
abstract class NativeSurfaceRenderer implements VideoRenderer {
    /** The heavyweight window the platform draws into; owned, removed by {@link #dispose()}. */
    final NativeCanvas canvas;
    final FrameStatistics statistics = new FrameStatistics();
    /** The player's frames or native sink while attached. */
    Registration registration;
    private volatile Consumer<String> failureHandler = reason -> { };
    private volatile boolean hasFrame;

    /**
     * Creates the renderer; its canvas joins the host's children, hidden until the first frame.
     *
     * @param host the video component
     */
    NativeSurfaceRenderer(Component host) {
        this.canvas = new NativeCanvas(host, this::expose);
    }

    /** Redraws the last frame when the canvas lost its contents (AWT asked it to paint). Event dispatch thread. */
    void expose() {
        // Nothing by default: the platform's layer keeps its contents.
    }

    @Override
    public final void setFailureHandler(Consumer<String> handler) {
        failureHandler = handler;
    }

    /** Reports that the renderer cannot go on; the component falls back to Java2D. Any thread. */
    final void fail(String reason) {
        failureHandler.accept(reason);
    }

    /** Shows the canvas once the platform has a first frame to draw. Any thread; cheap after the first call. */
    final void showFirstFrame() {
        if (!hasFrame) {
            hasFrame = true;
            SwingUtilities.invokeLater(canvas::showVideo);
        }
    }

    @Override
    public final boolean hasFrame() {
        return hasFrame;
    }

    @Override
    public final void detach() {
        if (registration != null) {
            registration.close();
            registration = null;
            detached();
        }
    }

    /** Forgets what belonged to the registration just closed. */
    void detached() {
        // Nothing by default.
    }

    @Override
    public final void paint(Graphics2D g, VideoGeometry geometry, boolean smoothing) {
        // The platform draws into the canvas; the component paints only its background around it.
    }

    @Override
    public final Optional<BufferedImage> snapshot() {
        return Optional.empty();
    }

    @Override
    public final FrameStatistics statistics() {
        return statistics;
    }

    @Override
    public final void dispose() {
        detach();
        disposeSurfaces();
        canvas.remove();
    }

    /** Releases the native surfaces the renderer made, before its canvas goes. */
    void disposeSurfaces() {
        // Nothing by default: the canvas's own window goes with its peer.
    }
}
