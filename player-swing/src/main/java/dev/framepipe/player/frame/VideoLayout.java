package dev.framepipe.player.frame;

import java.util.Arrays;

/**
 * The memory layout of an NV12 frame: its size, the offset and stride of its two planes (Y, then interleaved CbCr at
 * half resolution), its colorimetry, pixel aspect ratio and frame rate.
 *
 * <p>Immutable. A layout is made when the stream's caps or video meta change, not per frame: the frame thread keeps
 * the current one and compares. {@link #checkFits(long)} is the guard that runs on every frame before any byte is
 * read.
 */
public final class VideoLayout {
    /** The number of planes of an NV12 frame. */
    public static final int PLANES = 2;
    /** Largest width or height accepted; GStreamer itself refuses larger video. */
    public static final int MAX_DIMENSION = 32768;

    private final int width;
    private final int height;
    private final long[] offsets;
    private final int[] strides;
    private final Colorimetry colorimetry;
    private final int parNumerator;
    private final int parDenominator;
    private final int fpsNumerator;
    private final int fpsDenominator;

    private VideoLayout(int width, int height, long[] offsets, int[] strides, Colorimetry colorimetry,
                        int parNumerator, int parDenominator, int fpsNumerator, int fpsDenominator) {
        this.width = width;
        this.height = height;
        this.offsets = offsets;
        this.strides = strides;
        this.colorimetry = colorimetry;
        this.parNumerator = parNumerator;
        this.parDenominator = parDenominator;
        this.fpsNumerator = fpsNumerator;
        this.fpsDenominator = fpsDenominator;
    }

    /**
     * Creates a layout after checking that it is self-consistent (positive size, strides at least as wide as a row,
     * non-negative offsets, planes that do not overlap).
     *
     * @param width          frame width in pixels
     * @param height         frame height in pixels
     * @param yOffset        byte offset of the Y plane in the buffer
     * @param yStride        bytes from one Y row to the next
     * @param uvOffset       byte offset of the CbCr plane in the buffer
     * @param uvStride       bytes from one CbCr row to the next
     * @param colorimetry    the colour description
     * @param parNumerator   pixel aspect ratio numerator (1 if unknown)
     * @param parDenominator pixel aspect ratio denominator (1 if unknown)
     * @param fpsNumerator   frame rate numerator (0 if unknown or variable)
     * @param fpsDenominator frame rate denominator (1 if unknown)
     * @return the layout
     * @throws FrameLayoutException if the values are inconsistent
     */
    public static VideoLayout nv12(int width, int height, long yOffset, int yStride, long uvOffset, int uvStride,
                                   Colorimetry colorimetry, int parNumerator, int parDenominator,
                                   int fpsNumerator, int fpsDenominator) {
        if (width < 1 || height < 1 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
            throw new FrameLayoutException("frame size " + width + "x" + height + " is outside 1.." + MAX_DIMENSION);
        }
        VideoLayout layout = new VideoLayout(width, height, new long[] {yOffset, uvOffset},
                new int[] {yStride, uvStride}, colorimetry,
                parNumerator > 0 && parDenominator > 0 ? parNumerator : 1,
                parNumerator > 0 && parDenominator > 0 ? parDenominator : 1,
                Math.max(fpsNumerator, 0), fpsDenominator > 0 ? fpsDenominator : 1);
        for (int plane = 0; plane < PLANES; plane++) {
            if (layout.offsets[plane] < 0) {
                throw new FrameLayoutException("plane " + plane + " offset " + layout.offsets[plane] + " is negative");
            }
            if (layout.strides[plane] < layout.planeRowBytes(plane)) {
                throw new FrameLayoutException("plane " + plane + " stride " + layout.strides[plane]
                        + " is smaller than its row of " + layout.planeRowBytes(plane) + " bytes (width " + width + ")");
            }
            if (layout.offsets[plane] > Long.MAX_VALUE - layout.planeSpan(plane)) {
                throw new FrameLayoutException("plane " + plane + " offset " + layout.offsets[plane]
                        + " plus its " + layout.planeSpan(plane) + " bytes overflows");
            }
        }
        long yEnd = layout.planeEnd(0);
        long uvEnd = layout.planeEnd(1);
        if (yOffset < uvEnd && uvOffset < yEnd) {
            throw new FrameLayoutException("planes overlap: Y [" + yOffset + ", " + yEnd + ") and CbCr ["
                    + uvOffset + ", " + uvEnd + ")");
        }
        return layout;
    }

    /**
     * Returns the NV12 layout GStreamer uses for a tightly packed frame: strides rounded up to 4 bytes, CbCr plane
     * after the Y plane rounded up to an even number of rows (an odd height leaves one row of padding between the
     * planes). This is what {@code GstVideoInfo} computes when a buffer carries no video meta.
     *
     * @param width       frame width
     * @param height      frame height
     * @param colorimetry the colour description
     * @return the layout
     */
    public static VideoLayout packedNv12(int width, int height, Colorimetry colorimetry) {
        int yStride = roundUp4(width);
        int uvStride = roundUp4(2 * ((width + 1) / 2));
        long uvOffset = (long) yStride * (height + (height & 1));
        return nv12(width, height, 0, yStride, uvOffset, uvStride, colorimetry, 1, 1, 0, 1);
    }

