package dev.framepipe.player.render;

import java.util.Objects;

import dev.framepipe.player.frame.VideoLayout;

/**
 * Converts NV12 frames to packed RGB pixels ({@code 0x00RRGGBB}, the layout of a {@code TYPE_INT_RGB}
 * {@code BufferedImage}), scaling down in the same pass when the picture is shown smaller than the frame.
 *
 * <p><b>Colour.</b> The matrix (BT.601, BT.709, BT.2020 non-constant luminance) and the range (limited or full)
 * come from the colorimetry of the layout's {@link VideoLayout#format() format}, in fixed point with 16 fraction
 * bits; out-of-range results are clamped without branches. Chroma is nearest-neighbour: the four pixels of a 2×2
 * block share its Cb/Cr pair, as in GStreamer's {@code videoconvert chroma-mode=none}.
 *
 * <p><b>Scaling.</b> The destination may be smaller than the frame, never larger (Java2D scales up at no cost to
 * the converter). Equal sizes convert 1:1; whole factors (2×, 3×, …) use a box filter, other factors bilinear
 * interpolation; both work on Y, Cb and Cr before the matrix (see {@link BoxSampler} for why).
 *
 * <p><b>Threads.</b> The frame is cut into bands of rows converted by the calling thread and the workers of a
 * {@link ConversionPool} (by default the {@linkplain ConversionPool#shared() shared} one). A converter is used by one
 * thread at a time, typically a player's frame thread; different converters may convert at the same moment.
 *
 * <p><b>Memory.</b> Nothing is allocated per frame. The working rows and the sampling plan are made again only when
 * the frame size or the destination size changes. The converter keeps no reference to the caller's arrays after
 * {@link #convert} returns.
 */
public final class Nv12Converter {
    private final ConversionPool pool;
    private final ConversionJob job = new ConversionJob();
    private final RowScratch scratch = new RowScratch();
    private RowSampler sampler;

    /** Creates a converter that uses the {@linkplain ConversionPool#shared() shared} pool. */
    public Nv12Converter() {
        this(ConversionPool.shared());
    }

    /**
     * Creates a converter that uses the given pool, for instance one of parallelism 1 to convert on the calling
     * thread alone.
     *
     * @param pool the pool; the converter does not close it
     */
    public Nv12Converter(ConversionPool pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    /**
     * Converts one frame whose planes were copied into arrays (as by {@code VideoFrame.copyPlane}): row {@code r} of
     * plane {@code p} starts at index {@code r * layout.stride(p)}. Returns when the whole destination is written.
     *
     * @param y           the Y plane, at least {@code layout.planeSpan(0)} bytes
     * @param uv          the interleaved CbCr plane (Cb first), at least {@code layout.planeSpan(1)} bytes
     * @param layout      the frame's size, strides and colorimetry (the offsets are not used: the arrays start at
     *                    their plane)
     * @param dst         receives the pixels; row {@code r} at index {@code r * dstScanline}; the ints between the
     *                    end of a row and the next scanline are left untouched
     * @param dstWidth    destination width in pixels, 1 to {@code layout.width()}
     * @param dstHeight   destination height in pixels, 1 to {@code layout.height()}
     * @param dstScanline ints from one destination row to the next, at least {@code dstWidth}
     * @throws IllegalArgumentException if an array is too small, the destination is larger than the frame or the
     *                                  scanline shorter than a row
     * @throws IllegalStateException    if the conversion itself failed (a bug; the cause says where)
     */
    public void convert(byte[] y, byte[] uv, VideoLayout layout, int[] dst, int dstWidth, int dstHeight,
                        int dstScanline) {
        checkArguments(y, uv, layout, dst, dstWidth, dstHeight, dstScanline);
        RowSampler rows = sampler;
        if (rows == null || !rows.fits(layout.width(), layout.height(), dstWidth, dstHeight)) {
            rows = RowSampler.forSizes(layout.width(), layout.height(), dstWidth, dstHeight);
            sampler = rows;
        }
        job.set(y, layout.stride(0), uv, layout.stride(1), rows, YuvToRgb.of(layout.format().colorimetry()), dst,
                dstScanline);
        try {
            pool.execute(job, pool.bandsFor(dstHeight), scratch);
        } finally {
            job.clear();
        }
    }

    private static void checkArguments(byte[] y, byte[] uv, VideoLayout layout, int[] dst, int dstWidth,
                                       int dstHeight, int dstScanline) {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(uv, "uv");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(dst, "dst");
        if (y.length < layout.planeSpan(0) || uv.length < layout.planeSpan(1)) {
            throw new IllegalArgumentException("the planes hold " + y.length + " and " + uv.length
                    + " bytes but " + layout + " needs " + layout.planeSpan(0) + " and " + layout.planeSpan(1));
        }
        if (dstWidth < 1 || dstHeight < 1 || dstWidth > layout.width() || dstHeight > layout.height()) {
            throw new IllegalArgumentException("destination " + dstWidth + "x" + dstHeight + " must be at least 1x1"
                    + " and at most the frame's " + layout.width() + "x" + layout.height()
                    + " (scaling up is left to Java2D)");
        }
        if (dstScanline < dstWidth) {
            throw new IllegalArgumentException("scanline " + dstScanline + " is shorter than a row of " + dstWidth);
        }
        if (dst.length < (long) (dstHeight - 1) * dstScanline + dstWidth) {
            throw new IllegalArgumentException("destination holds " + dst.length + " pixels, needs "
                    + ((long) (dstHeight - 1) * dstScanline + dstWidth) + " for " + dstHeight + " rows of scanline "
                    + dstScanline);
        }
    }
}
