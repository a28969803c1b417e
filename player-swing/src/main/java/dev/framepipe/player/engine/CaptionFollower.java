package dev.framepipe.player.engine;

import java.util.Objects;

import dev.framepipe.player.Caption;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.VideoFrame;

/**
 * Keeps the caption in step with the picture: told the time of every frame the frame thread delivers (and of the
 * position on the control thread's ticks, for media without frames), it finds the cue of the chosen subtitle track
 * shown at that time and announces it when it changes.
 *
 * <p>Per frame it compares the time with the current cue's span, and searches the sorted cues only when the time has
 * left it: no allocation on the frame path. Thread-safe: frames and ticks may come from two threads.
 */
final class CaptionFollower implements FrameConsumer {
    private final EngineEvents events;
    private volatile CueList cues = CueList.EMPTY;
    private Caption current;
    private long lastNanos = -1;

    CaptionFollower(EngineEvents events) {
        this.events = events;
    }

    /**
     * Follows another set of cues (another track chosen, an embedded cue arrived, subtitles off).
     *
     * @param list the cues; {@link CueList#EMPTY} for none
     */
    void show(CueList list) {
        cues = list;
        long nanos;
        synchronized (this) {
            nanos = lastNanos;
        }
        follow(nanos, true);
    }

    @Override
    public void onFrame(VideoFrame frame) {
        follow(frame.streamTimeNanos(), false);
    }

    /**
     * Takes the position when no frame tells it (paused without frames, audio-only media).
     *
     * @param nanos media time, or -1 when unknown
     */
    void position(long nanos) {
        follow(nanos, false);
    }

    private void follow(long nanos, boolean cuesChanged) {
        synchronized (this) {
            if (nanos >= 0) {
                lastNanos = nanos;
            }
            // An open-ended cue lasts until the next starts, so only a cue with an end can be trusted without a search.
            if (!cuesChanged && (nanos < 0 || current != null && current.covers(nanos)
                    && current.endNanos() != Long.MAX_VALUE)) {
                return;
            }
            Caption now = lastNanos < 0 ? null : cues.at(lastNanos);
            if (!Objects.equals(current, now)) {
                current = now;
                // Inside the lock, so announcements leave in the order the captions changed.
                events.publishCaption(now);
            }
        }
    }
}
