package dev.framepipe.player.reliability;

import java.math.BigInteger;

import dev.framepipe.player.frame.VideoLayout;

/**
 * An independent statement of when an NV12 layout is consistent and when it fits a buffer, in arbitrary-precision
 * arithmetic so that it cannot share an overflow with the code it checks.
 */
final class LayoutOracle {
    private LayoutOracle() {
    }

    /**
     * Tells whether {@code VideoLayout.nv12} must accept these values.
     *
     * @return {@code true} for a consistent layout
     */
    static boolean consistent(int width, int height, long yOffset, int yStride, long uvOffset, int uvStride) {
        if (width < 1 || height < 1 || width > VideoLayout.MAX_DIMENSION || height > VideoLayout.MAX_DIMENSION) {
            return false;
        }
        if (yOffset < 0 || uvOffset < 0 || yStride < width || uvStride < chromaRowBytes(width)) {
            return false;
        }
        BigInteger yEnd = end(yOffset, yStride, height, width);
        BigInteger uvEnd = end(uvOffset, uvStride, (height + 1) / 2, chromaRowBytes(width));
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        if (yEnd.compareTo(max) > 0 || uvEnd.compareTo(max) > 0) {
            return false;
        }
        boolean overlap = BigInteger.valueOf(yOffset).compareTo(uvEnd) < 0
                && BigInteger.valueOf(uvOffset).compareTo(yEnd) < 0;
        return !overlap;
    }

    /**
     * Tells whether a consistent layout fits a buffer: both planes end within it.
     *
     * @param layout     the layout
     * @param bufferSize the buffer's size
     * @return {@code true} if every byte the planes cover lies in the buffer
     */
    static boolean fits(VideoLayout layout, long bufferSize) {
        BigInteger size = BigInteger.valueOf(bufferSize);
        return end(layout.offset(0), layout.stride(0), layout.height(), layout.width()).compareTo(size) <= 0
                && end(layout.offset(1), layout.stride(1), (layout.height() + 1) / 2,
                chromaRowBytes(layout.width())).compareTo(size) <= 0;
    }

    /** The bytes of one CbCr row: a Cb and a Cr byte for every two pixels, rounded up. */
    static int chromaRowBytes(int width) {
        return 2 * ((width + 1) / 2);
    }

    private static BigInteger end(long offset, int stride, int rows, int rowBytes) {
        return BigInteger.valueOf(offset).add(BigInteger.valueOf(stride).multiply(BigInteger.valueOf(rows - 1)))
                .add(BigInteger.valueOf(rowBytes));
    }
}
