package dev.framepipe.player.engine;

import dev.framepipe.player.SeekMode;
import dev.framepipe.player.gst.GstControl;
import dev.framepipe.player.pipeline.FramePump;
import dev.framepipe.player.pipeline.PlaybackPipeline;

/**
 * Issues every seek a player makes, so rate, start and stop time, and loop segments are combined the same way each
 * time. Loops use segment seeks: the pipeline posts SEGMENT_DONE at the end instead of EOS, and a non-flushing seek
 * back to the start continues without a visible gap. Confined to the control thread.
 */
final class Seeker {
    private final PlaybackPipeline pipeline;
    private final PlayerSettings settings;
    private final FramePump pump;
    private double appliedRate = 1.0;
    private boolean cycleRestartDeferred;

    Seeker(PlaybackPipeline pipeline, PlayerSettings settings, FramePump pump) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.pump = pump;
    }

    /**
     * A flushing seek with the current rate, start and stop time.
     *
     * @param position    target in nanoseconds, already clamped by the caller
     * @param mode        fast (key frame) or accurate
     * @param loopSegment whether to end in SEGMENT_DONE (more loop cycles follow) rather than EOS
     * @return whether the pipeline accepted the seek
     */
    boolean seek(long position, SeekMode mode, boolean loopSegment) {
        int flags = GstControl.SEEK_FLUSH
                | (mode == SeekMode.ACCURATE ? GstControl.SEEK_ACCURATE
                : GstControl.SEEK_KEY_UNIT | GstControl.SEEK_SNAP_NEAREST)
                | (loopSegment ? GstControl.SEEK_SEGMENT : 0);
        return issue(settings.rate(), flags, position);
    }

    /**
     * The non-flushing seek that starts the next loop cycle right after SEGMENT_DONE.
     *
     * @param loopSegment whether yet another cycle follows this one
     * @param end         the end of the media in nanoseconds (where reverse loops restart), or -1
     * @return whether the pipeline accepted it
     */
    boolean restartCycle(boolean loopSegment, long end) {
        long position = appliedRate > 0 ? settings.startNanos()
                : settings.stopNanos() >= 0 ? settings.stopNanos() : end;
        return issue(appliedRate, GstControl.SEEK_ACCURATE | (loopSegment ? GstControl.SEEK_SEGMENT : 0), position);
    }

    /**
     * Remembers that the current loop segment ended while the next cycle could not be started (the pipeline was
     * not playing). A flushing seek starts a new segment and so forgets it.
     */
    void deferCycleRestart() {
        cycleRestartDeferred = true;
    }

    /**
     * Tells whether a cycle restart was deferred, and forgets it.
     *
     * @return {@code true} once after {@link #deferCycleRestart} unless a flushing seek came in between
     */
    boolean takeDeferredCycleRestart() {
        boolean deferred = cycleRestartDeferred;
        cycleRestartDeferred = false;
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

    private boolean issue(double rate, int flags, long position) {
        // -1 when there is no stop time: the end of the media. Keeping the previous stop instead meant a cleared stop
        // time went on ending playback there, and refused every seek past it.
        long stop = Math.max(-1, settings.stopNanos());
        pump.seeking(rate > 0);
        cycleRestartDeferred = false;
        boolean accepted = rate > 0
                ? GstControl.seek(pipeline.pipeline(), rate, flags, position, stop)
                : GstControl.seek(pipeline.pipeline(), rate, flags, settings.startNanos(), position);
        if (accepted) {
            appliedRate = rate;
        }
        return accepted;
    }
}
