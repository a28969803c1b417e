package dev.framepipe.player.macos;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.frame.VideoLayout;

/**
 * Owns the pixel-buffer pool of one surface and turns frames into filled buffers.
 *
 * <p>The pool is created on the first frame and again only when the size or the pixel format changes (the old one
 * is released then; its outstanding buffers stay valid until released). A colorimetry change that keeps the pixel
 * format keeps the pool: attachments are set per buffer. In steady state a frame allocates nothing here.
 *
 * <p>{@link #upload} runs on the frame thread, {@link #dispose} on any thread; both take one lock, so a dispose waits
 * for at most one frame copy. Counts its pool in {@link LiveResources#PIXEL_BUFFER_POOLS}.
 */
final class FrameUploader {
    private final PixelBufferAllocator allocator;
    private final Object lock = new Object();
    private PixelBufferSpec spec;
    private long pool;
    private boolean disposed;

    /**
     * Creates an uploader; nothing native is created before the first frame.
     *
     * @param allocator where pools and buffers come from; the uploader closes it on {@link #dispose}
     */
    FrameUploader(PixelBufferAllocator allocator) {
        this.allocator = allocator;
    }

    /**
     * Copies a frame into a new buffer from the pool.
     *
     * @param frame the frame, valid only during this call
     * @return the filled buffer, owned by the caller; 0 after {@link #dispose}
     * @throws CoreVideoException    if a pool or buffer cannot be created or locked (nothing is leaked)
     * @throws IllegalStateException if the buffer's planes do not hold the frame (nothing is leaked)
     */
    long upload(VideoFrame frame) {
        synchronized (lock) {
            if (disposed) {
                return 0;
            }
            VideoLayout layout = frame.layout();
            if (spec == null || !spec.describes(layout)) {
                usePoolFor(PixelBufferSpec.of(layout));
            }
            long buffer = allocator.createBuffer(pool);
            try {
                allocator.write(buffer, spec, frame);
            } catch (RuntimeException | Error e) {
                allocator.releaseBuffer(buffer);
                throw e;
            }
            return buffer;
        }
    }

    private void usePoolFor(PixelBufferSpec wanted) {
        if (spec == null || !spec.sharesPoolWith(wanted)) {
            releasePool();
            pool = allocator.createPool(wanted);
            LiveResources.PIXEL_BUFFER_POOLS.acquired();
        }
        spec = wanted;
    }

    private void releasePool() {
        if (pool != 0) {
            allocator.releasePool(pool);
            LiveResources.PIXEL_BUFFER_POOLS.released();
            pool = 0;
            spec = null;
        }
    }

    /**
     * Returns the spec of the current pool.
     *
     * @return the spec, or {@code null} before the first frame and after {@link #dispose}
     */
    PixelBufferSpec spec() {
        synchronized (lock) {
            return spec;
        }
    }

    /** Releases the pool and closes the allocator; later frames are refused. Idempotent, any thread. */
    void dispose() {
        synchronized (lock) {
            if (!disposed) {
                disposed = true;
                releasePool();
                allocator.close();
            }
        }
    }
}
