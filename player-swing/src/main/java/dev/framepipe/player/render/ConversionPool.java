package dev.framepipe.player.render;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The worker threads that convert frames in parallel with the threads that asked for them. One {@link #shared()}
 * pool serves every converter in the JVM, so eight players mean eight callers sharing one set of workers, not eight
 * pools.
 *
 * <p>A conversion is cut into bands of rows. The calling thread works on its own frame's bands too and then waits
 * for the bands the workers took; with a parallelism of N the pool has N − 1 workers, so N threads convert one frame.
 * Frames of different callers run side by side: each caller publishes its own job in a free slot of a fixed array
 * and idle workers take bands from whichever job has some left. When every slot is taken, the caller converts its
 * frame alone.
 *
 * <p>Nothing is allocated per frame, on the caller or on the workers: jobs are reused, bands are claimed with an
 * atomic counter, and waiting threads spin briefly, then {@link LockSupport#park park} (no executor, queue, lock or
 * condition, whose waits allocate). Workers are daemon threads named {@code framepipe-convert-N}. A worker idle for
 * {@value #IDLE_EXIT_SECONDS} s ends, and the next frame that needs it starts a new one: a JVM that stops showing
 * video (an IDE whose plugin closed its player, then unloads the plugin) keeps no thread, and so no class loader,
 * alive.
 *
 * <p>Thread-safe.
 */
public final class ConversionPool implements AutoCloseable {
    /** Callers that can share the workers at the same moment; more than this convert alone. */
    private static final int SLOTS = 32;
    /** Bands per thread: more bands than threads keep all threads busy when one is slowed by another caller. */
    private static final int BANDS_PER_THREAD = 4;
    /** Scans of the slots before an idle worker parks: some tens of µs, far less than the gap between frames. */
    private static final int IDLE_SPINS = 1 << 11;
    /** How long a parked worker waits for work before its thread ends. */
    private static final long IDLE_EXIT_SECONDS = 30;
    private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();

    private final int parallelism;
    private final boolean closeable;
    private final long idleExitNanos;
    private final AtomicReferenceArray<BandedJob> slots = new AtomicReferenceArray<>(SLOTS);
    private final AtomicReferenceArray<Worker> workers;
    private volatile boolean closed;

    private ConversionPool(int parallelism, boolean closeable, long idleExitNanos) {
        this.parallelism = parallelism;
        this.closeable = closeable;
        this.idleExitNanos = idleExitNanos;
        workers = new AtomicReferenceArray<>(parallelism - 1);
        for (int i = 0; i < workers.length(); i++) {
            startWorker(i);
        }
    }

    private void startWorker(int index) {
        Worker worker = new Worker(this);
        workers.set(index, worker);
        worker.thread.start();
    }

    /**
     * Returns the pool every converter uses by default, created on first use with a parallelism of the machine's
     * available processors (at least 1). It lives as long as the JVM; its workers are daemons, park when idle and
     * end after {@value #IDLE_EXIT_SECONDS} s without work.
     *
     * @return the shared pool
     */
    public static ConversionPool shared() {
        return Shared.POOL;
    }

    /**
     * Creates a separate pool, for tests and benchmarks that need a given number of threads. Close it when done.
     *
     * @param parallelism the number of threads converting one frame, counting the caller: 1 means the caller alone
     *                    and no worker thread
     * @return the pool
     * @throws IllegalArgumentException if {@code parallelism} is less than 1
     */
    public static ConversionPool create(int parallelism) {
        return create(parallelism, TimeUnit.SECONDS.toNanos(IDLE_EXIT_SECONDS));
    }

    /**
     * Creates a separate pool whose idle workers end sooner, for tests of that.
     *
     * @param parallelism   as for {@link #create(int)}
     * @param idleExitNanos how long a parked worker waits for work before its thread ends
     * @return the pool
     */
    static ConversionPool create(int parallelism, long idleExitNanos) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        return new ConversionPool(parallelism, true, idleExitNanos);
    }

    /**
     * Returns how many threads convert one frame, counting the caller.
     *
     * @return the parallelism, at least 1
     */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Stops the workers of a pool made by {@link #create}. Conversions still complete afterwards, on the calling
     * thread alone. Idempotent.
     *
     * @throws UnsupportedOperationException on the {@link #shared()} pool, which lives as long as the JVM
     */
    @Override
    public void close() {
        if (!closeable) {
            throw new UnsupportedOperationException("the shared conversion pool lives as long as the JVM");
        }
        closed = true;
        for (int i = 0; i < workers.length(); i++) {
            LockSupport.unpark(workers.get(i).thread);
        }
    }

    /**
     * Returns the number of bands to cut a frame of {@code rows} destination rows into.
     *
     * @param rows destination rows, at least 1
     * @return bands, from 1 to {@code rows}
     */
    int bandsFor(int rows) {
        return parallelism == 1 ? 1 : Math.min(rows, parallelism * BANDS_PER_THREAD);
    }

    /**
     * Runs a job to completion: publishes it to the workers, works on it with the calling thread, and waits for the
     * bands the workers claimed.
     *
     * @param job     the job, with its frame set; owned by the calling thread
     * @param bands   the number of bands
     * @param scratch the calling thread's working rows
     * @throws IllegalStateException if a band failed
     */
    void execute(BandedJob job, int bands, RowScratch scratch) {
        job.start(bands);
        int slot = bands > 1 && workers.length() > 0 ? publish(job) : -1;
        try {
            if (slot >= 0) {
                wakeWorkers(bands - 1);
            }
            job.work(scratch);
            job.awaitCompletion(bands);
        } finally {
            if (slot >= 0) {
                slots.set(slot, null);
            }
        }
    }

    private int publish(BandedJob job) {
        for (int i = 0; i < SLOTS; i++) {
            if (slots.get(i) == null && slots.compareAndSet(i, null, job)) {
                return i;
            }
        }
        return -1;
    }

    private void wakeWorkers(int wanted) {
        int woken = 0;
        for (int i = 0; i < workers.length() && woken < wanted; i++) {
            Worker worker = workers.get(i);
            if (worker.retired) {
                restart(i, worker);
                woken++;
            } else if (worker.sleeping) {
                LockSupport.unpark(worker.thread);
                woken++;
            }
        }
    }

    /** Replaces a worker that ended while idle; the first caller to get here does it, the others see the new one. */
    private synchronized void restart(int index, Worker retired) {
        if (!closed && workers.get(index) == retired) {
            startWorker(index);
        }
    }

    private BandedJob findWork() {
        for (int i = 0; i < SLOTS; i++) {
            BandedJob job = slots.get(i);
            if (job != null && job.hasWork()) {
                return job;
            }
        }
        return null;
    }

    /**
     * Returns the ids of the worker threads, for tests that measure what the workers allocate.
     *
     * @return one id per worker, empty for a parallelism of 1
     */
    long[] workerThreadIds() {
        long[] ids = new long[workers.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = workers.get(i).thread.getId();
        }
        return ids;
    }

    private static final class Worker implements Runnable {
        private final ConversionPool pool;
        private final Thread thread;
        private final RowScratch scratch = new RowScratch();
        private volatile boolean sleeping;
        private volatile boolean retired;

        Worker(ConversionPool pool) {
            this.pool = pool;
            thread = new Thread(this, "framepipe-convert-" + THREAD_NUMBERS.incrementAndGet());
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            int idle = 0;
            while (!pool.closed) {
                BandedJob job = pool.findWork();
                if (job != null) {
                    job.work(scratch);
                    idle = 0;
                } else if (idle < IDLE_SPINS) {
                    idle++;
                    Thread.onSpinWait();
                } else if (!sleep()) {
                    // Idle for long: end the thread. Bands nobody claims are converted by their caller, so a frame
                    // published meanwhile still completes; the next one restarts this worker.
                    retired = true;
                    return;
                } else {
                    idle = 0;
                }
            }
        }

        /** Parks until woken or the idle limit passes; returns {@code false} if the limit passed with no work. */
        private boolean sleep() {
            // Set the flag before the re-check: a caller publishes its job, then reads the flag.
            sleeping = true;
            long start = System.nanoTime();
            if (pool.findWork() == null && !pool.closed) {
                LockSupport.parkNanos(pool, pool.idleExitNanos);
            }
            sleeping = false;
            return System.nanoTime() - start < pool.idleExitNanos || pool.findWork() != null;
        }
    }

    private static final class Shared {
        static final ConversionPool POOL = new ConversionPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                false, TimeUnit.SECONDS.toNanos(IDLE_EXIT_SECONDS));
    }
}