    private static int roundUp4(int value) {
        return (value + 3) & ~3;
    }

    /**
     * Throws unless both planes lie inside a buffer of {@code bufferSize} bytes. Runs on every frame before any
     * byte is read.
     *
     * @param bufferSize the size of the mapped buffer in bytes
     * @throws FrameLayoutException if a plane would reach outside the buffer
     */
    public void checkFits(long bufferSize) {
        for (int plane = 0; plane < PLANES; plane++) {
            long end = planeEnd(plane);
            if (end > bufferSize) {
                throw new FrameLayoutException("plane " + plane + " of a " + width + "x" + height
                        + " NV12 frame needs bytes up to " + end + " (offset " + offsets[plane] + ", stride "
                        + strides[plane] + ", " + planeRows(plane) + " rows) but the buffer holds " + bufferSize);
            }
        }
    }

    /**
     * Returns a layout equal to this one but with other plane offsets and strides, as read from a buffer's video
     * meta; returns this layout itself when nothing differs, so steady playback allocates nothing.
     *
     * @param yOffset  Y plane offset
     * @param yStride  Y plane stride
     * @param uvOffset CbCr plane offset
     * @param uvStride CbCr plane stride
     * @return this or a new layout
     * @throws FrameLayoutException if the new values are inconsistent
     */
    public VideoLayout withPlanes(long yOffset, int yStride, long uvOffset, int uvStride) {
        if (yOffset == offsets[0] && yStride == strides[0] && uvOffset == offsets[1] && uvStride == strides[1]) {
            return this;
        }
        return nv12(width, height, yOffset, yStride, uvOffset, uvStride, colorimetry, parNumerator, parDenominator,
                fpsNumerator, fpsDenominator);
    }

    /**
     * Returns the number of rows of a plane: the height for Y, half the height rounded up for CbCr.
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return rows
     */
    public int planeRows(int plane) {
        return plane == 0 ? height : (height + 1) / 2;
    }

    /**
     * Returns the bytes of picture in one row of a plane: the width for Y, and for CbCr two bytes for each of the
     * half-width (rounded up) chroma samples.
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return bytes per row, excluding stride padding
     */
    public int planeRowBytes(int plane) {
        return plane == 0 ? width : 2 * ((width + 1) / 2);
    }

    /**
     * Returns how many bytes of the buffer a plane covers, from its offset to the end of its last row's picture
     * (the padding after the last row is not needed).
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return bytes
     */
    public long planeSpan(int plane) {
        return (long) strides[plane] * (planeRows(plane) - 1) + planeRowBytes(plane);
    }

    /**
     * Returns where a plane ends: its offset plus its span. Cannot overflow: {@link #nv12} refuses layouts where it
     * would.
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return the byte index just past the plane's last picture byte
     */
    public long planeEnd(int plane) {
        return offsets[plane] + planeSpan(plane);
    }

    /**
     * Returns the width.
     *
     * @return width in pixels
     */
    public int width() {
        return width;
    }

    /**
     * Returns the height.
     *
     * @return height in pixels
     */
    public int height() {
        return height;
    }

    /**
     * Returns a plane's byte offset in the buffer.
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return the offset
     */
    public long offset(int plane) {
        return offsets[plane];
    }

    /**
     * Returns a plane's stride.
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return bytes from one row to the next
     */
    public int stride(int plane) {
        return strides[plane];
    }

    /**
     * Returns the colorimetry.
     *
     * @return the colour description
     */
    public Colorimetry colorimetry() {
        return colorimetry;
    }

    /**
     * Returns the pixel aspect ratio as a number.
     *
     * @return width of a pixel divided by its height
     */
    public double pixelAspectRatio() {
        return (double) parNumerator / parDenominator;
    }

    /**
     * Returns the nominal frame rate.
     *
     * @return frames per second, 0 if unknown or variable
     */
    public double frameRate() {
        return (double) fpsNumerator / fpsDenominator;
    }

    /**
     * Returns the format part of the layout (everything but the planes).
     *
     * @return a new format
     */
    public VideoFormat format() {
        return new VideoFormat(width, height, colorimetry, pixelAspectRatio(), frameRate());
    }

    /**
     * Returns the nominal duration of one frame.
     *
     * @return nanoseconds, 0 if the frame rate is unknown
     */
    public long frameDurationNanos() {
        return fpsNumerator == 0 ? 0 : 1_000_000_000L * fpsDenominator / fpsNumerator;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VideoLayout)) {
            return false;
        }
        VideoLayout that = (VideoLayout) other;
        return width == that.width && height == that.height && Arrays.equals(offsets, that.offsets)
                && Arrays.equals(strides, that.strides) && colorimetry == that.colorimetry
                && parNumerator == that.parNumerator && parDenominator == that.parDenominator
                && fpsNumerator == that.fpsNumerator && fpsDenominator == that.fpsDenominator;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * width + height) + Arrays.hashCode(strides)) + Arrays.hashCode(offsets);
    }

    @Override
    public String toString() {
        return "NV12 " + width + "x" + height + " strides " + strides[0] + "/" + strides[1] + " offsets " + offsets[0]
                + "/" + offsets[1] + " " + colorimetry + (parNumerator != parDenominator
                ? " PAR " + parNumerator + ":" + parDenominator : "");
    }
}
