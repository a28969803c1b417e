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

/**
 * Shows frames through Java2D with three frame images: the frame thread converts each NV12 frame into the back
 * image and swaps it with the ready one; the event thread swaps the ready image with the front one, then uploads the
 * front image into the component's one {@link VolatileFrame} and draws it.
 *
 * <p>The two threads share only the ready image, under a lock each holds for a swap, so neither waits for the other's
 * work: the event thread uploads without the lock, and a frame converted while it uploads waits as the ready image
 * instead of being lost. (With two images, a frame finished during an upload had to be skipped: 1 to 9 % of the
 * frames at 1080p60 on a busy 2-core machine.) A frame is dropped, and counted, only when the next one is ready
 * before the event thread took it. Frames are converted at their own size reduced by a whole factor, no smaller
 * than the size they are shown at in device pixels ({@link ConversionSize}), and Java2D scales the rest; images are
 * replaced only when that size changes, so steady playback allocates nothing on the frame path.
 *
 * <p>Ownership: the renderer owns its three frame images and the volatile image; {@link #dispose()} releases them.
 */
public final class Java2DRenderer implements VideoRenderer, FrameConsumer {
    private static final long NO_SIZE = 0;
    /**
     * The size assumed shown before the first paint says: a full-HD screen. A frame that arrives before the first
     * paint is converted no larger than that (by a whole factor), so an 8192×8192 frame does not take 256 MB of
     * RGB for an image that will be shown far smaller.
     */
    private static final int UNKNOWN_SHOWN_WIDTH = 1920;
    private static final int UNKNOWN_SHOWN_HEIGHT = 1080;

    private final Component host;
    private final Nv12Converter converter;
    private final Runnable repaint;
    private final FrameStatistics statistics = new FrameStatistics();
    private final VolatileFrame volatileFrame = new VolatileFrame();
    /** Held by the frame thread for a whole frame, and by {@link #dispose()}: the back image is never freed in use. */
    private final ReentrantLock frameLock = new ReentrantLock();
    /** Guards {@link #ready} and {@link #fresh}; held only to swap. */
    private final ReentrantLock swapLock = new ReentrantLock();
    private final AtomicLong wantedSize = new AtomicLong(NO_SIZE);

    private byte[] luma = new byte[0];
    private byte[] chroma = new byte[0];
    /** The frame thread's: being converted. */
    private ConvertedFrame back;
    /** Converted and not yet taken by the event thread when {@link #fresh}. */
    private ConvertedFrame ready;
    /** The event thread's: uploaded and painted. */
    private ConvertedFrame front;
    private boolean fresh;
    private boolean disposed;
    private volatile boolean hasFrame;
    /** Set on the event thread, read by the frame thread to count skipped frames. */
    private volatile FrameSource source;
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
    public RendererKind kind() {
        return RendererKind.JAVA2D;
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
        long size = wanted == NO_SIZE
                ? ConversionSize.of(layout.width(), layout.height(), Math.min(layout.width(), UNKNOWN_SHOWN_WIDTH),
                        Math.min(layout.height(), UNKNOWN_SHOWN_HEIGHT))
                : ConversionSize.of(layout.width(), layout.height(), (int) (wanted >>> 32), (int) wanted);
        int width = (int) (size >>> 32);
        int height = (int) size;
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
        swapLock.lock();
        try {
            if (fresh) {
                // The event thread has not taken the previous frame: it will never be painted.
                frameSkipped();
            }
            ConvertedFrame previous = ready;
            ready = back;
            back = previous;
            fresh = true;
        } finally {
            swapLock.unlock();
        }
        hasFrame = true;
        repaint.run();
    }

    /** A converted frame will never be painted: counted here and, as dropped, by the player. */
    private void frameSkipped() {
        statistics.frameSkipped();
        FrameSource current = source;
        if (current != null) {
            current.frameSkipped();
        }
    }

    @Override
    public void paint(Graphics2D g, VideoGeometry geometry, boolean smoothing) {
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

    /** Takes a newly converted frame and uploads it, or uploads the current one again if the image lost it. */
    private boolean uploadIfNeeded(GraphicsConfiguration configuration) {
        boolean taken = takeReady();
        if (front == null) {
            return false;
        }
        if (taken || !volatileFrame.isValid(configuration)) {
            volatileFrame.upload(front.image(), configuration);
        }
        if (taken) {
            statistics.frameRendered(System.nanoTime() - front.arrivedNanos());
            FrameSource current = source;
            if (current != null) {
                current.frameRendered();
            }
        }
        return true;
    }

    /** Swaps the ready frame in as the front one, if there is a new one. Event thread. */
    private boolean takeReady() {
        swapLock.lock();
        try {
            if (!fresh) {
                return false;
            }
            ConvertedFrame previous = front;
            front = ready;
            ready = previous;
            fresh = false;
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
            // The newest frame: the ready one if the event thread has not taken it yet.
            ConvertedFrame newest = fresh ? ready : front;
            if (newest == null) {
                return Optional.empty();
            }
            BufferedImage copy = new BufferedImage(newest.width(), newest.height(), BufferedImage.TYPE_INT_RGB);
            int[] target = ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
            System.arraycopy(newest.pixels(), 0, target, 0, target.length);
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
    public FrameStatistics statistics() {
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
            for (ConvertedFrame frame : new ConvertedFrame[] {back, ready, front}) {
                if (frame != null) {
                    frame.release();
                }
            }
            back = null;
            ready = null;
            front = null;
            hasFrame = false;
        } finally {
            swapLock.unlock();
            frameLock.unlock();
        }
    }
}
