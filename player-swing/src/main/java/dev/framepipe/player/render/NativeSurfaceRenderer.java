package dev.framepipe.player.render;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Consumer;

import javax.swing.SwingUtilities;

import dev.framepipe.player.Registration;
import dev.framepipe.player.frame.CaptionBlender;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.frame.NativeVideoSink;

/**
 * What the native renderers share: a heavyweight {@link NativeCanvas} in the component that the platform draws
 * into, shown once the first frame is there; the registration with the player; the failure handler; captions blended
 * into the frames by the {@link CaptionBlender} the player puts in front of the sink (Swing cannot paint over the
 * canvas); and no Java painting or snapshot of their own.
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
     * The player whose native sink this renderer made last, from just before the sink is attached until it is
     * detached; {@code null} otherwise.
     */
    private volatile FrameSource source;
    /** Blends captions into the frames of the sink made last; {@code null} before the first sink. */
    private CaptionBlender blender;
    /** The caption to blend, as last shown: pixels, then x, y, width, height; {@code null} for none. */
    private int[] caption;
    private int[] captionBounds;
    private volatile Dimension captionFrame;
    private volatile Runnable captionFrameListener = () -> { };

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

    /**
     * Has the player play into a native sink of this renderer.
     *
     * @param from the player's frame source
     * @param sink the sink
     * @return the registration that goes back to the appsink
     */
    final Registration attachSink(FrameSource from, NativeVideoSink sink) {
        source = from;
        return from.attachNativeSink(sink);
    }

    private void frameSizeChanged(int width, int height) {
        Dimension size = new Dimension(width, height);
        if (!size.equals(captionFrame)) {
            captionFrame = size;
            captionFrameListener.run();
        }
    }

    @Override
    public final Optional<Dimension> captionFrameSize() {
        Dimension size = captionFrame;
        return size == null ? Optional.empty() : Optional.of(new Dimension(size));
    }

    @Override
    public final void setCaptionFrameListener(Runnable listener) {
        captionFrameListener = listener;
    }

    @Override
    public boolean blendsCaptions() {
        return true;
    }

    @Override
    public final void showCaption(int[] argb, int x, int y, int width, int height) {
        synchronized (this) {
            caption = argb;
            captionBounds = new int[] {x, y, width, height};
            applyCaption();
        }
        redraw();
    }

    @Override
    public final void clearCaption() {
        synchronized (this) {
            caption = null;
            captionBounds = null;
            applyCaption();
        }
        redraw();
    }

    /**
     * A paused picture is not drawn again by itself: ask for it, so the caption change shows. Asked for while the
     * sink is being attached too (the first frame can size the caption before {@code attachNativeSink} returns and
     * {@link #registration} is set): the player keeps such a request until it is open.
     */
    private void redraw() {
        FrameSource current = source;
        if (current != null) {
            current.redrawPaused();
        }
    }

    private void applyCaption() {
        if (blender == null) {
            return;
        }
        if (caption == null) {
            blender.clear();
        } else {
            blender.show(caption, captionBounds[0], captionBounds[1], captionBounds[2], captionBounds[3]);
        }
    }

    /** A native sink of this renderer: takes the player's caption blender and reports the frames' size. */
    abstract class BlendingSink implements NativeVideoSink {
        @Override
        public final void blendWith(CaptionBlender newBlender) {
            synchronized (NativeSurfaceRenderer.this) {
                blender = newBlender;
                applyCaption();
            }
        }

        @Override
        public final void frameSize(int width, int height) {
            frameSizeChanged(width, height);
        }
    }

    @Override
    public final boolean hasFrame() {
        return hasFrame;
    }

    @Override
    public final void detach() {
        if (registration != null) {
            source = null;
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
        clearCaption();
        detach();
        disposeSurfaces();
        canvas.remove();
    }

    /** Releases the native surfaces the renderer made, before its canvas goes. */
    void disposeSurfaces() {
        // Nothing by default: the canvas's own window goes with its peer.
    }
}
