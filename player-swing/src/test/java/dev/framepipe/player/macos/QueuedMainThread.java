package dev.framepipe.player.macos;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the AppKit main queue: tasks wait in FIFO order until a test runs them ({@link #runPending()}) or a
 * background thread does ({@link #startThread()}). Tracks how many tasks were waiting at most.
 */
final class QueuedMainThread implements Executor {
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final AtomicInteger maxWaiting = new AtomicInteger();
    private volatile Thread thread;

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        maxWaiting.accumulateAndGet(tasks.size(), Math::max);
    }

    /**
     * Runs every waiting task on the calling thread, including tasks queued meanwhile.
     *
     * @return how many ran
     */
    int runPending() {
        int ran = 0;
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
            ran++;
        }
        return ran;
    }

    /**
     * Returns how many tasks are waiting.
     *
     * @return the count
     */
    int waiting() {
        return tasks.size();
    }

    /**
     * Returns the most tasks that were ever waiting at once.
     *
     * @return the count
     */
    int maxWaiting() {
        return maxWaiting.get();
    }

    /** Starts a daemon thread that runs tasks as they come, until {@link #stopThread()}. */
    void startThread() {
        thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    tasks.take().run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "main-thread stand-in");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits until every task queued before this call has run, then stops the thread.
     *
     * @throws InterruptedException if interrupted
     */
    void stopThread() throws InterruptedException {
        CountDownLatch drained = new CountDownLatch(1);
        execute(drained::countDown);
        if (!drained.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the main-thread stand-in did not drain its queue");
        }
        thread.interrupt();
        thread.join(10_000);
    }
}
