package dev.framepipe.player.render;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A piece of work cut into bands that any number of threads claim one at a time: the owner (the thread that
 * {@linkplain #start started} it) and the {@link ConversionPool} workers. Reused for every run, so running it
 * allocates nothing: bands are claimed with one atomic increment, completion is a counter, and the owner waits by
 * spinning briefly and then parking until the worker that finishes the last band unparks it.
 *
 * <p>The claim counter holds the band count of the run in its upper 32 bits and the next band in its lower 32 bits,
 * so a claim tells in one atomic read which run it belongs to: a worker still holding this job from the previous
 * run cannot claim a band of the next one before {@link #start} has published it.
 */
abstract class BandedJob {
    /** Spins before the owner parks: a band lasts a fraction of a millisecond, a park and unpark tens of µs. */
    private static final int SPINS_BEFORE_PARK = 1 << 10;

    private final AtomicLong claims = new AtomicLong();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile Thread owner;
    private volatile boolean ownerParked;
    private volatile Throwable failure;

    /**
     * Runs one band. Called by the owner and by pool workers, concurrently for different bands.
     *
     * @param band    the band, 0 to {@code bands - 1}
     * @param bands   the number of bands of this run
     * @param scratch the calling thread's working rows
     */
    abstract void runBand(int band, int bands, RowScratch scratch);

    /**
     * Opens a run of {@code bands} bands; the fields the bands read must be set before. Called by the owner.
     *
     * @param bands the number of bands, at least 1
     */
    final void start(int bands) {
        owner = Thread.currentThread();
        failure = null;
        finished.set(0);
        claims.set((long) bands << Integer.SIZE);
    }

    /**
     * Tells whether bands are left to claim.
     *
     * @return true if a claim could succeed now
     */
    final boolean hasWork() {
        long state = claims.get();
        return (int) state < (int) (state >>> Integer.SIZE);
    }

    /**
     * Claims and runs bands until none is left. A band that throws is recorded for the owner and still counts as
     * finished, so nobody waits forever.
     *
     * @param scratch the calling thread's working rows
     */
    final void work(RowScratch scratch) {
        while (true) {
            long claim = claims.getAndIncrement();
            int band = (int) claim;
            int bands = (int) (claim >>> Integer.SIZE);
            if (band >= bands) {
                return;
            }
            try {
                runBand(band, bands, scratch);
            } catch (Throwable e) {
                failure = e;
            }
            if (finished.incrementAndGet() == bands && ownerParked) {
                LockSupport.unpark(owner);
            }
        }
    }

    /**
     * Waits until every band has finished. Called by the owner after its own {@link #work}. An interrupt does not
     * end the wait (the bands left are a fraction of a millisecond of work); the interrupt status stays set.
     *
     * @param bands the number of bands of this run
     * @throws IllegalStateException if a band failed (its exception is the cause)
     */
    final void awaitCompletion(int bands) {
        int spins = 0;
        while (finished.get() < bands) {
            if (spins < SPINS_BEFORE_PARK) {
                spins++;
                Thread.onSpinWait();
            } else {
                // Set the flag before the re-check: the finishing worker increments, then reads the flag.
                ownerParked = true;
                if (finished.get() < bands) {
                    LockSupport.park(this);
                }
                ownerParked = false;
            }
        }
        Throwable failed = failure;
        if (failed != null) {
            failure = null;
            throw new IllegalStateException("a conversion band failed", failed);
        }
    }
}
