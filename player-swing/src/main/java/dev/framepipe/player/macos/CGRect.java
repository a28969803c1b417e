package dev.framepipe.player.macos;

import com.sun.jna.Structure;

/**
 * {@code CGRect} on 64-bit macOS: {@code {CGPoint origin; CGSize size}} of four {@code CGFloat} ({@code double}),
 * 32 bytes.
 *
 * <p>Declared flat: the nested and the flat form have the same layout, and both ABIs classify them alike (arm64:
 * a homogeneous aggregate of four doubles in v0–v3; x86_64: a 32-byte aggregate passed in memory). Only ever passed
 * by value into a selector ({@code setFrame:}); never returned, since struct-returning messages need
 * {@code objc_msgSend_stret} on x86_64.
 */
@Structure.FieldOrder({"x", "y", "width", "height"})
public class CGRect extends Structure {
    /** Origin x, points. */
    public double x;
    /** Origin y, points. */
    public double y;
    /** Width, points. */
    public double width;
    /** Height, points. */
    public double height;

    /** Creates a zero rectangle (JNA needs this constructor). */
    public CGRect() {
    }

    /**
     * Creates a rectangle.
     *
     * @param x      origin x
     * @param y      origin y
     * @param width  width
     * @param height height
     */
    public CGRect(double x, double y, double width, double height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    /** The by-value form, for {@code setFrame:}. */
    public static class ByValue extends CGRect implements Structure.ByValue {
        /** Creates a zero rectangle (JNA needs this constructor). */
        public ByValue() {
        }

        /**
         * Creates a rectangle.
         *
         * @param x      origin x
         * @param y      origin y
         * @param width  width
         * @param height height
         */
        public ByValue(double x, double y, double width, double height) {
            super(x, y, width, height);
        }
    }
}
