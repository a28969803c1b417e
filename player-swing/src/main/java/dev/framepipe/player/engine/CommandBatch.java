package dev.framepipe.player.engine;

import java.util.EnumSet;
import java.util.Set;

import dev.framepipe.player.SeekMode;
import dev.framepipe.player.TrackType;

/**
 * The user commands a {@link CommandMailbox} coalesced, taken together by the control thread, which applies them in
 * the order of {@link Kind}. Immutable.
 */
final class CommandBatch {
    /** The kinds of command, in the order they are applied. */
    enum Kind {
        /** {@code stop()}. */
        STOP,
        /** {@code seek()}. */
        SEEK,
        /** The start time, stop time or cycle count changed. */
        RANGE,
        /** The rate changed. */
        RATE,
        /** Frame steps. */
        STEPS,
        /** {@code play()}. */
        PLAY,
        /** {@code pause()}. */
        PAUSE,
        /** The volume or mute setting changed. */
        VOLUME,
        /** An audio or subtitle track was chosen (or turned off). */
        TRACKS,
        /** Another audio output was chosen. */
        OUTPUT
    }

    /** The value of {@link #trackChoice} when the batch holds no choice for that type. */
    static final int NO_CHOICE = Integer.MIN_VALUE;
    /** The value of {@link #trackChoice} for "turn this type off". */
    static final int OFF = -1;

    /** The commands {@code stop()} makes pointless. */
    static final Set<Kind> TRANSPORT = EnumSet.of(Kind.SEEK, Kind.STEPS, Kind.PLAY, Kind.PAUSE);

    private final Set<Kind> kinds;
    private final long seekNanos;
    private final SeekMode seekMode;
    private final int steps;
    private final int lowestSteps;
    private final int audioTrack;
    private final int subtitleTrack;

    CommandBatch(Set<Kind> kinds, long seekNanos, SeekMode seekMode, int steps, int lowestSteps, int audioTrack,
            int subtitleTrack) {
        this.kinds = kinds;
        this.seekNanos = seekNanos;
        this.seekMode = seekMode;
        this.steps = steps;
        this.lowestSteps = lowestSteps;
        this.audioTrack = audioTrack;
        this.subtitleTrack = subtitleTrack;
    }

    /**
     * Tells whether the batch holds a kind of command.
     *
     * @param kind the kind
     * @return {@code true} if it does
     */
    boolean has(Kind kind) {
        return kinds.contains(kind);
    }

    /**
     * Returns the seek's target.
     *
     * @return nanoseconds, not clamped; meaningful if {@link Kind#SEEK} is present
     */
    long seekNanos() {
        return seekNanos;
    }

    /**
     * Returns the seek's mode.
     *
     * @return the mode
     */
    SeekMode seekMode() {
        return seekMode;
    }

    /**
     * Returns the net number of frame steps.
     *
     * @return positive forwards, negative backwards (may be 0 when steps cancelled out)
     */
    int steps() {
        return steps;
    }

    /**
     * Returns the furthest back the steps reached, counted as they were asked for: what a step back at the first
     * frame, which is no step, changes.
     *
     * @return the lowest running sum of the steps (their net number when none went back further)
     */
    int lowestSteps() {
        return lowestSteps;
    }

    /**
     * Returns the track chosen last for a type.
     *
     * @param type {@link TrackType#AUDIO} or {@link TrackType#SUBTITLE}
     * @return the track's index, {@link #OFF}, or {@link #NO_CHOICE}
     */
    int trackChoice(TrackType type) {
        return type == TrackType.AUDIO ? audioTrack : type == TrackType.SUBTITLE ? subtitleTrack : NO_CHOICE;
    }

    @Override
    public String toString() {
        return "CommandBatch" + kinds + (kinds.contains(Kind.SEEK) ? " seek " + seekNanos + " ns " + seekMode : "")
                + (kinds.contains(Kind.STEPS) ? " steps " + steps : "");
    }
}
