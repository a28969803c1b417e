package dev.framepipe.player.render;

import java.util.Arrays;

/**
 * Scales down by whole factors (2×, 3×, 4×, … possibly different across and down) with a box filter: each
 * destination pixel is the mean of its {@code factorX × factorY} source pixels.
 *
 * <p>The mean is taken of Y, Cb and Cr, not of the converted RGB, and converted once per destination pixel: the
 * matrix then runs on a quarter of the pixels at 2×, a ninth at 3×, which is what makes a picture shown smaller
 * cheaper to convert. Each source pixel counts with the chroma pair that covers it, so this is the box filter of
 * the 1:1 picture in YUV. YUV → RGB is affine, so the two orders agree except where the matrix pushes a channel
 * of some pixel of the block outside 0–255 and the clamp cuts it: then averaging in YUV lets the out-of-range
 * excursions of neighbours cancel, as they would have before the clamp. Measured on a decoded H.264 frame of SMPTE
 * bars (a worst case: saturated colours with encoder ringing at every bar edge), 0.8 % of the pixels differ from
 * the mean of the displayed RGB by more than two levels, the largest by 50; on natural pictures and test patterns
 * within the cube, by one level at most. Both orders average gamma-encoded values, as GStreamer's scalers do.
 */
final class BoxSampler extends RowSampler {
    private final int factorX;
    private final int factorY;
    /** Turns a sum of {@code factorX * factorY} 8-bit samples into their mean as a packed component, in 32.32. */
    private final long reciprocal;

    BoxSampler(int sourceWidth, int sourceHeight, int width, int height) {
        super(sourceWidth, sourceHeight, width, height);
        factorX = sourceWidth / width;
        factorY = sourceHeight / height;
        reciprocal = ((long) 1 << (32 + YuvToRgb.FRACTION_BITS)) / ((long) factorX * factorY);
    }

    @Override
    int sourceRowsWidth() {
        return sourceWidth;
    }

    @Override
    int sampleRows(byte[] y, int yStride, byte[] uv, int uvStride, int row, int end, RowScratch scratch) {
        int chromaWidth = (sourceWidth + 1) >> 1;
        int[] luma = scratch.luma;
        int[] cb = scratch.cb;
        int[] cr = scratch.cr;
        Arrays.fill(luma, 0, sourceWidth, 0);
        Arrays.fill(cb, 0, chromaWidth, 0);
        Arrays.fill(cr, 0, chromaWidth, 0);
        int top = row * factorY;
        for (int r = top; r < top + factorY; r++) {
            int chroma = (r >> 1) * uvStride;
            accumulate(y, r * yStride, 1, luma, sourceWidth);
            accumulate(uv, chroma, 2, cb, chromaWidth);
            accumulate(uv, chroma + 1, 2, cr, chromaWidth);
        }
        int[] out = scratch.yuv;
        for (int x = 0, left = 0; x < width; x++, left += factorX) {
            long sumY = 0;
            long sumCb = 0;
            long sumCr = 0;
            for (int sx = left; sx < left + factorX; sx++) {
                sumY += luma[sx];
                sumCb += cb[sx >> 1];
                sumCr += cr[sx >> 1];
            }
            out[x] = YuvToRgb.pack(mean(sumY), mean(sumCb), mean(sumCr));
        }
        return 1;
    }

    private static void accumulate(byte[] plane, int start, int step, int[] sums, int count) {
        for (int i = 0, index = start; i < count; i++, index += step) {
            sums[i] += sample(plane, index);
        }
    }

    private int mean(long sum) {
        return (int) ((sum * reciprocal + (1L << 31)) >>> 32);
    }
}
