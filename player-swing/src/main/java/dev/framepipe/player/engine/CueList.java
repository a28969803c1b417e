package dev.framepipe.player.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;

import dev.framepipe.player.Caption;

/**
 * The cues of one subtitle track, sorted by start, immutable: looked up by time without allocating, from any thread.
 * A subtitle file's cues are all known at once; an embedded track's arrive one by one ({@link #plus}).
 */
final class CueList {
    static final CueList EMPTY = new CueList(new Caption[0]);
    /** How far back a lookup searches for a longer cue that an overlapping shorter one hides. */
    private static final int OVERLAP_SCAN = 16;

    private final Caption[] cues;

    private CueList(Caption[] sorted) {
        this.cues = sorted;
    }

    /**
     * Makes a list of cues in any order.
     *
     * @param cues the cues
     * @return the sorted list
     */
    static CueList of(Collection<Caption> cues) {
        Caption[] sorted = cues.toArray(new Caption[0]);
        Arrays.sort(sorted, Comparator.comparingLong(Caption::startNanos));
        return new CueList(sorted);
    }

    /**
     * Returns a list with one more cue; a cue with the same start and text as one already there (GStreamer hands the
     * same cue over again after a seek, or as preroll and then as sample) replaces it. When the list would exceed
     * {@code limit}, the cue furthest from the new one in time is dropped.
     *
     * @param cue   the new cue
     * @param limit the most cues kept, at least 1
     * @return the new list (this one if the cue was already there)
     */
    CueList plus(Caption cue, int limit) {
        int at = insertionPoint(cue.startNanos());
        for (int i = at; i < cues.length && cues[i].startNanos() == cue.startNanos(); i++) {
            if (cues[i].getMarkup().equals(cue.getMarkup())) {
                if (cues[i].equals(cue)) {
                    return this;
                }
                Caption[] replaced = cues.clone();
                replaced[i] = cue;
                return new CueList(replaced);
            }
        }
        Caption[] grown = new Caption[cues.length + 1];
        System.arraycopy(cues, 0, grown, 0, at);
        grown[at] = cue;
        System.arraycopy(cues, at, grown, at + 1, cues.length - at);
        if (grown.length <= limit) {
            return new CueList(grown);
        }
        boolean dropFirst = cue.startNanos() - grown[0].startNanos()
                >= grown[grown.length - 1].startNanos() - cue.startNanos();
        return new CueList(dropFirst ? Arrays.copyOfRange(grown, 1, grown.length)
                : Arrays.copyOf(grown, grown.length - 1));
    }

    /**
     * Returns the cue shown at a time: the latest-starting cue that covers it. A cue without an end lasts until the
     * next cue starts.
     *
     * @param nanos media time
     * @return the cue, or {@code null} if none covers the time
     */
    Caption at(long nanos) {
        int last = insertionPoint(nanos + 1) - 1;
        for (int i = last; i >= 0 && i > last - OVERLAP_SCAN; i--) {
            Caption cue = cues[i];
            long end = cue.endNanos() == Long.MAX_VALUE && i + 1 < cues.length ? cues[i + 1].startNanos()
                    : cue.endNanos();
            if (nanos < end) {
                return cue;
            }
        }
        return null;
    }

    /**
     * Returns the number of cues.
     *
     * @return the size
     */
    int size() {
        return cues.length;
    }

    /** The index of the first cue starting at or after {@code nanos}. */
    private int insertionPoint(long nanos) {
        int low = 0;
        int high = cues.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cues[middle].startNanos() < nanos) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
