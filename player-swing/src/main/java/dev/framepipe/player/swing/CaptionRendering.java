package dev.framepipe.player.swing;

/**
 * How a {@link VideoComponent} shows captions with the renderer it runs now
 * ({@link VideoComponent#getCaptionRendering()}).
 */
public enum CaptionRendering {
    /**
     * Drawn by the component over the picture at screen resolution, in its {@link CaptionStyle}: crisp at any size.
     * The Java2D renderer, which {@link RendererType#AUTO} picks for media with subtitles.
     */
    COMPONENT,
    /**
     * Blended into the video frames by GStreamer ({@code overlaycomposition}) in front of a native renderer, which
     * Swing cannot paint over: the same style, drawn at the video's resolution and scaled with the picture.
     */
    FRAMES,
    /** Not shown: the macOS layer renderer copying frames into {@code CVPixelBuffer}s has no place to put them. */
    NONE
}
