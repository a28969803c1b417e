package dev.framepipe.player.render;

/**
 * One thread's working rows for converting bands: two packed YUV rows and the RGB row at the destination width,
 * three source-width rows the box filter accumulates into, and the resampled rows of the bilinear filter.
 *
 * <p>Owned by exactly one thread at a time (a pool worker, or the converter of the calling thread). The arrays only
 * grow: they are re-made when a wider frame or destination arrives, never per frame.
 */
final class RowScratch {
    int[] yuv = new int[0];
    int[] nextYuv = new int[0];
    int[] rgb = new int[0];
    int[] luma = new int[0];
    int[] cb = new int[0];
    int[] cr = new int[0];
    final ResampledRows lumaRows = new ResampledRows();
    final ResampledRows chromaRows = new ResampledRows();

    /**
     * Prepares for a band: makes sure the rows are large enough and forgets rows resampled for another band, which
     * may have been another frame.
     *
     * @param destinationWidth the width of a destination row in pixels
     * @param sourceWidth      the width of the source rows the sampler accumulates into, 0 if none
     */
    void startBand(int destinationWidth, int sourceWidth) {
        if (yuv.length < destinationWidth) {
            yuv = new int[destinationWidth];
            nextYuv = new int[destinationWidth];
            rgb = new int[destinationWidth];
        }
        if (luma.length < sourceWidth) {
            luma = new int[sourceWidth];
            cb = new int[sourceWidth];
            cr = new int[sourceWidth];
        }
        lumaRows.ensure(destinationWidth);
        chromaRows.ensure(destinationWidth);
        lumaRows.forget();
        chromaRows.forget();
    }
}
