package dev.framepipe.player.macos;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

import com.sun.jna.Pointer;

/**
 * Runs tasks on the AppKit main thread, asynchronously and in submission order, through
 * {@code dispatch_async_f} on the main queue. Never waits: a synchronous hop from the EDT to AppKit can deadlock,
 * because AppKit itself waits on the EDT at times.
 *
 * <p>Each {@link #execute} queues the task in Java and one call of a single static trampoline on the main queue;
 * each trampoline call runs the oldest task, inside an autorelease pool, and logs (never propagates) what it throws.
 * The trampoline is a static final field so the JNA callback stays strongly reachable for as long as this class is
 * loaded, whatever the garbage collector or an IDE's plugin class loaders do with the objects that submitted work.
 * macOS only; thread-safe.
 */
final class MainQueueExecutor implements Executor {
    /** The one instance. */
    static final MainQueueExecutor INSTANCE = new MainQueueExecutor();

    private static final System.Logger LOG = System.getLogger(MainQueueExecutor.class.getName());
    private static final Queue<Runnable> TASKS = new ConcurrentLinkedQueue<>();
    private static final LibDispatch.DispatchFunction TRAMPOLINE = new Trampoline();

    private MainQueueExecutor() {
    }

    /**
     * Queues a task for the main thread and returns at once.
     *
     * @param task the task; it must not block on AWT (the EDT may be waiting for the main thread)
     */
    @Override
    public void execute(Runnable task) {
        TASKS.add(task);
        LibDispatch.dispatch_async_f(LibDispatch.MAIN_QUEUE, 0, TRAMPOLINE);
    }

    /** The native callback: runs one queued task. */
    private static final class Trampoline implements LibDispatch.DispatchFunction {
        @Override
        public void invoke(Pointer context) {
            long pool = ObjcRuntime.objc_autoreleasePoolPush();
            try {
                Runnable task = TASKS.poll();
                if (task != null) {
                    task.run();
                }
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "a main-thread video layer task failed", e);
            } finally {
                ObjcRuntime.objc_autoreleasePoolPop(pool);
            }
        }
    }
}
