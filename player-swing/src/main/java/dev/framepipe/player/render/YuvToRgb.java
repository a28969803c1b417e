package dev.framepipe.player.render;

import dev.framepipe.player.frame.Colorimetry;

/**
 * The pixel math: turns a row of packed YUV samples into {@code 0x00RRGGBB} pixels for one {@link Colorimetry}, in
 * fixed point. Every conversion path (1:1, box, bilinear) ends here, so they share one implementation of the matrix,
 * the range and the clamping.
 *
 * <p>A packed sample holds Y, Cb and Cr as 10-bit values with two fraction bits (8-bit code value × 4): Y in bits
 * 0–9, Cb in 10–19, Cr in 20–29. The fraction bits keep the averages of the scaling paths from being rounded to
 * whole code values before the matrix, which would cost up to a level of RGB per channel.
 *
 * <p>{@link #convertRow} is written so that HotSpot's C2 compiles it to SIMD code (measured on JDK 17 with AVX-512:
 * about ten times faster than the same loop left scalar): int arrays in and out at the same index, no table lookups,
 * no {@code Math.min}/{@code max} (C2 of JDK 17 does not vectorise them for ints), only multiplies, adds, shifts and
 * masks, and loop bodies small enough for C2 to unroll. The comments in the loops name the details that matter; the
 * converter benchmark shows at once when one is broken (the 1080p figure grows several times).
 *
 * <p>Immutable and shared: the twelve instances, one per colorimetry, are made once.
 */
final class YuvToRgb {
    /** Bit position of Cb in a packed sample. */
    static final int CB_SHIFT = 10;
    /** Bit position of Cr in a packed sample. */
    static final int CR_SHIFT = 20;
    /** Fraction bits of each packed component: a packed component is the 8-bit code value times 4. */
    static final int FRACTION_BITS = 2;

    /** Fixed-point scale of the RGB intermediate values: 16 fraction bits, so bits 16–23 are the 8-bit result. */
    private static final int PRECISION = 16;
    private static final int COEFFICIENT_SCALE = 1 << (PRECISION - FRACTION_BITS);
    private static final int HALF = 1 << (PRECISION - 1);
    /** The largest intermediate value that still reads as 255. */
    private static final int MAX = (256 << PRECISION) - 1;
    private static final int CHROMA_ZERO = 128 << FRACTION_BITS;
    private static final int COMPONENT_MASK = (1 << CB_SHIFT) - 1;

    /** Read once: {@code values()} copies the array on every call, which until C2 removes it allocates per frame. */
    private static final int RANGES = Colorimetry.Range.values().length;
    private static final YuvToRgb[] CACHE = new YuvToRgb[Colorimetry.Matrix.values().length * RANGES];

    static {
        for (Colorimetry.Matrix matrix : Colorimetry.Matrix.values()) {
            for (Colorimetry.Range range : Colorimetry.Range.values()) {
                CACHE[index(Colorimetry.of(matrix, range))] = new YuvToRgb(Colorimetry.of(matrix, range));
            }
        }
    }

    private final Colorimetry colorimetry;
    private final int lumaScale;
    private final int lumaOffset;
    private final int crToR;
    private final int cbToG;
    private final int crToG;
    private final int cbToB;

    private YuvToRgb(Colorimetry colorimetry) {
        this.colorimetry = colorimetry;
        double kr = colorimetry.matrix().kr();
        double kb = colorimetry.matrix().kb();
        double kg = 1 - kr - kb;
        boolean limited = colorimetry.range() == Colorimetry.Range.LIMITED;
        // Limited range: Y 16..235 and Cb/Cr 16..240 (centred on 128) span the nominal 0..255 and -127.5..127.5.
        double lumaGain = limited ? 255.0 / 219.0 : 1.0;
        double chromaGain = limited ? 255.0 / 224.0 : 1.0;
        int blackLevel = limited ? 16 << FRACTION_BITS : 0;
        lumaScale = fixed(lumaGain);
        lumaOffset = HALF - blackLevel * lumaScale;
        crToR = fixed(2 * (1 - kr) * chromaGain);
        cbToG = fixed(-2 * (1 - kb) * kb / kg * chromaGain);
        crToG = fixed(-2 * (1 - kr) * kr / kg * chromaGain);
        cbToB = fixed(2 * (1 - kb) * chromaGain);
    }

