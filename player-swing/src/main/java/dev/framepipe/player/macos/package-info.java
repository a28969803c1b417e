/**
 * The macOS native video path: NV12 frames copied into pooled, IOSurface-backed {@code CVPixelBuffer}s and shown by
 * a {@code CALayer} attached to the component's window through JAWT, all through JNA. Internal.
 */
package dev.framepipe.player.macos;
