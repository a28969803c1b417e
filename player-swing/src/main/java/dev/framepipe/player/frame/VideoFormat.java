package dev.framepipe.player.frame;

/**
 * What a video stream looks like, whatever its pixel format: size, colorimetry, pixel aspect ratio and frame rate,
 * the ratios kept as GStreamer gives them so that durations are exact. {@link VideoLayout} adds the NV12 plane
 * layout the renderers need. Immutable.
 */
public final class VideoFormat {
    private final int width;
    private final int height;
    private final Colorimetry colorimetry;
    private final int parNumerator;
    private final int parDenominator;
    private final int fpsNumerator;
    private final int fpsDenominator;

    /**
     * Creates a format. An unknown pixel aspect ratio (a zero or negative term) counts as square pixels, an unknown
     * frame rate as 0.
     *
     * @param width          width in pixels
     * @param height         height in pixels
     * @param colorimetry    the colour description
     * @param parNumerator   pixel aspect ratio numerator (1 if unknown)
     * @param parDenominator pixel aspect ratio denominator (1 if unknown)
     * @param fpsNumerator   frame rate numerator (0 if unknown or variable)
     * @param fpsDenominator frame rate denominator (1 if unknown)
     */
    public VideoFormat(int width, int height, Colorimetry colorimetry, int parNumerator, int parDenominator,
                       int fpsNumerator, int fpsDenominator) {
        boolean parKnown = parNumerator > 0 && parDenominator > 0;
        this.width = width;
        this.height = height;
        this.colorimetry = colorimetry;
        this.parNumerator = parKnown ? parNumerator : 1;
        this.parDenominator = parKnown ? parDenominator : 1;
        this.fpsNumerator = Math.max(fpsNumerator, 0);
        this.fpsDenominator = fpsDenominator > 0 ? fpsDenominator : 1;
    }

    /**
     * Returns a format with square pixels and an unknown frame rate.
     *
     * @param width       width in pixels
     * @param height      height in pixels
     * @param colorimetry the colour description
     * @return the format
     */
    public static VideoFormat of(int width, int height, Colorimetry colorimetry) {
        return new VideoFormat(width, height, colorimetry, 1, 1, 0, 1);
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
        return (double) parNumerator / parDenominator;
    }

    /**
     * Returns the nominal frame rate.
     *
     * @return frames per second, 0 if unknown or variable
     */
    public double frameRate() {
        return (double) fpsNumerator / fpsDenominator;
    }

    /**
     * Returns the nominal duration of one frame, rounded down (so a step back by it never lands in the frame before).
     *
     * @return nanoseconds, 0 if the frame rate is unknown
     */
    public long frameDurationNanos() {
        return fpsNumerator == 0 ? 0 : 1_000_000_000L * fpsDenominator / fpsNumerator;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VideoFormat)) {
            return false;
        }
        VideoFormat that = (VideoFormat) other;
        return width == that.width && height == that.height && colorimetry == that.colorimetry
                && parNumerator == that.parNumerator && parDenominator == that.parDenominator
                && fpsNumerator == that.fpsNumerator && fpsDenominator == that.fpsDenominator;
    }

    @Override
    public int hashCode() {
        return 31 * width + height;
    }

    @Override
    public String toString() {
        return width + "x" + height + " " + colorimetry
                + (parNumerator != parDenominator ? " PAR " + parNumerator + ":" + parDenominator : "");
    }
}