    private static int fixed(double coefficient) {
        return (int) Math.round(coefficient * COEFFICIENT_SCALE);
    }

    private static int index(Colorimetry colorimetry) {
        return colorimetry.matrix().ordinal() * RANGES + colorimetry.range().ordinal();
    }

    /**
     * Returns the shared conversion for a colorimetry.
     *
     * @param colorimetry the frame's colorimetry
     * @return its conversion; no allocation
     */
    static YuvToRgb of(Colorimetry colorimetry) {
        return CACHE[index(colorimetry)];
    }

    /**
     * Packs one sample. For the scaling paths, whose values carry fraction bits; the 1:1 path packs inline.
     *
     * @param y  luma, 0–1020 (code value × 4)
     * @param cb blue-difference chroma, 0–1020
     * @param cr red-difference chroma, 0–1020
     * @return the packed sample
     */
    static int pack(int y, int cb, int cr) {
        return y | cb << CB_SHIFT | cr << CR_SHIFT;
    }

    /**
     * Converts {@code width} packed samples to pixels. Thread-safe (no state is written).
     *
     * @param yuv   packed samples, from index 0
     * @param rgb   receives {@code 0x00RRGGBB} pixels, from index 0
     * @param width the number of samples
     */
    void convertRow(int[] yuv, int[] rgb, int width) {
        // Two passes, because one loop computing all three channels is larger than C2's unrolling limit when the
        // trip count is not a constant, and then stays scalar (measured: 5.3 ms against 0.5 ms for 1080 rows).
        redAndBlue(yuv, rgb, width);
        addGreen(yuv, rgb, width);
    }

    private void redAndBlue(int[] yuv, int[] rgb, int width) {
        int yScale = lumaScale;
        int yOffset = lumaOffset;
        int rv = crToR;
        int bu = cbToB;
        for (int x = 0; x < width; x++) {
            int sample = yuv[x];
            // Cb and Cr before Y: with Y extracted first, C2 of JDK 17 leaves the loop scalar (measured).
            int cb = chroma(sample, CB_SHIFT);
            int cr = chroma(sample, CR_SHIFT);
            int luma = luma(sample, yScale, yOffset);
            rgb[x] = clamp(luma + cr * rv) & 0xFF0000 | clamp(luma + cb * bu) >>> 16 & 0xFF;
        }
    }

    private void addGreen(int[] yuv, int[] rgb, int width) {
        int yScale = lumaScale;
        int yOffset = lumaOffset;
        int gu = cbToG;
        int gv = crToG;
        for (int x = 0; x < width; x++) {
            int sample = yuv[x];
            int cb = chroma(sample, CB_SHIFT);
            int cr = chroma(sample, CR_SHIFT);
            rgb[x] |= clamp(luma(sample, yScale, yOffset) + cb * gu + cr * gv) >>> 8 & 0xFF00;
        }
    }

    private static int luma(int sample, int scale, int offset) {
        return (sample & COMPONENT_MASK) * scale + offset;
    }

    private static int chroma(int sample, int shift) {
        return ((sample >>> shift) & COMPONENT_MASK) - CHROMA_ZERO;
    }

    /**
     * Clamps a fixed-point channel without a branch: below 0 clears every bit, above {@link #MAX} sets every bit,
     * so bits 16–23 are the 8-bit result either way.
     */
    private static int clamp(int value) {
        return (value & ~(value >> 31)) | ((MAX - value) >> 31);
    }

    @Override
    public String toString() {
        return "YUV to RGB, " + colorimetry;
    }
}
