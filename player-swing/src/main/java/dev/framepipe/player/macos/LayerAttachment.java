package dev.framepipe.player.macos;

import java.awt.Component;
import java.awt.EventQueue;
import java.util.Optional;
import java.util.concurrent.Executor;

import com.sun.jna.Pointer;

/**
 * The event-thread side of a layer in a component's window, shared by both macOS surfaces: gets the component's
 * {@code id<JAWT_SurfaceLayers>} through JAWT, hands it with a {@link LayerHost.LayerFactory} to the
 * {@link LayerHost} on the main thread, and keeps the layer's frame and visibility in step with the component
 * ({@link GeometryTracker}). Every layer change is queued to the main thread, never waited for.
 *
 * <p>If attaching fails, the reason is logged and kept for {@link #failureReason()}, so the owner can fall back to
 * Java2D. Event dispatch thread only.
 */
final class LayerAttachment {
    private static final System.Logger LOG = System.getLogger(LayerAttachment.class.getName());

    private final Component host;
    private final Executor mainThread;
    private final LayerHost layers;
    private final GeometryTracker tracker;
    private boolean attached;
    private boolean disposed;
    private volatile String failure;

    /**
     * Creates an attachment; nothing happens before {@link #attach}.
     *
     * @param host       the heavyweight component showing the video
     * @param mainThread runs the {@link LayerHost}'s work on the AppKit main thread
     * @param layers     the main-thread side
     */
    LayerAttachment(Component host, Executor mainThread, LayerHost layers) {
        this.host = host;
        this.mainThread = mainThread;
        this.layers = layers;
        this.tracker = new GeometryTracker(host, new GeometryTracker.Listener() {
            @Override
            public void frameChanged(LayerFrame frame) {
                mainThread.execute(() -> layers.setFrame(frame));
            }

            @Override
            public void showingChanged(boolean showing) {
                mainThread.execute(() -> layers.setHidden(!showing));
            }
        });
    }

    /**
     * Attaches a layer to the host's window, after the host's {@code addNotify}.
     *
     * @param factory makes the layer, on the main thread
     * @return {@code true} if attached (or already attached); {@code false} with {@link #failureReason()} set
     */
    boolean attach(LayerHost.LayerFactory factory) {
        requireEventThread();
        if (attached) {
            return true;
        }
        String problem = disposed ? "the surface was disposed" : precondition();
        if (problem != null) {
            return fail(problem);
        }
        long surfaceLayers;
        try {
            surfaceLayers = Jawt.readDrawingSurface(host, (platformInfo, bounds) ->
                    platformInfo == null ? 0 : Objc.retain(Pointer.nativeValue(platformInfo)));
        } catch (RuntimeException | LinkageError e) {
            return fail("JAWT did not give the surface layers: " + e);
        }
        if (surfaceLayers == 0) {
            return fail("JAWT returned no surface layers");
        }
        LayerFrame frame = tracker.start();
        boolean hidden = !host.isShowing();
        mainThread.execute(() -> layers.attach(surfaceLayers, factory, frame, hidden));
        attached = true;
        failure = null;
        return true;
    }

    private String precondition() {
        String unavailable = MacLibraries.unavailableReason();
        if (unavailable != null) {
            return unavailable;
        }
        if (!host.isDisplayable()) {
            return "the host has no native peer yet: attach after addNotify";
        }
        if (host.isLightweight()) {
            return "the host " + host.getClass().getName() + " is lightweight; JAWT needs a heavyweight component";
        }
        if (tracker.currentFrame() == null) {
            return "the host is not inside a window";
        }
        return null;
    }

    /**
     * Records and logs why the layer is not attached.
     *
     * @param reason the reason, for users
     * @return {@code false}, for the caller to return
     */
    boolean fail(String reason) {
        failure = reason;
        LOG.log(System.Logger.Level.WARNING, "video layer not attached: " + reason);
        return false;
    }

    /**
     * Takes the layer out of the window (on the main thread) and stops tracking; {@link #attach} may follow after a
     * new {@code addNotify}. Idempotent.
     */
    void detach() {
        requireEventThread();
        if (attached) {
            attached = false;
            tracker.stop();
            mainThread.execute(layers::detach);
        }
    }

    /**
     * Detaches for good; later {@link #attach} calls fail. Idempotent; any thread: off the event dispatch thread the
     * work is queued to it.
     */
    void dispose() {
        if (!EventQueue.isDispatchThread()) {
            EventQueue.invokeLater(this::dispose);
            return;
        }
        detach();
        disposed = true;
    }

    /**
     * Tells whether a layer is attached.
     *
     * @return {@code true} between a successful {@link #attach} and {@link #detach}
     */
    boolean isAttached() {
        requireEventThread();
        return attached;
    }

    /**
     * Tells why the last {@link #attach} failed. Any thread.
     *
     * @return the reason, empty if the last attach succeeded or none was tried
     */
    Optional<String> failureReason() {
        return Optional.ofNullable(failure);
    }

    /**
     * Throws unless the caller is on the event dispatch thread.
     *
     * @throws IllegalStateException on any other thread
     */
    static void requireEventThread() {
        if (!EventQueue.isDispatchThread()) {
            throw new IllegalStateException("call on the event dispatch thread, not " + Thread.currentThread());
        }
    }
}
