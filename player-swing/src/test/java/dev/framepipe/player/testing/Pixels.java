package dev.framepipe.player.testing;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

/**
 * Measures what is drawn in an image, a screenshot or a painted one: where the pixels of some kind (a caption's
 * white text, a box's grey) are, how many there are, where their middle lies. One test of "is this a caption pixel"
 * serves the images the tests paint and what a robot reads from the screen.
 */
public final class Pixels {
    private Pixels() {
    }

    /**
     * Tells whether a pixel is the default caption text's white (the clips under test are dark or grey).
     *
     * @param rgb the pixel
     * @return {@code true} for near-white
     */
    public static boolean white(int rgb) {
        Color pixel = new Color(rgb);
        return pixel.getRed() > 200 && pixel.getGreen() > 200 && pixel.getBlue() > 200;
    }

    /**
     * Matches pixels close to a colour.
     *
     * @param colour    the colour
     * @param tolerance the largest difference per channel
     * @return the test
     */
    public static IntPredicate near(Color colour, int tolerance) {
        return rgb -> Windows.difference(rgb, colour) <= tolerance;
    }

    /**
     * Returns the smallest rectangle holding the pixels that pass a test.
     *
     * @param image the image
     * @param ink   which pixels count
     * @return the rectangle, or {@code null} if no pixel passes
     */
    public static Rectangle bounds(BufferedImage image, IntPredicate ink) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (ink.test(image.getRGB(x, y))) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /**
     * Counts the pixels that pass a test: how much ink a caption puts on the picture.
     *
     * @param image the image
     * @param ink   which pixels count
     * @return the number of pixels
     */
    public static int count(BufferedImage image, IntPredicate ink) {
        return count(image, new Rectangle(image.getWidth(), image.getHeight()), ink);
    }

    /**
     * Counts the pixels that pass a test in part of an image.
     *
     * @param image the image
     * @param area  the part, inside the image
     * @param ink   which pixels count
     * @return the number of pixels
     */
    public static int count(BufferedImage image, Rectangle area, IntPredicate ink) {
        int count = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (ink.test(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Returns the mean x of the pixels that pass a test in some rows: where that ink's middle is horizontally.
     *
     * @param image the image
     * @param top   the first row
     * @param rows  how many rows
     * @param ink   which pixels count
     * @return the mean x, or {@code NaN} if no pixel passes
     */
    public static double meanX(BufferedImage image, int top, int rows, IntPredicate ink) {
        long sum = 0;
        int count = 0;
        for (int y = top; y < top + rows; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (ink.test(image.getRGB(x, y))) {
                    sum += x;
                    count++;
                }
            }
        }
        return count == 0 ? Double.NaN : (double) sum / count;
    }

    /**
     * Returns the mean x of all the pixels that pass a test.
     *
     * @param image the image
     * @param ink   which pixels count
     * @return the mean x, or {@code NaN} if no pixel passes
     */
    public static double meanX(BufferedImage image, IntPredicate ink) {
        return meanX(image, 0, image.getHeight(), ink);
    }
}
