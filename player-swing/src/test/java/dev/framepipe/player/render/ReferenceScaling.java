package dev.framepipe.player.render;

import dev.framepipe.player.frame.Colorimetry;

/**
 * Straightforward box and bilinear scaling in double precision, written independently of the converter, over
 * either the converter's own 1:1 RGB output or the frame's Y, Cb and Cr (each pixel with the chroma of its 2×2
 * block): the references the converter's scaling paths are compared with.
 */
final class ReferenceScaling {
    /** A picture as channel values per pixel. */
    interface Channels {
        /**
         * Returns the channels of a pixel.
         *
         * @param x   column
         * @param row row
         * @return three channel values, 0–255
         */
        double[] at(int x, int row);
    }

    private ReferenceScaling() {
    }

    /**
     * Reads converted pixels as R, G, B.
     *
     * @param rgb   {@code 0x00RRGGBB} pixels, row-major
     * @param width the width
     * @return the channels
     */
    static Channels rgb(int[] rgb, int width) {
        return (x, row) -> {
            int pixel = rgb[row * width + x];
            return new double[] {pixel >> 16 & 0xFF, pixel >> 8 & 0xFF, pixel & 0xFF};
        };
    }

    /**
     * Reads a frame as Y, Cb, Cr.
     *
     * @param picture the frame
     * @return the channels
     */
    static Channels yuv(Nv12Picture picture) {
        return (x, row) -> {
            int[] yuv = picture.yuvAt(x, row);
            return new double[] {yuv[0], yuv[1], yuv[2]};
        };
    }

    /**
     * Averages each {@code factorX × factorY} block.
     *
     * @return channel values per destination pixel, row-major
     */
    static double[][] box(Channels source, int width, int height, int factorX, int factorY) {
        int outWidth = width / factorX;
        double[][] out = new double[outWidth * (height / factorY)][];
        for (int i = 0; i < out.length; i++) {
            double[] sum = new double[3];
            for (int dy = 0; dy < factorY; dy++) {
                for (int dx = 0; dx < factorX; dx++) {
                    add(sum, source.at((i % outWidth) * factorX + dx, (i / outWidth) * factorY + dy),
                            1.0 / (factorX * factorY));
                }
            }
            out[i] = sum;
        }
        return out;
    }

    /**
     * Interpolates bilinearly, mapping the centre of each destination pixel into the source and clamping to the
     * edge pixels.
     *
     * @return channel values per destination pixel, row-major
     */
    static double[][] bilinear(Channels source, int width, int height, int outWidth, int outHeight) {
        double[][] out = new double[outWidth * outHeight][];
        for (int i = 0; i < out.length; i++) {
            double sx = clamp((i % outWidth + 0.5) * width / outWidth - 0.5, width);
            double sy = clamp((i / outWidth + 0.5) * height / outHeight - 0.5, height);
            int x0 = (int) sx;
            int y0 = (int) sy;
            int x1 = Math.min(x0 + 1, width - 1);
            int y1 = Math.min(y0 + 1, height - 1);
            double fx = sx - x0;
            double fy = sy - y0;
            double[] sum = new double[3];
            add(sum, source.at(x0, y0), (1 - fx) * (1 - fy));
            add(sum, source.at(x1, y0), fx * (1 - fy));
            add(sum, source.at(x0, y1), (1 - fx) * fy);
            add(sum, source.at(x1, y1), fx * fy);
            out[i] = sum;
        }
        return out;
    }

    /**
     * Rounds R, G, B values to pixels.
     *
     * @param rgb channel values per pixel
     * @return {@code 0x00RRGGBB} pixels
     */
    static int[] pack(double[][] rgb) {
        int[] out = new int[rgb.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = SpecConversion.pack(rgb[i]);
        }
        return out;
    }

    /**
     * Converts Y, Cb, Cr values to pixels with the standard's formulas.
     *
     * @param yuv         channel values per pixel
     * @param colorimetry matrix and range
     * @return {@code 0x00RRGGBB} pixels
     */
    static int[] convert(double[][] yuv, Colorimetry colorimetry) {
        int[] out = new int[yuv.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = SpecConversion.pack(SpecConversion.rgb(yuv[i][0], yuv[i][1], yuv[i][2], colorimetry));
        }
        return out;
    }

    private static double clamp(double position, int size) {
        return Math.max(0, Math.min(position, size - 1));
    }

    private static void add(double[] sum, double[] channels, double weight) {
        for (int i = 0; i < 3; i++) {
            sum[i] += channels[i] * weight;
        }
    }
}
