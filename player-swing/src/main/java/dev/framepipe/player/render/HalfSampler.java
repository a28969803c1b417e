package dev.framepipe.player.render;

/**
 * Halves both dimensions with a box filter (1080p shown at 960×540, 2160p at 1080p): each destination pixel is the
 * mean of a 2×2 block, which is exactly the block that shares one chroma pair. So the chroma pair is taken as it
 * is, and the sum of the four Y samples, being their mean times 4, is already the packed Y with its two fraction
 * bits. Gives the same result as {@link BoxSampler} with factors 2 and 2, in about a third of its time.
 */
final class HalfSampler extends RowSampler {
    HalfSampler(int width, int height) {
        super(2 * width, 2 * height, width, height);
    }

    @Override
    int sampleRows(byte[] y, int yStride, byte[] uv, int uvStride, int row, int end, RowScratch scratch) {
        int[] out = scratch.yuv;
        int top = 2 * row * yStride;
        int bottom = top + yStride;
        int chroma = row * uvStride;
        for (int x = 0, sx = 0; x < width; x++, sx += 2) {
            int luma = sample(y, top + sx) + sample(y, top + sx + 1) + sample(y, bottom + sx)
                    + sample(y, bottom + sx + 1);
            out[x] = luma | chromaPair(uv, chroma + sx);
        }
        return 1;
    }
}
