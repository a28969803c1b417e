package dev.framepipe.player.render;

import dev.framepipe.player.frame.Colorimetry;

/**
 * The YUV → RGB conversion written straight from ITU-R BT.601, BT.709 and BT.2020 in double precision, per pixel:
 * an independent reference for the converter's fixed-point arithmetic.
 */
final class SpecConversion {
    private SpecConversion() {
    }

    /**
     * Converts one pixel.
     *
     * @param y           luma, 0–255
     * @param cb          blue-difference chroma, 0–255
     * @param cr          red-difference chroma, 0–255
     * @param colorimetry matrix and range
     * @return {R, G, B} before rounding and clamping
     */
    static double[] rgb(double y, double cb, double cr, Colorimetry colorimetry) {
        double kr = colorimetry.matrix().kr();
        double kb = colorimetry.matrix().kb();
        boolean limited = colorimetry.range() == Colorimetry.Range.LIMITED;
        double luma = limited ? (y - 16) * 255 / 219 : y;
        double pb = limited ? (cb - 128) * 255 / 224 : cb - 128;
        double pr = limited ? (cr - 128) * 255 / 224 : cr - 128;
        double r = luma + 2 * (1 - kr) * pr;
        double b = luma + 2 * (1 - kb) * pb;
        double g = (luma - kr * r - kb * b) / (1 - kr - kb);
        return new double[] {r, g, b};
    }

    /**
     * Converts a whole picture at its own size.
     *
     * @param picture the picture
     * @return {@code 0x00RRGGBB} pixels, row-major
     */
    static int[] convert(Nv12Picture picture) {
        int width = picture.layout.width();
        int[] out = new int[width * picture.layout.height()];
        for (int row = 0; row < picture.layout.height(); row++) {
            for (int x = 0; x < width; x++) {
                int[] yuv = picture.yuvAt(x, row);
                out[row * width + x] = pack(rgb(yuv[0], yuv[1], yuv[2], picture.layout.format().colorimetry()));
            }
        }
        return out;
    }

    /**
     * Rounds, clamps and packs a colour.
     *
     * @param rgb {R, G, B}
     * @return {@code 0x00RRGGBB}
     */
    static int pack(double[] rgb) {
        int packed = 0;
        for (double channel : rgb) {
            packed = packed << 8 | (int) Math.max(0, Math.min(255, Math.round(channel)));
        }
        return packed;
    }
}
