package dev.framepipe.player.render;

/**
 * The renderers this package makes. The public {@code RendererType} of the Swing package maps onto these (its
 * {@code AUTO} is resolved by {@link RendererSelector#automatic()}), so this package never depends on the
 * Swing API.
 */
public enum RendererKind {
    /** {@link Java2DRenderer}: frames converted in Java, painted through one recycled {@code VolatileImage}. */
    JAVA2D,
    /** {@link MacLayerRenderer}: a Core Animation layer on a heavyweight canvas. */
    MACOS_LAYER,
    /** {@link LinuxOverlayRenderer}: GStreamer draws into an X window through {@code GstVideoOverlay}. */
    LINUX_OVERLAY
}
