/**
 * The playback API of Framepipe: create a {@link dev.framepipe.player.MediaPlayer} for a
 * {@link dev.framepipe.player.MediaSource}, control it, listen to it, and show it in a
 * {@code dev.framepipe.player.swing.VideoComponent}.
 *
 * <pre>{@code
 * MediaPlayer player = MediaPlayer.create(MediaSource.of(Path.of("clip.mp4")));
 * player.controls().play();
 * }</pre>
 *
 * <h2>Threading</h2>
 * Every method may be called from any thread. Commands are queued to each player's control thread; events and
 * property changes arrive on the Swing event dispatch thread, in order.
 *
 * <h2>Error handling</h2>
 * Problems found at once are thrown as {@link dev.framepipe.player.MediaException}; problems found while opening or
 * playing arrive as error events on the EDT, and fatal ones move the player to
 * {@link dev.framepipe.player.Status#HALTED}. Every message names the input.
 *
 * <h2>Ownership</h2>
 * Whoever creates a player disposes it. {@code dispose()} is idempotent and releases the pipeline, the threads and
 * every native resource.
 */
package dev.framepipe.player;
