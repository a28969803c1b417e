package dev.framepipe.bench.e2e;

import java.awt.Dimension;
import java.util.stream.LongStream;

/**
 * One wall of {@link WallBench}: {@link WallBench#STREAMS} players of the same camera in a grid, playing from the
 * start. The window opens once every stream has settled; frames shown and dropped are counted from then on, per
 * stream, so the weakest stream's count is known. Subclasses make the grid and count.
 */
abstract class WallPlayer extends BenchPlayer {
    private long[] shownBefore;
    private long droppedBefore;

    @Override
    final Dimension videoSize() {
        return WallBench.WINDOW;
    }

    @Override
    final long settleMillis() {
        return WallBench.SETTLE_MILLIS;
    }

    @Override
    final void play() {
        shownBefore = shownPerStream();
        droppedBefore = droppedInAll();
        endAfterMeasuring();
    }

    @Override
    final long shown() {
        return LongStream.of(shownPerStream()).sum();
    }

    @Override
    final long fewestPerStream() {
        long[] now = shownPerStream();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < now.length; i++) {
            fewest = Math.min(fewest, now[i] - shownBefore[i]);
        }
        return fewest;
    }

    @Override
    final long dropped() {
        return droppedInAll() - droppedBefore;
    }

    /**
     * Returns the frames each stream has shown so far.
     *
     * @return one count per stream, in grid order
     */
    abstract long[] shownPerStream();

    /**
     * Returns the frames all streams say they dropped so far.
     *
     * @return the sum
     */
    abstract long droppedInAll();
}
