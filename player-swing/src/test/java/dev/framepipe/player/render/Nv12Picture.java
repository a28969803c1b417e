package dev.framepipe.player.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoLayout;

/** An NV12 frame held in two arrays, as the frame thread hands it to the converter. */
final class Nv12Picture {
    final VideoLayout layout;
    final byte[] y;
    final byte[] uv;

    Nv12Picture(VideoLayout layout, byte[] y, byte[] uv) {
        this.layout = layout;
        this.y = y;
        this.uv = uv;
    }

    /**
     * Reads a raw NV12 file as GStreamer writes it without video meta: the default {@code GstVideoInfo} layout,
     * strides rounded up to 4 bytes for both planes, and the CbCr plane after the Y plane padded to an even number
     * of rows.
     *
     * @param file        the file, holding one frame
     * @param width       the width
     * @param height      the height
     * @param colorimetry the colorimetry to convert with
     * @return the picture
     */
    static Nv12Picture readGStreamerFile(Path file, int width, int height, Colorimetry colorimetry) {
        int stride = (width + 3) & ~3;
        long uvOffset = (long) stride * ((height + 1) & ~1);
        VideoLayout layout = VideoLayout.nv12(VideoFormat.of(width, height, colorimetry), 0, stride, uvOffset,
                stride);
        byte[] frame = bytes(file);
        long expected = uvOffset + (long) stride * ((height + 1) / 2);
        if (frame.length != expected) {
            throw new IllegalStateException(file + " holds " + frame.length + " bytes, the layout " + layout
                    + " expects " + expected);
        }
        return new Nv12Picture(layout, Arrays.copyOf(frame, (int) layout.planeSpan(0)),
                Arrays.copyOfRange(frame, (int) uvOffset, (int) (uvOffset + layout.planeSpan(1))));
    }

    /**
     * Copies the picture into planes with wider strides whose padding is random garbage, so that a converter that
     * reads past a row or ignores the stride produces visibly wrong pixels.
     *
     * @param extraY  bytes added to the Y stride
     * @param extraUv bytes added to the CbCr stride
     * @param seed    the garbage's seed
     * @return the copy
     */
    Nv12Picture withPaddedStrides(int extraY, int extraUv, long seed) {
        int yStride = layout.stride(0) + extraY;
        int uvStride = layout.stride(1) + extraUv;
        VideoLayout padded = layout.withPlanes(0, yStride, (long) yStride * layout.height(), uvStride);
        Random garbage = new Random(seed);
        byte[] newY = new byte[(int) padded.planeSpan(0)];
        byte[] newUv = new byte[(int) padded.planeSpan(1)];
        garbage.nextBytes(newY);
        garbage.nextBytes(newUv);
        copyRows(y, layout.stride(0), newY, yStride, layout.planeRowBytes(0), layout.planeRows(0));
        copyRows(uv, layout.stride(1), newUv, uvStride, layout.planeRowBytes(1), layout.planeRows(1));
        return new Nv12Picture(padded, newY, newUv);
    }

    /**
     * Returns the same picture read with another colorimetry.
     *
     * @param colorimetry the colorimetry
     * @return the picture
     */
    Nv12Picture as(Colorimetry colorimetry) {
        return new Nv12Picture(VideoLayout.nv12(VideoFormat.of(layout.width(), layout.height(), colorimetry), 0,
                layout.stride(0), (long) layout.stride(0) * layout.height(), layout.stride(1)), y, uv);
    }

    /**
     * Converts the picture with a tightly packed destination.
     *
     * @param converter the converter
     * @param width     destination width
     * @param height    destination height
     * @return {@code 0x00RRGGBB} pixels, row-major
     */
    int[] convert(Nv12Converter converter, int width, int height) {
        int[] rgb = new int[width * height];
        converter.convert(y, uv, layout, rgb, width, height, width);
        return rgb;
    }

    /**
     * Returns Y, Cb and Cr of a pixel, with the chroma of its 2×2 block.
     *
     * @param x column
     * @param row row
     * @return {Y, Cb, Cr}, 0–255
     */
    int[] yuvAt(int x, int row) {
        int chroma = (row / 2) * layout.stride(1) + (x / 2) * 2;
        return new int[] {y[row * layout.stride(0) + x] & 0xFF, uv[chroma] & 0xFF, uv[chroma + 1] & 0xFF};
    }

    private static void copyRows(byte[] from, int fromStride, byte[] to, int toStride, int rowBytes, int rows) {
        for (int row = 0; row < rows; row++) {
            System.arraycopy(from, row * fromStride, to, row * toStride, rowBytes);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
