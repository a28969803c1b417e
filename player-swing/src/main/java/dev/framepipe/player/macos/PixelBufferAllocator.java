package dev.framepipe.player.macos;

import dev.framepipe.player.frame.VideoFrame;

/**
 * Where pixel buffers come from: pools, buffers taken from them, and the copy of a frame into a buffer. Handles
 * are opaque non-zero {@code long}s ({@code CVPixelBufferPoolRef}/{@code CVPixelBufferRef} addresses on macOS,
 * counters in tests), so the frame path allocates no wrapper objects.
 *
 * <p>{@link FrameUploader} is the only caller of the pool methods and of {@link #write}, on the frame thread;
 * {@link #releaseBuffer} may be called from any thread. Every handle returned is owned by the caller, who releases
 * it exactly once.
 */
interface PixelBufferAllocator {
    /**
     * Creates a pool for buffers of a spec.
     *
     * @param spec size and pixel format
     * @return the pool, owned by the caller
     * @throws CoreVideoException if the pool cannot be created
     */
    long createPool(PixelBufferSpec spec);

    /**
     * Takes a buffer from a pool.
     *
     * @param pool a pool from {@link #createPool}
     * @return the buffer, owned by the caller
     * @throws CoreVideoException if no buffer can be made
     */
    long createBuffer(long pool);

    /**
     * Copies a frame into a buffer and sets the buffer's colour attachments.
     *
     * @param buffer a buffer from {@link #createBuffer} of a pool made for {@code spec}
     * @param spec   the spec the frame matches
     * @param frame  the frame, valid only during this call
     * @throws CoreVideoException    if the buffer cannot be locked
     * @throws IllegalStateException if the buffer's planes do not hold the frame
     */
    void write(long buffer, PixelBufferSpec spec, VideoFrame frame);

    /**
     * Releases a buffer. Thread-safe.
     *
     * @param buffer a buffer from {@link #createBuffer}, released exactly once
     */
    void releaseBuffer(long buffer);

    /**
     * Releases a pool. Buffers taken from it stay valid until they are released themselves.
     *
     * @param pool a pool from {@link #createPool}, released exactly once
     */
    void releasePool(long pool);

    /** Frees what the allocator holds for copying (staging memory). Buffers may still be released afterwards. */
    void close();
}
