package dev.framepipe.player;

/**
 * The size of a video frame in pixels, as decoded (before any pixel-aspect-ratio correction).
 *
 * <p>Immutable and thread-safe.
 */
public final class VideoSize {
    private final int width;
    private final int height;

    /**
     * Creates a size.
     *
     * @param width  width in pixels, at least 1
     * @param height height in pixels, at least 1
     * @throws IllegalArgumentException if either value is below 1
     */
    public VideoSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("video size must be at least 1x1, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    /**
     * Returns the width.
     *
     * @return width in pixels
     */
    public int getWidth() {
        return width;
    }

    /**
     * Returns the height.
     *
     * @return height in pixels
     */
    public int getHeight() {
        return height;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VideoSize)) {
            return false;
        }
        VideoSize that = (VideoSize) other;
        return width == that.width && height == that.height;
    }

    @Override
    public int hashCode() {
        return 31 * width + height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
