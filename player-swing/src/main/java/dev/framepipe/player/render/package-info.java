/**
 * Rendering of NV12 frames: the Java NV12 → RGB converter, its shared worker pool, and the Java2D renderer that
 * shows frames through one recycled {@code VolatileImage}. Internal.
 */
package dev.framepipe.player.render;
