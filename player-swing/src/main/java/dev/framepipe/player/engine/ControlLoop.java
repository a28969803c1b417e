package dev.framepipe.player.engine;

import java.lang.System.Logger.Level;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import dev.framepipe.player.diagnostics.LiveResources;

/**
 * A player's control thread: runs queued tasks (the wake-up for waiting commands, bus messages from GStreamer's
 * threads, renderer requests) one at a time, in order, and a periodic tick for position updates. User commands do not
 * queue here one by one: they wait, coalesced, in the {@link CommandMailbox}, which queues one task to wake the
 * loop, so the queue does not grow with the number of calls. Everything that touches the pipeline's state runs
 * here, so the playback state needs no locks.
 *
 * <p>Owns its thread. {@link #shutdown} runs a last task and ends the thread; tasks submitted afterwards are refused.
 */
final class ControlLoop implements Executor {
    private static final System.Logger LOG = System.getLogger(ControlLoop.class.getName());

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Runnable tick;
    private final long tickNanos;
    private final Thread thread;
    private final Object queueLock = new Object();
    private volatile boolean accepting = true;
    private boolean running = true;

    /**
     * Creates and starts the loop.
     *
     * @param name        the thread name
     * @param tick        run every {@code tickMillis} on the loop thread
     * @param tickMillis  the tick period
     */
    ControlLoop(String name, Runnable tick, long tickMillis) {
        this.tick = tick;
        this.tickNanos = TimeUnit.MILLISECONDS.toNanos(tickMillis);
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        LiveResources.PLAYER_THREADS.acquired();
        thread.start();
    }

    /**
     * Queues a task.
     *
     * @param task the task
     * @throws RejectedExecutionException if the loop is shut down and the task will not run
     */
    @Override
    public void execute(Runnable task) {
        if (!submit(task)) {
            throw new RejectedExecutionException("the control thread " + thread.getName() + " has stopped");
        }
    }

    /**
     * Queues a task.
     *
     * @param task the task
     * @return {@code false} if the loop is shut down and the task will not run
     */
    boolean submit(Runnable task) {
        synchronized (queueLock) {
            if (!accepting) {
                return false;
            }
            tasks.add(task);
            return true;
        }
    }

    /**
     * Runs a task on the loop and waits for it, for a bounded time; on the loop thread itself it runs at once.
     *
     * @param task          the task
     * @param timeoutMillis the longest wait
     * @return {@code true} if the task ran within the time, {@code false} if it did not (or the loop is shut down)
     */
    boolean runAndWait(Runnable task, long timeoutMillis) {
        if (isLoopThread()) {
            runSafely(task);
            return true;
        }
        CountDownLatch done = new CountDownLatch(1);
        if (!submit(() -> {
            try {
                task.run();
            } finally {
                done.countDown();
            }
        })) {
            return false;
        }
        try {
            return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Tells whether the caller is the loop thread.
     *
     * @return {@code true} on the loop thread
     */
    boolean isLoopThread() {
        return Thread.currentThread() == thread;
    }

    /**
     * Runs {@code lastTask} after every task queued so far, then ends the thread; waits for the end unless called
     * on the loop thread itself.
     *
     * @param lastTask      the final task
     * @param timeoutMillis how long to wait for the thread
     * @return {@code true} if the thread ended (or will end right after the caller, on the loop thread, returns)
     */
    boolean shutdown(Runnable lastTask, long timeoutMillis) {
        synchronized (queueLock) {
            accepting = false;
        }
        tasks.add(() -> {
            try {
                lastTask.run();
            } finally {
                running = false;
            }
        });
        if (isLoopThread()) {
            return true;
        }
        try {
            thread.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private void run() {
        long nextTick = System.nanoTime() + tickNanos;
        try {
            while (running) {
                Runnable task = tasks.poll(Math.max(0, nextTick - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (task != null) {
                    runSafely(task);
                }
                if (running && System.nanoTime() >= nextTick) {
                    runSafely(tick);
                    nextTick = System.nanoTime() + tickNanos;
                }
            }
        } catch (InterruptedException e) {
            LOG.log(Level.WARNING, "control thread " + thread.getName() + " interrupted; it stops");
        } finally {
            accepting = false;
            LiveResources.PLAYER_THREADS.released();
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // A dead control thread would leave the player deaf to every command, so anything short of the VM
            // failing is logged and the loop goes on.
            LOG.log(Level.ERROR, "a task on " + thread.getName() + " failed", e);
        }
    }
}
