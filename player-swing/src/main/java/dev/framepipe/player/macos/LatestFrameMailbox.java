package dev.framepipe.player.macos;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-slot mailbox between the frame thread and the main thread: it holds the newest filled buffer not yet shown
 * and whether a main-thread task to show it is queued, so at most one such task waits at a time however fast frames
 * come.
 *
 * <p>Every operation hands the caller ownership of what it takes out: a buffer put in is taken out exactly once,
 * either as the superseded buffer of a later {@link #put}, by {@link #take}, or by {@link #drain}. Lock-free and
 * thread-safe.
 */
final class LatestFrameMailbox {
    private final AtomicLong pending = new AtomicLong();
    private final AtomicBoolean showQueued = new AtomicBoolean();

    /**
     * Puts the newest buffer in.
     *
     * @param buffer a buffer the caller owned; the mailbox owns it now
     * @return the buffer it supersedes (now owned by the caller, who releases it), or 0
     */
    long put(long buffer) {
        return pending.getAndSet(buffer);
    }

    /**
     * Claims the right to queue the show task.
     *
     * @return {@code true} if no show task was queued and the caller must queue one now
     */
    boolean claimShowTask() {
        return showQueued.compareAndSet(false, true);
    }

    /**
     * Takes the newest buffer out, from the show task. Clears the queued flag first, so a frame put in after this
     * call queues a new task rather than being stranded.
     *
     * @return the buffer, now owned by the caller, or 0 if there is none
     */
    long take() {
        showQueued.set(false);
        return pending.getAndSet(0);
    }

    /**
     * Takes the newest buffer out without touching the queued flag, for disposal.
     *
     * @return the buffer, now owned by the caller, or 0
     */
    long drain() {
        return pending.getAndSet(0);
    }
}
