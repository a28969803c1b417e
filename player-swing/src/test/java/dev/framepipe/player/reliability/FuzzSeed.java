package dev.framepipe.player.reliability;

/**
 * The seed and size of the fuzz tests. Both are fixed by default so every run checks the same cases; set
 * {@code -Dframepipe.fuzz.seed=N} to replay or vary them and {@code -Dframepipe.fuzz.scale=K} to run K times as
 * many cases (the long variant). The seed is printed, so any failure can be replayed.
 */
final class FuzzSeed {
    private static final long DEFAULT_SEED = 20_260_801L;

    private FuzzSeed() {
    }

    /**
     * Returns the seed for one fuzz test, printing it.
     *
     * @param test the test's name, for the printout
     * @return the seed
     */
    static long seed(String test) {
        long seed = Long.getLong("framepipe.fuzz.seed", DEFAULT_SEED);
        System.out.println("[reliability] " + test + " | seed " + seed + " (replay with -Dframepipe.fuzz.seed="
                + seed + ")");
        return seed;
    }

    /**
     * Returns how many cases to run.
     *
     * @param base the number of cases in the default run
     * @return {@code base} times the scale
     */
    static int cases(int base) {
        return base * Integer.getInteger("framepipe.fuzz.scale", 1);
    }
}
