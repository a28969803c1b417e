/**
 * GStreamer pipelines for the engine: starting GStreamer and checking its plugins, building the playbin or custom
 * pipeline that ends in the appsink, the appsink's limits, and the frame thread that pulls frames from it
 * ({@link dev.framepipe.player.pipeline.FramePump}). Internal.
 */
package dev.framepipe.player.pipeline;
