/**
 * Swing components that show a {@link dev.framepipe.player.MediaPlayer}: {@link
 * dev.framepipe.player.swing.VideoComponent} paints the video. All Swing work happens on the event dispatch thread;
 * see each class for its threading and lifecycle rules.
 */
package dev.framepipe.player.swing;
