package dev.framepipe.player.macos;

import java.awt.Component;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.VideoFrame;

/**
 * Shows a player's NV12 frames on macOS through a native {@code CALayer} placed over a heavyweight host component
 * (a {@code java.awt.Canvas}, for instance) in its window, bypassing Java2D.
 *
 * <p>How: {@link #attach()} gets the host's JAWT surface layers and, on the AppKit main thread, creates a layer
 * (aspect-fit contents, backing scale, no autoresizing, no implicit animations) and hands it to the window with
 * {@code setLayer:}; the layer's frame then follows the host, including moves of its ancestors. Each frame is copied
 * on the frame thread into a pooled, IOSurface-backed, Metal-compatible {@code CVPixelBuffer} carrying the
 * stream's colour attachments, and at most one main-thread task at a time sets the newest buffer as the layer's
 * {@code contents}. All through JNA; no native code of our own.
 *
 * <p>Threading: {@link #attach()}, {@link #detach()} and {@link #isAttached()} on the event dispatch thread;
 * {@link #onFrame} on the player's frame thread; {@link #dispose()} and {@link #failureReason()} on any thread.
 * Nothing here waits for the AppKit main thread: every layer change is queued with {@code dispatch_async_f}.
 *
 * <p>Ownership: the surface owns its pixel-buffer pool (counted in
 * {@link dev.framepipe.player.diagnostics.LiveResources#PIXEL_BUFFER_POOLS}), the pending and displayed buffers, the
 * layer and the retained surface layers; {@link #detach()} gives up the layer and keeps the pool, {@link #dispose()}
 * gives up everything.
 */
public final class CALayerVideoSurface implements FrameConsumer {
    private static final System.Logger LOG = System.getLogger(CALayerVideoSurface.class.getName());

    private final LayerHost layers = new LayerHost();
    private final LayerAttachment attachment;
    private final PixelBufferPresenter presenter;
    private final AtomicBoolean disposed = new AtomicBoolean();
    private volatile String frameFailure;
    private volatile Consumer<String> failureListener;

    /**
     * Tells whether the native path can run here: macOS, a 64-bit JVM that is not headless, and every framework,
     * class, constant and {@code libjawt} loadable. Checked once per JVM; never throws.
     *
     * @return {@code true} if a surface can be created
     */
    public static boolean isAvailable() {
        return MacLibraries.unavailableReason() == null;
    }

    /**
     * Tells why {@link #isAvailable()} is {@code false}, for a log line.
     *
     * @return the reason, empty when available
     */
    public static Optional<String> unavailableReason() {
        return Optional.ofNullable(MacLibraries.unavailableReason());
    }

    /**
     * Creates a surface for a host component. Nothing native is created before the first {@link #attach()} or
     * frame.
     *
     * @param host the heavyweight component that shows the video; the layer covers its bounds
     * @throws IllegalStateException if {@link #isAvailable()} is {@code false} (the message says why)
     */
    public CALayerVideoSurface(Component host) {
        String unavailable = MacLibraries.unavailableReason();
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
        this.attachment = new LayerAttachment(host, MainQueueExecutor.INSTANCE, layers);
        this.presenter = new PixelBufferPresenter(new CoreVideoAllocator(), MainQueueExecutor.INSTANCE, layers);
    }

    /**
     * Attaches the video layer to the host's window. Call on the event dispatch thread after the host's
     * {@code addNotify} (again after each new {@code addNotify}: a new peer has new surface layers). The layer
     * itself is created and attached asynchronously on the main thread.
     *
     * @return {@code true} if attached or already attached; {@code false} if not, with {@link #failureReason()}
     *         saying why (logged too), so the caller can fall back to Java2D
     * @throws IllegalStateException if called off the event dispatch thread
     */
    public boolean attach() {
        return attachment.attach(CoreAnimation::newVideoLayer);
    }

    /**
     * Takes the layer out of the window and stops following the host; call on the event dispatch thread from the
     * host's {@code removeNotify}. Keeps the pool and the last frame, which reappears on the next
     * {@link #attach()}. Idempotent.
     *
     * @throws IllegalStateException if called off the event dispatch thread
     */
    public void detach() {
        attachment.detach();
    }

    /**
     * Tells whether the layer is attached.
     *
     * @return {@code true} between a successful {@link #attach()} and {@link #detach()} or {@link #dispose()}
     * @throws IllegalStateException if called off the event dispatch thread
     */
    public boolean isAttached() {
        return attachment.isAttached();
    }

    /**
     * Tells why the surface is not showing video: the last {@link #attach()} failed, or a frame could not be
     * turned into a pixel buffer (after which frames are ignored). Any thread.
     *
     * @return the reason, empty while all is well
     */
    public Optional<String> failureReason() {
        String failed = frameFailure;
        return failed != null ? Optional.of(failed) : attachment.failureReason();
    }

    /**
     * Sets who hears about a frame failure, once, on the frame thread (an attach failure is reported by
     * {@link #attach()}'s result instead).
     *
     * @param listener receives the reason; {@code null} for nobody
     */
    public void setFailureListener(Consumer<String> listener) {
        failureListener = listener;
    }

    /**
     * Copies a frame into a pooled pixel buffer and queues it for display. Called on the player's frame thread;
     * never waits for the event dispatch thread or the main thread. Ignored after {@link #dispose()} or a frame
     * failure.
     *
     * @param frame the frame, valid only during this call
     */
    @Override
    public void onFrame(VideoFrame frame) {
        if (frameFailure != null) {
            return;
        }
        try {
            presenter.present(frame);
        } catch (CoreVideoException | IllegalStateException e) {
            frameFailure = "a frame could not be shown: " + e.getMessage();
            LOG.log(System.Logger.Level.ERROR, "the CALayer video surface stops: " + frameFailure, e);
            Consumer<String> listener = failureListener;
            if (listener != null) {
                listener.accept(frameFailure);
            }
        }
    }

    /**
     * Releases everything: the pool and buffers at once (the displayed one after the layer let go of it), the
     * layer on the main thread. Later frames are ignored and {@link #attach()} fails. Idempotent; any thread (off
     * the event dispatch thread the detach is queued to it).
     */
    public void dispose() {
        if (!disposed.compareAndSet(false, true)) {
            return;
        }
        presenter.dispose();
        attachment.dispose();
    }

    /**
     * Returns the main-thread side, for the macOS tests.
     *
     * @return the layer host
     */
    LayerHost layerHost() {
        return layers;
    }

    /**
     * Returns the presenter, for the macOS tests.
     *
     * @return the presenter
     */
    PixelBufferPresenter presenter() {
        return presenter;
    }
}
