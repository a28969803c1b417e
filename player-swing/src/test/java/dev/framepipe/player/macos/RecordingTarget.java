package dev.framepipe.player.macos;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ContentsTarget} that records what it was asked to show, and on which thread. */
final class RecordingTarget implements ContentsTarget {
    private final List<Long> shown = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile long current;

    @Override
    public void showContents(long buffer) {
        threads.add(Thread.currentThread());
        shown.add(buffer);
        current = buffer;
    }

    /**
     * Returns what is shown now.
     *
     * @return the buffer, 0 for nothing
     */
    long current() {
        return current;
    }

    /**
     * Returns everything shown, in order.
     *
     * @return buffers, 0 for "nothing"
     */
    List<Long> shown() {
        return shown;
    }

    /**
     * Returns the threads each call came on.
     *
     * @return threads, in call order
     */
    List<Thread> threads() {
        return threads;
    }
}
