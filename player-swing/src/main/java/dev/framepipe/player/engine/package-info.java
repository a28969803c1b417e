/**
 * The playback engine behind {@link dev.framepipe.player.MediaPlayer}: {@link
 * dev.framepipe.player.engine.GstMediaPlayer} wires a pipeline port, the control thread and event delivery on the
 * Swing event dispatch thread together; the state machine ({@code PlaybackController}, one {@code Phase} changed
 * through the {@code Transitions} table) takes coalesced user commands from the {@code CommandMailbox} and pipeline
 * messages, and reaches GStreamer only through {@link dev.framepipe.player.pipeline.PipelinePort}; errors are
 * translated into {@link dev.framepipe.player.MediaException}s naming the input. {@link
 * dev.framepipe.player.engine.GstMediaPlayerProvider} makes it the library's {@link
 * dev.framepipe.player.MediaPlayerProvider}. Internal.
 */
package dev.framepipe.player.engine;
