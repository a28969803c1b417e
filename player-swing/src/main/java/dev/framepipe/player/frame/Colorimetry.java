package dev.framepipe.player.frame;

/**
 * How a frame's YUV values map to colours: the matrix (BT.601, BT.709 or BT.2020) and the range (limited 16–235 or
 * full 0–255). Read from the stream's caps; when the stream does not say, GStreamer's rule applies (BT.709 above
 * 576 lines, BT.601 otherwise; limited range). Immutable; the twelve possible values are shared constants.
 */
public final class Colorimetry {
    /** The YUV → RGB matrix. */
    public enum Matrix {
        /** ITU-R BT.601 (SD video; also used for FCC and unknown SD content). */
        BT601("BT.601", 0.299, 0.114),
        /** ITU-R BT.709 (HD video; also used for SMPTE 240M, whose coefficients are close). */
        BT709("BT.709", 0.2126, 0.0722),
        /** ITU-R BT.2020 non-constant luminance (UHD video). */
        BT2020("BT.2020", 0.2627, 0.0593);

        private final String label;
        private final double kr;
        private final double kb;

        Matrix(String label, double kr, double kb) {
            this.label = label;
            this.kr = kr;
            this.kb = kb;
        }

        /**
         * Returns the weight of red in luma, K<sub>R</sub> of the standard.
         *
         * @return for instance 0.2126 for BT.709
         */
        public double kr() {
            return kr;
        }

        /**
         * Returns the weight of blue in luma, K<sub>B</sub> of the standard.
         *
         * @return for instance 0.0722 for BT.709
         */
        public double kb() {
            return kb;
        }

        /**
         * Returns the name users know the matrix by.
         *
         * @return for instance {@code "BT.709"}
         */
        public String label() {
            return label;
        }
    }

    /** The code-value range of the samples. */
    public enum Range {
        /** Y in 16–235, Cb and Cr in 16–240 ("TV" or "video" range), as nearly all broadcast and camera video. */
        LIMITED,
        /** Y, Cb and Cr in 0–255 ("PC" or "JPEG" range). */
        FULL
    }

    private static final Colorimetry[] ALL = new Colorimetry[Matrix.values().length * Range.values().length];

    static {
        for (Matrix matrix : Matrix.values()) {
            for (Range range : Range.values()) {
                ALL[index(matrix, range)] = new Colorimetry(matrix, range);
            }
        }
    }

    private final Matrix matrix;
    private final Range range;

    private Colorimetry(Matrix matrix, Range range) {
        this.matrix = matrix;
        this.range = range;
    }

    private static int index(Matrix matrix, Range range) {
        return matrix.ordinal() * Range.values().length + range.ordinal();
    }

    /**
     * Returns the shared instance for a matrix and range.
     *
     * @param matrix the matrix
     * @param range  the range
     * @return the colorimetry
     */
    public static Colorimetry of(Matrix matrix, Range range) {
        return ALL[index(matrix, range)];
    }

    /**
     * Interprets GStreamer's {@code GstVideoColorMatrix} and {@code GstVideoColorRange} codes, filling in defaults
     * the way GStreamer does when the stream leaves them unknown.
     *
     * @param gstMatrix GstVideoColorMatrix: 0 unknown, 1 RGB, 2 FCC, 3 BT709, 4 BT601, 5 SMPTE240M, 6 BT2020
     * @param gstRange  GstVideoColorRange: 0 unknown, 1 0–255, 2 16–235
     * @param height    the frame height, which decides the default matrix
     * @return the colorimetry to convert with
     */
    public static Colorimetry fromGStreamer(int gstMatrix, int gstRange, int height) {
        Matrix matrix;
        switch (gstMatrix) {
            case 3:
            case 5:
                matrix = Matrix.BT709;
                break;
            case 2:
            case 4:
                matrix = Matrix.BT601;
                break;
            case 6:
                matrix = Matrix.BT2020;
                break;
            default:
                matrix = height > 576 ? Matrix.BT709 : Matrix.BT601;
        }
        Range range = gstRange == 1 ? Range.FULL : Range.LIMITED;
        return of(matrix, range);
    }

    /**
     * Returns the matrix.
     *
     * @return the matrix
     */
    public Matrix matrix() {
        return matrix;
    }

    /**
     * Returns the range.
     *
     * @return the range
     */
    public Range range() {
        return range;
    }

    /**
     * Returns a description for users.
     *
     * @return for instance {@code "BT.709, limited range"}
     */
    @Override
    public String toString() {
        return matrix.label() + (range == Range.FULL ? ", full range" : ", limited range");
    }
}
