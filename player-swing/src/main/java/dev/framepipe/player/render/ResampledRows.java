package dev.framepipe.player.render;

/**
 * Two rows resampled across to the destination width, remembered by the source row they came from, so that
 * consecutive destination rows of a band resample each source row once instead of once per destination row.
 *
 * <p>Part of one thread's {@link RowScratch}; {@link #forget()} at the start of every band, since the next band may
 * belong to another frame. The arrays only grow.
 */
final class ResampledRows {
    private int[] first = new int[0];
    private int[] second = new int[0];
    private int firstSource = -1;
    private int secondSource = -1;

    /**
     * Makes sure the rows are large enough.
     *
     * @param width the destination width
     */
    void ensure(int width) {
        if (first.length < width) {
            first = new int[width];
            second = new int[width];
            forget();
        }
    }

    /** Forgets which source rows the arrays hold. */
    void forget() {
        firstSource = -1;
        secondSource = -1;
    }

    /**
     * Returns the row resampled from {@code source}, if held.
     *
     * @param source a source row
     * @return its row, or null
     */
    int[] find(int source) {
        if (firstSource == source) {
            return first;
        }
        return secondSource == source ? second : null;
    }

    /**
     * Returns an array to resample {@code source} into, reusing the one that does not hold {@code keep}.
     *
     * @param source the source row about to be resampled
     * @param keep   a source row still needed, or -1
     * @return the array, now recorded as holding {@code source}
     */
    int[] replace(int source, int keep) {
        if (firstSource != keep) {
            firstSource = source;
            return first;
        }
        secondSource = source;
        return second;
    }
}
