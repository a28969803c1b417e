package dev.framepipe.player.render;

/**
 * Scales down by a factor that is not a whole number with bilinear interpolation: each destination pixel centre is
 * mapped into the source, and Y, Cb and Cr are interpolated between the four source pixels around it (each with
 * the chroma pair that covers it, so chroma stays nearest-neighbour before interpolation, as in the 1:1 path).
 *
 * <p>Source rows are first interpolated across, to the destination width, and kept in the thread's
 * {@link ResampledRows}: neighbouring destination rows share source rows, and a chroma row serves two luma rows.
 * The interpolation down, between two such rows, is then a plain int loop that C2 vectorises.
 *
 * <p>Two taps per axis: beyond 2× it skips source pixels and can alias fine detail; the box filter handles the
 * common whole factors.
 */
final class BilinearSampler extends RowSampler {
    private static final int WEIGHT_BITS = 8;
    private static final int ONE = 1 << WEIGHT_BITS;
    /** From two interpolations (16 fraction bits) to a packed component (2 fraction bits), rounding. */
    private static final int TO_PACKED = 2 * WEIGHT_BITS - YuvToRgb.FRACTION_BITS;
    private static final int ROUNDING = 1 << (TO_PACKED - 1);
    /** An interpolated Cb and Cr share an int: 16 bits each, enough for a sample times {@link #ONE}. */
    private static final int CR_HALF = 16;
    private static final int LOW_HALF = (1 << CR_HALF) - 1;

    private final int[] left;
    private final int[] right;
    private final int[] weight;

    BilinearSampler(int sourceWidth, int sourceHeight, int width, int height) {
        super(sourceWidth, sourceHeight, width, height);
        left = new int[width];
        right = new int[width];
        weight = new int[width];
        for (int x = 0; x < width; x++) {
            int position = position(x, sourceWidth, width);
            left[x] = position >> WEIGHT_BITS;
            right[x] = Math.min(left[x] + 1, sourceWidth - 1);
            weight[x] = position & (ONE - 1);
        }
    }

    /**
     * Maps the centre of a destination pixel into the source, clamped to the first and last source pixel.
     *
     * @return the source position with {@link #WEIGHT_BITS} fraction bits
     */
    private static int position(int index, int source, int destination) {
        long centre = ((2L * index + 1) * source << WEIGHT_BITS) / (2L * destination) - ONE / 2;
        return (int) Math.max(0, Math.min(centre, (long) (source - 1) << WEIGHT_BITS));
    }

    @Override
    int sampleRows(byte[] y, int yStride, byte[] uv, int uvStride, int row, int end, RowScratch scratch) {
        int position = position(row, sourceHeight, height);
        int top = position >> WEIGHT_BITS;
        int bottom = Math.min(top + 1, sourceHeight - 1);
        int topChroma = top >> 1;
        int bottomChroma = bottom >> 1;
        int[] lumaTop = resampled(scratch.lumaRows, top, bottom, y, top * yStride, false);
        int[] lumaBottom = resampled(scratch.lumaRows, bottom, top, y, bottom * yStride, false);
        int[] chromaTop = resampled(scratch.chromaRows, topChroma, bottomChroma, uv, topChroma * uvStride, true);
        int[] chromaBottom = resampled(scratch.chromaRows, bottomChroma, topChroma, uv, bottomChroma * uvStride,
                true);
        int down = position & (ONE - 1);
        int[] out = scratch.yuv;
        // Two loops rather than one: each is small enough for C2 to unroll and vectorise (one loop is not, when the
        // trip count is not a constant; measured 2x slower).
        for (int x = 0; x < width; x++) {
            out[x] = packed(lerp(lumaTop[x], lumaBottom[x], down));
        }
        for (int x = 0; x < width; x++) {
            int cbcrTop = chromaTop[x];
            int cbcrBottom = chromaBottom[x];
            int cb = packed(lerp(cbcrTop & LOW_HALF, cbcrBottom & LOW_HALF, down));
            int cr = packed(lerp(cbcrTop >>> CR_HALF, cbcrBottom >>> CR_HALF, down));
            out[x] |= cb << YuvToRgb.CB_SHIFT | cr << YuvToRgb.CR_SHIFT;
        }
        return 1;
    }

    /**
     * Returns source row {@code source} interpolated across, from the cache or resampled now.
     *
     * @param keep   the other source row the current destination row needs, which must stay cached
     * @param start  the index of the source row in {@code plane}
     * @param chroma true for a CbCr row (both components in one int), false for a Y row
     */
    private int[] resampled(ResampledRows rows, int source, int keep, byte[] plane, int start, boolean chroma) {
        int[] row = rows.find(source);
        if (row == null) {
            row = rows.replace(source, keep);
            if (chroma) {
                resampleChroma(plane, start, row);
            } else {
                resampleLuma(plane, start, row);
            }
        }
        return row;
    }

    private void resampleLuma(byte[] y, int start, int[] row) {
        for (int x = 0; x < width; x++) {
            row[x] = lerp(sample(y, start + left[x]), sample(y, start + right[x]), weight[x]);
        }
    }

    private void resampleChroma(byte[] uv, int start, int[] row) {
        for (int x = 0; x < width; x++) {
            // Each pixel's chroma pair is the one of its 2x2 block: the pair at the even index below it.
            int a = start + (left[x] & ~1);
            int b = start + (right[x] & ~1);
            int across = weight[x];
            row[x] = lerp(sample(uv, a), sample(uv, b), across)
                    | lerp(sample(uv, a + 1), sample(uv, b + 1), across) << CR_HALF;
        }
    }

    private static int lerp(int a, int b, int weight) {
        return (a << WEIGHT_BITS) + (b - a) * weight;
    }

    private static int packed(int twiceInterpolated) {
        return (twiceInterpolated + ROUNDING) >> TO_PACKED;
    }
}
