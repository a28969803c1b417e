package dev.framepipe.player.macos;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.framepipe.player.frame.VideoFrame;

/**
 * Moves frames from the frame thread to the screen: each frame is copied into a pooled buffer
 * ({@link FrameUploader}), published in a {@link LatestFrameMailbox}, and shown by at most one queued main-thread
 * task, which always shows the newest buffer.
 *
 * <p>Ownership: the pending buffer belongs to the mailbox, the displayed one to this presenter; each is released
 * once it is superseded (a newer frame is shown, or a newer frame replaced it before it was shown), so a displayed
 * buffer's IOSurface is never handed back to the pool while it is on screen. After {@link #dispose} frames are
 * ignored, the pool and the pending buffer are released at once, and the displayed buffer on the main thread after
 * the target stopped showing it.
 *
 * <p>Threading: {@link #present} on the frame thread, {@link #dispose} on any thread; the target is called only by
 * tasks run through the main-thread executor, which must run them one at a time in order.
 */
final class PixelBufferPresenter {
    private final PixelBufferAllocator allocator;
    private final FrameUploader uploader;
    private final LatestFrameMailbox mailbox = new LatestFrameMailbox();
    private final Executor mainThread;
    private final ContentsTarget target;
    private final Runnable showLatest = this::showLatest;
    private final AtomicBoolean disposed = new AtomicBoolean();
    private long displayed;

    /**
     * Creates a presenter.
     *
     * @param allocator  where buffers come from; owned (closed) by this presenter from now on
     * @param mainThread runs tasks on the thread that may touch the target, asynchronously and in order
     * @param target     shows buffers, on that thread
     */
    PixelBufferPresenter(PixelBufferAllocator allocator, Executor mainThread, ContentsTarget target) {
        this.allocator = allocator;
        this.uploader = new FrameUploader(allocator);
        this.mainThread = mainThread;
        this.target = target;
    }

    /**
     * Copies a frame into a buffer and has it shown. Frame thread.
     *
     * @param frame the frame, valid only during this call
     * @throws CoreVideoException    if no buffer can be had for it
     * @throws IllegalStateException if a buffer's planes do not hold the frame
     */
    void present(VideoFrame frame) {
        if (disposed.get()) {
            return;
        }
        long buffer = uploader.upload(frame);
        if (buffer == 0) {
            return;
        }
        release(mailbox.put(buffer));
        if (disposed.get()) {
            // dispose() may have drained the mailbox before this put; whoever drains second gets 0.
            release(mailbox.drain());
            return;
        }
        if (mailbox.claimShowTask()) {
            mainThread.execute(showLatest);
        }
    }

    private void showLatest() {
        long buffer = mailbox.take();
        if (buffer == 0) {
            return;
        }
        if (disposed.get()) {
            allocator.releaseBuffer(buffer);
            return;
        }
        target.showContents(buffer);
        release(displayed);
        displayed = buffer;
    }

    /**
     * Returns the uploader's current spec, for diagnostics and tests.
     *
     * @return the spec, or {@code null} before the first frame and after disposal
     */
    PixelBufferSpec spec() {
        return uploader.spec();
    }

    /**
     * Stops presenting and releases every buffer and the pool; the displayed buffer goes on the main thread, after
     * the target was cleared. Idempotent, any thread.
     */
    void dispose() {
        if (!disposed.compareAndSet(false, true)) {
            return;
        }
        uploader.dispose();
        release(mailbox.drain());
        mainThread.execute(this::clearDisplayed);
    }

    private void clearDisplayed() {
        target.showContents(0);
        release(displayed);
        displayed = 0;
    }

    private void release(long buffer) {
        if (buffer != 0) {
            allocator.releaseBuffer(buffer);
        }
    }
}
