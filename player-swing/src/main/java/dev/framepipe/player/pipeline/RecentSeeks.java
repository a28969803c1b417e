package dev.framepipe.player.pipeline;

import java.util.Arrays;

/**
 * The sequence numbers of the last seeks a player sent, so a message carrying one can be told apart from a message
 * carrying a number of its own. Confined to the control thread, where seeks are sent and messages decoded.
 */
final class RecentSeeks {
    /** Far more than can be in flight: a segment's end arrives within a few seeks of the seek that began it. */
    private static final int KEPT = 64;

    private final int[] seqnums = new int[KEPT];
    private int next;

    /**
     * Remembers a seek.
     *
     * @param seqnum its sequence number, never 0
     */
    void add(int seqnum) {
        seqnums[next] = seqnum;
        next = (next + 1) % KEPT;
    }

    /**
     * Tells whether a number is one of the last seeks'.
     *
     * @param seqnum a sequence number
     * @return {@code true} if a recent seek had it
     */
    boolean contains(int seqnum) {
        return seqnum != 0 && Arrays.stream(seqnums).anyMatch(kept -> kept == seqnum);
    }
}
