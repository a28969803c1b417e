package dev.framepipe.player.diagnostics;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts of the native and graphics resources the library holds right now, across the JVM, so soak and leak tests
 * (and the demo's statistics overlay) can see that each one is released by its owner.
 *
 * <p>Each owner increments a counter when it acquires its resource and decrements it exactly once when it releases
 * it. The counters are diagnostics only: nothing decides anything on them.
 */
public enum LiveResources {
    /** Players not yet disposed. */
    PLAYERS,
    /** GStreamer pipelines owned by players and not yet set to NULL and released. */
    PIPELINES,
    /** Player threads (control and frame threads) running. */
    PLAYER_THREADS,
    /** Frame readers holding native GStreamer structures (one per player). */
    FRAME_READERS,
    /** Frame buffers (int[] images and their NV12 staging arrays) held by renderers. */
    FRAME_BUFFERS,
    /** {@code VolatileImage}s held by video components. */
    VOLATILE_IMAGES,
    /** Native pixel-buffer pools held by native renderers. */
    PIXEL_BUFFER_POOLS,
    /** Thumbnail decoders (each a hidden player with its pipeline) open for players' thumbnails. */
    THUMBNAIL_DECODERS;

    private final AtomicInteger count = new AtomicInteger();

    /** Records that one more resource of this kind is held. */
    public void acquired() {
        count.incrementAndGet();
    }

    /** Records that one resource of this kind was released. */
    public void released() {
        count.decrementAndGet();
    }

    /**
     * Returns how many resources of this kind are held now.
     *
     * @return the count
     */
    public int count() {
        return count.get();
    }
}
