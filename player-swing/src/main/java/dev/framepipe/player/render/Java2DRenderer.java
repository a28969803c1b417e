package dev.framepipe.player.render;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import dev.framepipe.player.Registration;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.swing.RenderStatistics;
import dev.framepipe.player.swing.RendererType;
import dev.framepipe.player.swing.ScalingMode;

/**
 * Shows frames through Java2D: the frame thread converts each NV12 frame into the back image and swaps it with the
 * front one; the event thread uploads the front image into the component's one {@link VolatileFrame} and draws it.
 *
 * <p>The frame thread never waits for the event thread: if the event thread is uploading at the moment a frame is
 * ready, that frame is skipped (the next one follows within a frame interval). Frames are converted at the size they
 * are shown, in device pixels, up to their own size; buffers are replaced only when that size changes, so steady
 * playback allocates nothing on the frame path.
 *
 * <p>Ownership: the renderer owns its two frame images and the volatile image; {@link #dispose()} releases them.
 */
public final class Java2DRenderer implements VideoRenderer, FrameConsumer {
    private static final long NO_SIZE = 0;

    private final Component host;
    private final Nv12Converter converter;
    private final Runnable repaint;
    private final FrameStatistics statistics = new FrameStatistics();
    private final VolatileFrame volatileFrame = new VolatileFrame();
    /** Held by the frame thread for a whole frame, and by {@link #dispose()}: the back image is never freed in use. */
    private final ReentrantLock frameLock = new ReentrantLock();
    /** Guards {@link #front} and {@link #fresh}: held briefly for the swap, and by the event thread to upload. */
    private final ReentrantLock swapLock = new ReentrantLock();
    private final AtomicLong wantedSize = new AtomicLong(NO_SIZE);

    private byte[] luma = new byte[0];
    private byte[] chroma = new byte[0];
    private ConvertedFrame back;
    private ConvertedFrame front;
    private boolean fresh;
    private boolean disposed;
    private volatile boolean hasFrame;
    private FrameSource source;
    private Registration registration;

    /**
     * Creates a renderer for a component, converting on the shared conversion pool.
     *
     * @param host the component that shows the video; it is repainted when a frame arrives
     */
    public Java2DRenderer(Component host) {
        this(host, new Nv12Converter());
    }

    /**
     * Creates a renderer with a given converter (tests pick the pool's parallelism).
     *
     * @param host      the component that shows the video
     * @param converter the converter
     */
    public Java2DRenderer(Component host, Nv12Converter converter) {
        this(host, converter, new CoalescedRepaint(host::repaint)::request);
    }

    /**
     * Creates a renderer that asks for repaints its own way (tests measure the frame path without AWT's events).
     *
     * @param host          the component that shows the video
     * @param converter     the converter
     * @param repaintRequest asks for a repaint; any thread, must not block
     */
    Java2DRenderer(Component host, Nv12Converter converter, Runnable repaintRequest) {
        this.host = host;
        this.converter = converter;
        this.repaint = repaintRequest;
    }

    @Override
    public RendererType type() {
        return RendererType.JAVA2D;
    }

    @Override
    public void setFailureHandler(java.util.function.Consumer<String> handler) {
        // Java2D is the fallback; it has nothing to fall back to.
    }

    @Override
    public void attach(FrameSource frameSource) {
        detach();
        source = frameSource;
        registration = frameSource.attach(this);
    }

    @Override
    public void detach() {
        if (registration != null) {
            registration.close();
            registration = null;
            source = null;
        }
    }

    /** Converts a frame into the back image and publishes it. Runs on the player's frame thread. */
    @Override
    public void onFrame(VideoFrame frame) {
        long start = System.nanoTime();
        frameLock.lock();
        try {
            if (disposed) {
                return;
            }
            convert(frame);
            back.arrivedNanos(start);
            statistics.frameConverted(System.nanoTime() - start);
            publish();
        } finally {
            frameLock.unlock();
        }
    }

    private void convert(VideoFrame frame) {
        VideoLayout layout = frame.layout();
        luma = fit(luma, layout.planeSpan(0));
        chroma = fit(chroma, layout.planeSpan(1));
        frame.copyPlane(0, luma);
        frame.copyPlane(1, chroma);
        long wanted = wantedSize.get();
        int width = wanted == NO_SIZE ? layout.width() : Math.min((int) (wanted >>> 32), layout.width());
        int height = wanted == NO_SIZE ? layout.height() : Math.min((int) wanted, layout.height());
        if (back == null || !back.hasSize(width, height)) {
            if (back != null) {
                back.release();
            }
            back = new ConvertedFrame(width, height);
        }
        converter.convert(luma, chroma, layout, back.pixels(), width, height, width);
    }

    private static byte[] fit(byte[] array, long size) {
        return array.length == size ? array : new byte[(int) size];
    }

    private void publish() {
        if (!swapLock.tryLock()) {
            // The event thread is uploading the front image; the next frame follows shortly.
            statistics.frameSkipped();
            return;
        }
        try {
            if (fresh) {
                statistics.frameSkipped();
            }
            ConvertedFrame previous = front;
            front = back;
            back = previous;
            fresh = true;
        } finally {
            swapLock.unlock();
        }
        hasFrame = true;
        repaint.run();
    }

    @Override
    public void paint(Graphics2D g, VideoGeometry geometry, ScalingMode mode, boolean smoothing) {
        wantedSize.set(((long) geometry.imageWidth() << 32) | geometry.imageHeight());
        GraphicsConfiguration configuration = host.getGraphicsConfiguration();
        if (configuration == null || !uploadIfNeeded(configuration)) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smoothing
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        if (!volatileFrame.draw(g, geometry.bounds())) {
            repaint.run();
        }
    }

    /** Uploads a new front frame, or the current one again if the volatile image lost it. */
    private boolean uploadIfNeeded(GraphicsConfiguration configuration) {
        swapLock.lock();
        try {
            if (front == null) {
                return false;
            }
            if (fresh || !volatileFrame.isValid(configuration)) {
                volatileFrame.upload(front.image(), configuration);
                if (fresh) {
                    fresh = false;
                    statistics.framePainted(System.nanoTime() - front.arrivedNanos());
                    if (source != null) {
                        source.frameRendered();
                    }
                }
            }
            return true;
        } finally {
            swapLock.unlock();
        }
    }

    @Override
    public boolean hasFrame() {
        return hasFrame;
    }

    @Override
    public Optional<BufferedImage> snapshot() {
        swapLock.lock();
        try {
            if (front == null) {
                return Optional.empty();
            }
            BufferedImage copy = new BufferedImage(front.width(), front.height(), BufferedImage.TYPE_INT_RGB);
            int[] target = ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
            System.arraycopy(front.pixels(), 0, target, 0, target.length);
            return Optional.of(copy);
        } finally {
            swapLock.unlock();
        }
    }

    @Override
    public void releaseGraphics() {
        volatileFrame.release();
    }

    @Override
    public RenderStatistics statistics() {
        return statistics;
    }

    @Override
    public void dispose() {
        detach();
        releaseGraphics();
        frameLock.lock();
        swapLock.lock();
        try {
            if (disposed) {
                return;
            }
            disposed = true;
            for (ConvertedFrame frame : new ConvertedFrame[] {back, front}) {
                if (frame != null) {
                    frame.release();
                }
            }
            back = null;
            front = null;
            hasFrame = false;
        } finally {
            swapLock.unlock();
            frameLock.unlock();
        }
    }
}
