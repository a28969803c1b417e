/**
 * The playback engine behind {@link dev.framepipe.player.MediaPlayer}: {@link
 * dev.framepipe.player.engine.GstMediaPlayer} with its control thread, state machine, seeks, bus messages, event
 * delivery on the Swing event dispatch thread and translation of GStreamer errors; {@link
 * dev.framepipe.player.engine.GstMediaPlayerProvider} makes it the library's {@link
 * dev.framepipe.player.MediaPlayerProvider}. Internal.
 */
package dev.framepipe.player.engine;
