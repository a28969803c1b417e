package dev.framepipe.player.render;

/**
 * Produces destination rows of packed YUV samples (see {@link YuvToRgb}) from an NV12 frame: the part of a
 * conversion that depends on how the frame is scaled. {@link #forSizes} picks the implementation: a 1:1 copy, a box
 * filter for integer factors (with a faster {@link HalfSampler} for the most common, 2×), or bilinear interpolation
 * otherwise.
 *
 * <p>A sampler is made for one source size and one destination size and kept while they stay the same; it holds no
 * per-frame state, so the bands of a frame sample rows in parallel, each into its own {@link RowScratch}.
 */
abstract class RowSampler {
    /** Where Cb lands in a packed sample when taken straight from an 8-bit code value. */
    private static final int CB_FROM_BYTE = YuvToRgb.CB_SHIFT + YuvToRgb.FRACTION_BITS;
    /** Where Cr lands in a packed sample when taken straight from an 8-bit code value. */
    private static final int CR_FROM_BYTE = YuvToRgb.CR_SHIFT + YuvToRgb.FRACTION_BITS;

    final int sourceWidth;
    final int sourceHeight;
    final int width;
    final int height;

    RowSampler(int sourceWidth, int sourceHeight, int width, int height) {
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.width = width;
        this.height = height;
    }

    /**
     * Chooses the sampler for a source and destination size: 1:1 when they are equal, a box filter when each source
     * dimension is a whole multiple of the destination's, bilinear otherwise.
     *
     * @param sourceWidth  frame width, at least {@code width}
     * @param sourceHeight frame height, at least {@code height}
     * @param width        destination width, at least 1
     * @param height       destination height, at least 1
     * @return the sampler
     */
    static RowSampler forSizes(int sourceWidth, int sourceHeight, int width, int height) {
        if (sourceWidth == width && sourceHeight == height) {
            return new DirectSampler(width, height);
        }
        if (sourceWidth == 2 * width && sourceHeight == 2 * height) {
            return new HalfSampler(width, height);
        }
        if (sourceWidth % width == 0 && sourceHeight % height == 0) {
            return new BoxSampler(sourceWidth, sourceHeight, width, height);
        }
        return new BilinearSampler(sourceWidth, sourceHeight, width, height);
    }

    /**
     * Tells whether this sampler serves the given sizes.
     *
     * @param sourceWidth  frame width
     * @param sourceHeight frame height
     * @param width        destination width
     * @param height       destination height
     * @return true if it was made for exactly these sizes
     */
    final boolean fits(int sourceWidth, int sourceHeight, int width, int height) {
        return this.sourceWidth == sourceWidth && this.sourceHeight == sourceHeight && this.width == width
                && this.height == height;
    }

    /**
     * Returns how wide the source-width rows of {@link RowScratch} must be for this sampler.
     *
     * @return a width in pixels, 0 if the sampler does not use them
     */
    int sourceRowsWidth() {
        return 0;
    }

    /**
     * Writes destination row {@code row} as packed samples into {@code scratch.yuv[0 .. width)} and, when this
     * sampler makes two rows at once, row {@code row + 1} into {@code scratch.nextYuv}.
     *
     * @param y        the Y plane, row r at {@code r * yStride}
     * @param yStride  bytes from one Y row to the next
     * @param uv       the interleaved CbCr plane, row r at {@code r * uvStride}
     * @param uvStride bytes from one CbCr row to the next
     * @param row      the destination row, 0 to {@code height - 1}
     * @param end      the row after the last one the caller wants, at most {@code height}
     * @param scratch  the calling thread's rows, already large enough
     * @return the number of rows written, 1 or 2
     */
    abstract int sampleRows(byte[] y, int yStride, byte[] uv, int uvStride, int row, int end, RowScratch scratch);

    /**
     * Reads an 8-bit sample.
     *
     * @param plane the plane
     * @param index the byte index
     * @return 0–255
     */
    static int sample(byte[] plane, int index) {
        return plane[index] & 0xFF;
    }

    /**
     * Reads a Cb/Cr pair as the chroma fields of a packed sample.
     *
     * @param uv    the CbCr plane
     * @param index the index of the Cb byte
     * @return Cb and Cr in place, Y zero
     */
    static int chromaPair(byte[] uv, int index) {
        return sample(uv, index) << CB_FROM_BYTE | sample(uv, index + 1) << CR_FROM_BYTE;
    }
}
