/**
 * A player's {@link dev.framepipe.player.Thumbnails}: pictures of its media at any time, decoded by a hidden player
 * of their own (paused, no sound, no clock) and converted by the shared NV12 converter at the size asked for, with a
 * cache bounded in bytes. Internal.
 */
package dev.framepipe.player.thumbnail;
