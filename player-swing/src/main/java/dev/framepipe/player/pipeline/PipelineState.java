package dev.framepipe.player.pipeline;

/**
 * The four states of a GStreamer pipeline ({@code GstState} without {@code VOID_PENDING}), as the engine sees them
 * through {@link PipelinePort}.
 */
public enum PipelineState {
    /** Nothing allocated. */
    NULL,
    /** Resources allocated, no data flowing. */
    READY,
    /** Prerolled: the sinks hold their first buffer, the clock stands still. */
    PAUSED,
    /** The clock runs and data flows to the sinks. */
    PLAYING
}
