package dev.framepipe.player.macos;

/**
 * Where the video layer goes inside the window's root layer, in Core Animation terms: origin at the bottom left of
 * the window's content area, in points (AWT's coordinates on macOS), plus the backing scale for
 * {@code contentsScale}. Immutable.
 */
final class LayerFrame {
    private final int x;
    private final int y;
    private final int width;
    private final int height;
    private final double contentsScale;

    /**
     * Creates a frame.
     *
     * @param x             left edge, points from the left of the content area
     * @param y             bottom edge, points from the bottom of the content area
     * @param width         points
     * @param height        points
     * @param contentsScale device pixels per point (1.0, or 2.0 on Retina screens)
     */
    LayerFrame(int x, int y, int width, int height, double contentsScale) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.contentsScale = contentsScale;
    }

    /**
     * Returns the left edge.
     *
     * @return points
     */
    int x() {
        return x;
    }

    /**
     * Returns the bottom edge.
     *
     * @return points from the bottom of the content area
     */
    int y() {
        return y;
    }

    /**
     * Returns the width.
     *
     * @return points
     */
    int width() {
        return width;
    }

    /**
     * Returns the height.
     *
     * @return points
     */
    int height() {
        return height;
    }

    /**
     * Returns the backing scale.
     *
     * @return device pixels per point
     */
    double contentsScale() {
        return contentsScale;
    }

    /**
     * Returns this frame as a {@code CGRect} to pass by value.
     *
     * @return a new structure
     */
    CGRect.ByValue toCGRect() {
        return new CGRect.ByValue(x, y, width, height);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LayerFrame)) {
            return false;
        }
        LayerFrame that = (LayerFrame) other;
        return x == that.x && y == that.y && width == that.width && height == that.height
                && Double.compare(contentsScale, that.contentsScale) == 0;
    }

    @Override
    public int hashCode() {
        return ((31 * x + y) * 31 + width) * 31 + height;
    }

    @Override
    public String toString() {
        return "(" + x + ", " + y + ") " + width + "x" + height + " @" + contentsScale + "x";
    }
}
