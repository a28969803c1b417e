package dev.framepipe.player.pipeline;

/** What a pipeline answered to a state change request ({@code GstStateChangeReturn}). */
public enum StateChange {
    /** The pipeline reached the state. */
    SUCCESS,
    /** The pipeline is on its way; a state-changed message and an async-done message follow. */
    ASYNC,
    /** Reached, but a live source cannot preroll in PAUSED. */
    NO_PREROLL,
    /** Refused; an error message usually explains why. */
    FAILURE
}
