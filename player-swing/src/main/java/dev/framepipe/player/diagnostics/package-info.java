/**
 * {@link dev.framepipe.player.diagnostics.LiveResources}: counts of the native and graphics resources the library
 * holds, so tests and the demo can see each one released by its owner. Internal.
 */
package dev.framepipe.player.diagnostics;
