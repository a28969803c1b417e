package dev.framepipe.player.render;

/**
 * One converter's frame, cut into bands of destination rows. Each band samples its rows, converts them and copies
 * them into the destination; bands write disjoint rows, so they need no coordination beyond {@link BandedJob}.
 *
 * <p>Owned by one {@link Nv12Converter}: set, run and cleared on its thread for every frame; read by pool workers
 * only while the run is open.
 */
final class ConversionJob extends BandedJob {
    private byte[] y;
    private byte[] uv;
    private int yStride;
    private int uvStride;
    private RowSampler sampler;
    private YuvToRgb colours;
    private int[] destination;
    private int scanline;

    /**
     * Sets the frame for the next run.
     *
     * @param y           Y plane
     * @param yStride     Y stride in bytes
     * @param uv          CbCr plane
     * @param uvStride    CbCr stride in bytes
     * @param sampler     the sampler for the frame's and the destination's sizes
     * @param colours     the frame's colour conversion
     * @param destination the destination pixels
     * @param scanline    ints from one destination row to the next
     */
    void set(byte[] y, int yStride, byte[] uv, int uvStride, RowSampler sampler, YuvToRgb colours, int[] destination,
             int scanline) {
        this.y = y;
        this.yStride = yStride;
        this.uv = uv;
        this.uvStride = uvStride;
        this.sampler = sampler;
        this.colours = colours;
        this.destination = destination;
        this.scanline = scanline;
    }

    /** Drops the references to the caller's arrays once the frame is done, so the job does not keep them alive. */
    void clear() {
        y = null;
        uv = null;
        destination = null;
    }

    @Override
    void runBand(int band, int bands, RowScratch scratch) {
        RowSampler rows = sampler;
        int width = rows.width;
        scratch.startBand(width, rows.sourceRowsWidth());
        int from = (int) ((long) band * rows.height / bands);
        int to = (int) ((long) (band + 1) * rows.height / bands);
        int row = from;
        while (row < to) {
            int made = rows.sampleRows(y, yStride, uv, uvStride, row, to, scratch);
            convertAndStore(scratch.yuv, row, width, scratch);
            if (made == 2) {
                convertAndStore(scratch.nextYuv, row + 1, width, scratch);
            }
            row += made;
        }
    }

    private void convertAndStore(int[] yuv, int row, int width, RowScratch scratch) {
        colours.convertRow(yuv, scratch.rgb, width);
        // Converting into the scratch row and copying keeps convertRow's arrays at the same index, which C2 of
        // JDK 17 needs to vectorise it; the copy is the write to the destination that happens anyway.
        System.arraycopy(scratch.rgb, 0, destination, row * scanline, width);
    }
}
