package dev.framepipe.player.engine;

import dev.framepipe.player.Status;

/**
 * Where a player's engine is: the one value its state machine holds ({@link Transitions} says how it changes). The
 * public {@link Status} is derived from it by {@link #status()}, and nowhere else.
 */
enum Phase {
    /** The pipeline prerolls for the first time; commands wait in the mailbox. */
    OPENING(Status.UNKNOWN),
    /** Prerolled on the first frame; nothing played yet. */
    READY(Status.READY),
    /** Paused by a command: pause, a seek or a step while not playing. */
    PAUSED(Status.PAUSED),
    /** Paused at the start time after {@code stop()}. */
    STOPPED(Status.STOPPED),
    /** Paused at the end of the last cycle; {@code play()} starts again from the start time. */
    ENDED(Status.PAUSED),
    /** Playing. */
    PLAYING(Status.PLAYING),
    /** Asked to play, but the source is buffering; plays by itself when the buffer is full. */
    STALLED(Status.STALLED),
    /** A live stream dropped while playing: waiting for a reconnect attempt, or connecting again. */
    RECONNECTING(Status.RECONNECTING),
    /** A fatal error stopped the pipeline. Final. */
    HALTED(Status.HALTED),
    /** Disposed: the pipeline is released. Final. */
    DISPOSED(Status.DISPOSED);

    private final Status status;

    Phase(Status status) {
        this.status = status;
    }

    /**
     * Returns the public status of this phase.
     *
     * @return the status
     */
    Status status() {
        return status;
    }

    /**
     * Tells whether the pipeline should be playing in this phase.
     *
     * @return {@code true} for {@link #PLAYING}
     */
    boolean plays() {
        return this == PLAYING;
    }

    /**
     * Tells whether the media is open and the player takes commands.
     *
     * @return {@code false} while opening and once final
     */
    boolean isOpen() {
        return this != OPENING && !status.isFinal();
    }
}
