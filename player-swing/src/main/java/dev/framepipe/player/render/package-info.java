/**
 * Rendering of NV12 frames: the Java NV12 → RGB converter and its shared worker pool, the Java2D renderer that shows
 * frames through one recycled {@code VolatileImage}, the native renderers (Linux overlay, macOS layer) and the choice
 * between them. Depends on nothing in the {@code swing} package, which maps its public types onto this package's.
 * Internal.
 */
package dev.framepipe.player.render;
