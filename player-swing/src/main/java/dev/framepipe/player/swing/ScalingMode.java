package dev.framepipe.player.swing;

/** How a {@link VideoComponent} fits the picture into its area. Every mode honours the pixel aspect ratio. */
public enum ScalingMode {
    /** The whole picture, as large as fits, centred; the rest of the area shows the background (letterbox). */
    FIT,
    /** The area filled completely, as small as covers it, centred; the edges of the picture that overflow are cut. */
    FILL,
    /** The picture stretched to the area, ignoring its aspect ratio. */
    STRETCH,
    /** One video pixel per screen pixel, centred; cut if larger than the area. */
    NATIVE
}
