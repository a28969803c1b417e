package dev.framepipe.player.macos;

/**
 * The picture part of each plane of an NV12 ({@code '420v'}/{@code '420f'}) pixel buffer: plane 0 (Y) has
 * {@code height} rows of {@code width} bytes, plane 1 (interleaved CbCr) has ⌈height/2⌉ rows of 2·⌈width/2⌉
 * bytes.
 * Odd sizes round the chroma plane up, as GStreamer and CoreVideo both do.
 *
 * <p>{@link #checkDestination} is the guard that runs before any byte is written into a pixel buffer: the buffer's
 * real {@code bytesPerRow} and plane height must hold the picture. Immutable.
 */
final class Nv12Geometry {
    /** Planes of NV12. */
    static final int PLANES = 2;

    private final int width;
    private final int height;

    /**
     * Creates the geometry of a frame size.
     *
     * @param width  width in pixels, at least 1
     * @param height height in pixels, at least 1
     * @throws IllegalArgumentException if a dimension is below 1
     */
    Nv12Geometry(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an NV12 frame is at least 1x1, not " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    /**
     * Returns the width.
     *
     * @return pixels
     */
    int width() {
        return width;
    }

    /**
     * Returns the height.
     *
     * @return pixels
     */
    int height() {
        return height;
    }

    /**
     * Returns the rows of picture in a plane.
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return {@code height} or ⌈height/2⌉
     */
    int rows(int plane) {
        return checkPlane(plane) == 0 ? height : (height + 1) / 2;
    }

    /**
     * Returns the bytes of picture in one row of a plane.
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return {@code width} or 2·⌈width/2⌉
     */
    int rowBytes(int plane) {
        return checkPlane(plane) == 0 ? width : 2 * ((width + 1) / 2);
    }

    /**
     * Returns the bytes a plane spans with a given stride: every row but the last is a full stride, the last only
     * its picture.
     *
     * @param plane  0 (Y) or 1 (CbCr)
     * @param stride bytes from one row to the next, at least {@link #rowBytes}
     * @return bytes
     */
    long span(int plane, long stride) {
        return stride * (rows(plane) - 1) + rowBytes(plane);
    }

    /**
     * Throws unless a pixel buffer plane, as CoreVideo reports it, holds this plane's picture.
     *
     * @param plane       0 (Y) or 1 (CbCr)
     * @param bytesPerRow {@code CVPixelBufferGetBytesPerRowOfPlane}
     * @param planeHeight {@code CVPixelBufferGetHeightOfPlane}
     * @throws IllegalStateException if rows are too short or too few
     */
    void checkDestination(int plane, long bytesPerRow, long planeHeight) {
        if (bytesPerRow < rowBytes(plane) || planeHeight < rows(plane)) {
            throw new IllegalStateException("pixel buffer plane " + plane + " has " + planeHeight + " rows of "
                    + bytesPerRow + " bytes, but a " + width + "x" + height + " NV12 frame needs " + rows(plane)
                    + " rows of " + rowBytes(plane) + " bytes");
        }
    }

    private static int checkPlane(int plane) {
        if (plane < 0 || plane >= PLANES) {
            throw new IllegalArgumentException("NV12 has planes 0 and 1, not " + plane);
        }
        return plane;
    }

    @Override
    public String toString() {
        return "NV12 " + width + "x" + height;
    }
}
