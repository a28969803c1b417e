package dev.framepipe.player.render;

/**
 * Samples at the frame's own size: each pixel takes its Y and the Cb/Cr pair of its 2×2 block (nearest-neighbour
 * chroma, as GStreamer's {@code videoconvert chroma-mode=none}). An odd last column or row uses the chroma sample
 * that covers it alone.
 *
 * <p>Makes the two rows that share a chroma row in one pass: reading each chroma pair once for four pixels, and a
 * loop body large enough that C2 keeps its values in registers, make this scalar loop a third faster than one row
 * at a time (measured at 1080p).
 */
final class DirectSampler extends RowSampler {
    DirectSampler(int width, int height) {
        super(width, height, width, height);
    }

    @Override
    int sampleRows(byte[] y, int yStride, byte[] uv, int uvStride, int row, int end, RowScratch scratch) {
        boolean pair = (row & 1) == 0 && row + 1 < end;
        // A lone row is made as a pair with itself; the copy in nextYuv is then ignored.
        int first = row * yStride;
        int second = pair ? first + yStride : first;
        int chroma = (row >> 1) * uvStride;
        int[] top = scratch.yuv;
        int[] bottom = scratch.nextYuv;
        int last = width - 1;
        int x = 0;
        for (; x < last; x += 2) {
            int cbcr = chromaPair(uv, chroma + x);
            top[x] = cbcr | luma(y, first + x);
            top[x + 1] = cbcr | luma(y, first + x + 1);
            bottom[x] = cbcr | luma(y, second + x);
            bottom[x + 1] = cbcr | luma(y, second + x + 1);
        }
        if (x == last) {
            int cbcr = chromaPair(uv, chroma + x);
            top[x] = cbcr | luma(y, first + x);
            bottom[x] = cbcr | luma(y, second + x);
        }
        return pair ? 2 : 1;
    }

    private static int luma(byte[] y, int index) {
        return sample(y, index) << YuvToRgb.FRACTION_BITS;
    }
}
