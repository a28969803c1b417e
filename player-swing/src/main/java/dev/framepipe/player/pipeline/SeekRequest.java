package dev.framepipe.player.pipeline;

/**
 * One seek the engine sends to a pipeline: a time segment, a rate and how to get there. Validated on construction, so
 * that no segment GStreamer would assert on (a start after the stop, a negative start, a zero or non-finite rate) can
 * reach it. Immutable.
 */
public final class SeekRequest {
    private final double rate;
    private final long start;
    private final long stop;
    private final boolean accurate;
    private final boolean flushing;
    private final boolean loopSegment;

    private SeekRequest(double rate, long start, long stop, boolean accurate, boolean flushing, boolean loopSegment) {
        if (rate == 0 || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("seek rate must be finite and non-zero, got " + rate);
        }
        if (start < 0 || stop < -1 || stop >= 0 && start > stop) {
            throw new IllegalArgumentException("seek segment [" + start + ", " + stop + "] ns is not a valid segment");
        }
        this.rate = rate;
        this.start = start;
        this.stop = stop;
        this.accurate = accurate;
        this.flushing = flushing;
        this.loopSegment = loopSegment;
    }

    /**
     * A flushing seek: what was queued is thrown away and the pipeline prerolls at the new position.
     *
     * @param rate        the rate after the seek; negative plays backwards from {@code stop}
     * @param start       the segment's start in nanoseconds, at least 0
     * @param stop        the segment's stop in nanoseconds (at least {@code start}), or -1 for the end of the media
     * @param accurate    {@code true} to land exactly on the position, {@code false} on the nearest key frame
     * @param loopSegment {@code true} to end the segment with SEGMENT_DONE (a loop follows) instead of EOS
     * @return the request
     * @throws IllegalArgumentException if the segment or rate is invalid
     */
    public static SeekRequest flushing(double rate, long start, long stop, boolean accurate, boolean loopSegment) {
        return new SeekRequest(rate, start, stop, accurate, true, loopSegment);
    }

    /**
     * A non-flushing accurate seek that queues behind the data already sent: the next loop cycle, with no gap.
     *
     * @param rate        the rate
     * @param start       the segment's start in nanoseconds
     * @param stop        the segment's stop in nanoseconds, or -1
     * @param loopSegment whether yet another cycle follows
     * @return the request
     * @throws IllegalArgumentException if the segment or rate is invalid
     */
    public static SeekRequest nextCycle(double rate, long start, long stop, boolean loopSegment) {
        return new SeekRequest(rate, start, stop, true, false, loopSegment);
    }

    /**
     * Returns the rate.
     *
     * @return the rate after the seek
     */
    public double rate() {
        return rate;
    }

    /**
     * Returns the segment's start.
     *
     * @return nanoseconds
     */
    public long start() {
        return start;
    }

    /**
     * Returns the segment's stop.
     *
     * @return nanoseconds, or -1 for the end of the media
     */
    public long stop() {
        return stop;
    }

    /**
     * Returns where playback resumes: the start going forwards, the stop going backwards.
     *
     * @return nanoseconds, or -1 for the end of the media (backwards without a stop)
     */
    public long position() {
        return rate > 0 ? start : stop;
    }

    /**
     * Tells whether the seek lands exactly rather than on a key frame.
     *
     * @return {@code true} for an accurate seek
     */
    public boolean isAccurate() {
        return accurate;
    }

    /**
     * Tells whether the seek flushes the pipeline.
     *
     * @return {@code true} for a flushing seek
     */
    public boolean isFlushing() {
        return flushing;
    }

    /**
     * Tells whether the segment ends in SEGMENT_DONE rather than EOS.
     *
     * @return {@code true} for a loop segment
     */
    public boolean isLoopSegment() {
        return loopSegment;
    }

    @Override
    public String toString() {
        return (flushing ? "flushing" : "queued") + (accurate ? " accurate" : " key-frame") + " seek [" + start + ", "
                + stop + "] ns at rate " + rate + (loopSegment ? ", loop segment" : "");
    }
}
