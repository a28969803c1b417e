package dev.framepipe.player.engine;

/**
 * What moves the engine from one {@link Phase} to another: a user command or a pipeline message, after the
 * controller has classified it (a step forward and a step backward differ at the end of the media; an end of stream
 * with cycles left is not {@link #END}). {@link Transitions} maps each (phase, trigger) pair.
 */
enum Trigger {
    /** The pipeline prerolled for the first time. */
    OPENED,
    /** {@code play()}. */
    PLAY,
    /** {@code pause()}. */
    PAUSE,
    /** {@code stop()}. */
    STOP,
    /** {@code seek()}, accepted by the pipeline. */
    SEEK,
    /** {@code stepForward()}. */
    STEP_FORWARD,
    /** {@code stepBackward()}. */
    STEP_BACKWARD,
    /** The last cycle reached the end of the media or the stop time. */
    END,
    /** The source started buffering. */
    BUFFERING,
    /** The source's buffer is full again. */
    BUFFERED,
    /** A live stream dropped: its source failed, or it sent nothing for the stall timeout. */
    DROPPED,
    /** A live stream that dropped delivers again. */
    RECONNECTED,
    /** A fatal error. */
    FAIL,
    /** {@code dispose()}. */
    DISPOSE
}
