package dev.framepipe.player.engine;

import dev.framepipe.player.SeekMode;
import dev.framepipe.player.pipeline.PipelinePort;
import dev.framepipe.player.pipeline.SeekRequest;

/**
 * Issues every seek a player makes and keeps track of the segments they start, so that rate, start and stop time
 * and loop segments are combined the same way each time, and a message is matched to the segment it belongs to.
 * Confined to the control thread.
 *
 * <p>Every seek gets a sequence number from GStreamer; the messages that follow from it carry the same number.
 * The seeker remembers the number of the segment playing now (a SEGMENT_DONE or EOS of any other is stale: a later
 * flushing seek replaced that segment) and of the flushing seek whose preroll has not been reported yet (while one
 * is in flight, frame steps wait).
 *
 * <p>Loops use segment seeks: the pipeline posts SEGMENT_DONE at the end instead of EOS, and a non-flushing seek
 * back to the start continues without a visible gap.
 */
final class Seeker {
    /** GStreamer's {@code GST_SEQNUM_INVALID}: no seek. */
    static final int NONE = 0;
    private static final long NO_SEGMENT = -1;

    private final PipelinePort port;
    private double appliedRate = 1.0;
    private int segment = NONE;
    private int awaited = NONE;
    private long endedSegment = NO_SEGMENT;

    Seeker(PipelinePort port) {
        this.port = port;
    }

    /**
     * Sends a flushing seek into the range, with the range's stop and the given rate.
     *
     * @param position      the target in nanoseconds; clamped into the range
     * @param mode          fast (nearest key frame) or accurate
     * @param rate          the rate to play at afterwards
     * @param range         the start, stop and cycles
     * @param loopSegment   whether the segment ends in SEGMENT_DONE (more cycles follow) rather than EOS
     * @param durationNanos the media's duration, or -1
     * @return the seek's sequence number, or {@link #NONE} if the pipeline refused it
     */
    int seek(long position, SeekMode mode, double rate, PlayRange range, boolean loopSegment, long durationNanos) {
        long target = range.clamp(position, durationNanos);
        // Backwards, playback starts at the segment's stop, which a segment excludes: one nanosecond past the target
        // keeps the frame at the target (a stop at the target would show the frame before it).
        SeekRequest request = rate > 0
                ? SeekRequest.flushing(rate, target, range.stopNanos(), mode == SeekMode.ACCURATE, loopSegment)
                : SeekRequest.flushing(rate, Math.min(range.startNanos(), target), target + 1,
                mode == SeekMode.ACCURATE, loopSegment);
        int seqnum = port.seek(request);
        if (seqnum != NONE) {
            appliedRate = rate;
            segment = seqnum;
            awaited = seqnum;
            endedSegment = NO_SEGMENT;
        }
        return seqnum;
    }

    /**
     * The non-flushing seek that starts the next loop cycle right after SEGMENT_DONE, at the rate playing now.
     *
     * @param range         the start, stop and cycles
     * @param loopSegment   whether yet another cycle follows this one
     * @param durationNanos the media's duration (where reverse loops restart), or -1
     * @return whether the pipeline accepted it
     */
    boolean restartCycle(PlayRange range, boolean loopSegment, long durationNanos) {
        long end = range.endNanos(durationNanos);
        SeekRequest request = SeekRequest.nextCycle(appliedRate, range.startNanos(),
                appliedRate > 0 || end < 0 ? range.stopNanos() : Math.max(range.startNanos(), end), loopSegment);
        int seqnum = port.seek(request);
        if (seqnum != NONE) {
            segment = seqnum;
            endedSegment = NO_SEGMENT;
        }
        return seqnum != NONE;
    }

    /**
     * Tells whether a SEGMENT_DONE or EOS belongs to the segment playing now.
     *
     * @param seqnum the message's sequence number
     * @return {@code false} for a message of a segment a later seek replaced
     */
    boolean isCurrent(int seqnum) {
        // Before the first seek, the segment is the one the pipeline opened with; its number is not ours to know.
        return segment == NONE || seqnum == segment;
    }

    /**
     * Takes an ASYNC_DONE: if it is the preroll of the seek in flight, that seek has landed.
     *
     * @param seqnum the message's sequence number
     * @return {@code true} if the seek in flight landed with this message
     */
    boolean landed(int seqnum) {
        if (awaited == NONE || seqnum != awaited) {
            return false;
        }
        awaited = NONE;
        return true;
    }

    /**
     * Tells whether a flushing seek is in flight: sent, its preroll not yet reported.
     *
     * @return {@code true} while one is
     */
    boolean inFlight() {
        return awaited != NONE;
    }

    /**
     * Returns the sequence number of the seek in flight.
     *
     * @return the number, or {@link #NONE}
     */
    int inFlightSeqnum() {
        return awaited;
    }

    /**
     * Forgets the seek in flight: the pipeline was taken below PAUSED, so its preroll will never be reported.
     */
    void pipelineReset() {
        awaited = NONE;
    }

    /**
     * Remembers that the current loop segment ended while the next cycle could not be started (the pipeline was
     * not playing). A seek starts a new segment and so forgets it.
     */
    void deferCycleRestart() {
        endedSegment = segment;
    }

    /**
     * Tells whether a cycle restart was deferred for the segment playing now, and forgets it.
     *
     * @return {@code true} once after {@link #deferCycleRestart} unless a seek came in between
     */
    boolean takeDeferredCycleRestart() {
        boolean deferred = endedSegment == segment;
        endedSegment = NO_SEGMENT;
        return deferred;
    }

    /**
     * Returns the rate the pipeline plays at.
     *
     * @return the rate of the last accepted seek
     */
    double appliedRate() {
        return appliedRate;
    }
}
