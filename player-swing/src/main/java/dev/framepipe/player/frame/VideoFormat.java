package dev.framepipe.player.frame;

/**
 * What a video stream looks like, whatever its pixel format: size, colorimetry, pixel aspect ratio and frame rate.
 * {@link VideoLayout} adds the NV12 plane layout the renderers need. Immutable.
 */
public final class VideoFormat {
    private final int width;
    private final int height;
    private final Colorimetry colorimetry;
    private final double pixelAspectRatio;
    private final double frameRate;

    /**
     * Creates a format.
     *
     * @param width            width in pixels
     * @param height           height in pixels
     * @param colorimetry      the colour description
     * @param pixelAspectRatio width of a pixel divided by its height
     * @param frameRate        frames per second, 0 if unknown or variable
     */
    public VideoFormat(int width, int height, Colorimetry colorimetry, double pixelAspectRatio, double frameRate) {
        this.width = width;
        this.height = height;
        this.colorimetry = colorimetry;
        this.pixelAspectRatio = pixelAspectRatio;
        this.frameRate = frameRate;
    }

    /**
     * Returns the width.
     *
     * @return pixels
     */
    public int width() {
        return width;
    }

    /**
     * Returns the height.
     *
     * @return pixels
     */
    public int height() {
        return height;
    }

    /**
     * Returns the colorimetry.
     *
     * @return the colour description
     */
    public Colorimetry colorimetry() {
        return colorimetry;
    }

    /**
     * Returns the pixel aspect ratio.
     *
     * @return width of a pixel divided by its height
     */
    public double pixelAspectRatio() {
        return pixelAspectRatio;
    }

    /**
     * Returns the frame rate.
     *
     * @return frames per second, 0 if unknown or variable
     */
    public double frameRate() {
        return frameRate;
    }
}
