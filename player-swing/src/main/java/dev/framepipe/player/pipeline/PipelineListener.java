package dev.framepipe.player.pipeline;

import java.util.List;

import dev.framepipe.player.Caption;
import dev.framepipe.player.Chapter;
import dev.framepipe.player.frame.VideoLayout;

/**
 * What a {@link PipelinePort} reports to the engine: the pipeline's bus messages, decoded, and the frame thread's
 * reports. Every call arrives on the engine's control thread, one at a time, in the order GStreamer posted them.
 *
 * <p>State changes, ASYNC_DONE, EOS and SEGMENT_DONE carry the sequence number (as returned by {@link
 * PipelinePort#seek}) of the last seek the pipeline had been sent when it posted them, or 0 if none had been: a message
 * whose number is not the engine's newest seek belongs to a segment that seek replaced.
 */
public interface PipelineListener {
    /**
     * The pipeline itself (not one of its elements) changed state.
     *
     * @param now     the state it is in
     * @param pending the state it is still heading for, or {@code null} if none
     * @param seqnum  the sequence number of the last seek sent before it was posted
     */
    void stateChanged(PipelineState now, PipelineState pending, int seqnum);

    /**
     * The pipeline finished an asynchronous state change: it prerolled, after opening, a state change or a flushing
     * seek.
     *
     * @param seqnum the sequence number of the last seek sent before it was posted
     */
    void asyncDone(int seqnum);

    /** A frame step finished. */
    void stepDone();

    /**
     * Every sink received the end of the current segment (the end of the media, or the stop time).
     *
     * @param seqnum the sequence number of the last seek sent before it was posted
     */
    void endOfStream(int seqnum);

    /**
     * A segment seek's segment was pushed completely (loops: the next cycle may start).
     *
     * @param seqnum the sequence number of the last seek sent before it was posted
     */
    void segmentDone(int seqnum);

    /**
     * An element failed.
     *
     * @param error what failed, and where
     */
    void error(PipelineError error);

    /**
     * A network source is buffering.
     *
     * @param percent how full its buffer is, 0 to 100
     */
    void buffering(int percent);

    /** The pipeline's clock became unusable; playing again picks a new one. */
    void clockLost();

    /** The media's duration changed; ask the port again. */
    void durationChanged();

    /**
     * GStreamer asked for a plugin it does not have.
     *
     * @param description what is missing, for instance "H.265 (Main Profile) decoder"
     */
    void missingPlugin(String description);

    /**
     * The media's descriptive tags and cover art, as one tag message gave them.
     *
     * @param tags the tags; a value the message did not carry is {@code null}
     */
    void tags(MediaTags tags);

    /**
     * The media's table of contents arrived or changed: its chapters replace any known before.
     *
     * @param chapters the chapters in order of start time, numbered from 0; unmodifiable
     */
    void chapters(List<Chapter> chapters);

    /**
     * The frames' layout changed (first frame, new size, new colorimetry).
     *
     * @param layout the new layout
     */
    void frameLayout(VideoLayout layout);

    /**
     * A frame was refused because its layout does not fit its buffer; reported once.
     *
     * @param reason what was wrong
     */
    void frameRejected(String reason);

    /**
     * The frame thread died; no frame will be delivered again.
     *
     * @param error  what stopped it
     * @param layout the layout of the last frame, or {@code null}
     */
    void frameThreadFailed(Throwable error, VideoLayout layout);

    /** The media's tracks changed (a stream added or removed one, or a track's tags arrived); ask the port again. */
    void tracksChanged();

    /**
     * A subtitle cue of an embedded subtitle track arrived, usually seconds ahead of its time. Cues of every subtitle
     * track arrive, whichever is chosen.
     *
     * @param track the subtitle track's index
     * @param cue   the cue
     */
    void cue(int track, Caption cue);
}
