package dev.framepipe.player.frame;

import java.util.Arrays;

/**
 * The memory layout of an NV12 frame: its {@link VideoFormat} (size, colorimetry, pixel aspect ratio, frame rate) and
 * the offset and stride of its two planes (Y, then interleaved CbCr at half resolution).
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

    private final VideoFormat format;
    private final long[] offsets;
    private final int[] strides;

    private VideoLayout(VideoFormat format, long[] offsets, int[] strides) {
        this.format = format;
        this.offsets = offsets;
        this.strides = strides;
    }

    /**
     * Creates a layout after checking that it is self-consistent (positive size, strides at least as wide as a row,
     * non-negative offsets, planes that do not overlap).
     *
     * @param format   the frame's format
     * @param yOffset  byte offset of the Y plane in the buffer
     * @param yStride  bytes from one Y row to the next
     * @param uvOffset byte offset of the CbCr plane in the buffer
     * @param uvStride bytes from one CbCr row to the next
     * @return the layout
     * @throws FrameLayoutException if the values are inconsistent
     */
    public static VideoLayout nv12(VideoFormat format, long yOffset, int yStride, long uvOffset, int uvStride) {
        int width = format.width();
        int height = format.height();
        if (width < 1 || height < 1 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
            throw new FrameLayoutException("frame size " + width + "x" + height + " is outside 1.." + MAX_DIMENSION);
        }
        VideoLayout layout = new VideoLayout(format, new long[] {yOffset, uvOffset}, new int[] {yStride, uvStride});
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
     * @return the layout, with square pixels and an unknown frame rate
     */
    public static VideoLayout packedNv12(int width, int height, Colorimetry colorimetry) {
        int yStride = roundUp4(width);
        int uvStride = roundUp4(2 * ((width + 1) / 2));
        long uvOffset = (long) yStride * (height + (height & 1));
        return nv12(VideoFormat.of(width, height, colorimetry), 0, yStride, uvOffset, uvStride);
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
            checkFits(plane, bufferSize);
        }
    }

    private void checkFits(int plane, long bufferSize) {
        long end = planeEnd(plane);
        if (end > bufferSize) {
            throw new FrameLayoutException("plane " + plane + " of a " + width() + "x" + height()
                    + " frame needs bytes up to " + end + " (offset " + offsets[plane] + ", stride "
                    + strides[plane] + ", " + planeRows(plane) + " rows) but the buffer holds " + bufferSize);
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
        return nv12(format, yOffset, yStride, uvOffset, uvStride);
    }

    /**
     * Returns the number of rows of a plane: the height for Y, half the height rounded up for CbCr.
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return rows
     */
    public int planeRows(int plane) {
        return plane == 0 ? height() : (height() + 1) / 2;
    }

    /**
     * Returns the bytes of picture in one row of a plane: the width for Y, and for CbCr two bytes for each of the
     * half-width (rounded up) chroma samples.
     *
     * @param plane 0 (Y) or 1 (CbCr)
     * @return bytes per row, excluding stride padding
     */
    public int planeRowBytes(int plane) {
        return plane == 0 ? width() : 2 * ((width() + 1) / 2);
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
     * Returns the frame's format.
     *
     * @return the format
     */
    public VideoFormat format() {
        return format;
    }

    /**
     * Returns the width, as {@link #format()} says.
     *
     * @return width in pixels
     */
    public int width() {
        return format.width();
    }

    /**
     * Returns the height, as {@link #format()} says.
     *
     * @return height in pixels
     */
    public int height() {
        return format.height();
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
     * Returns the nominal duration of one frame, as {@link VideoFormat#frameDurationNanos()} of {@link #format()}:
     * the frame thread counts gaps and the player steps back by it.
     *
     * @return nanoseconds, 0 if the frame rate is unknown
     */
    public long frameDurationNanos() {
        return format.frameDurationNanos();
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
        return format.equals(that.format) && Arrays.equals(offsets, that.offsets)
                && Arrays.equals(strides, that.strides);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * format.hashCode() + Arrays.hashCode(strides)) + Arrays.hashCode(offsets);
    }

    @Override
    public String toString() {
        return "NV12 " + format + ", strides " + strides[0] + "/" + strides[1] + ", offsets " + offsets[0] + "/"
                + offsets[1];
    }
}
