package dev.framepipe.player.render;

/**
 * The size a frame is converted at before Java2D draws it at the size shown. The converter reduces by whole factors
 * (the exact 2×2 box of {@link HalfSampler}, or a wider box) and Java2D scales the rest, by a factor between ½ and 1
 * or upwards, with its bilinear filter, which for those factors samples every source pixel. Converting straight to
 * an in-between size with the converter's own bilinear sampler costs more: measured side by side
 * ({@code ./framepipe bench e2e}, 720p30 in a 960×540 window), the JVM spent about 1 ms less per frame converting at
 * 1280×720 and the X server about 0.4 ms more scaling it down. Scaling up is Java2D's too (converting a 720p frame at
 * 1920×1080 in Java cost 3.6 ms more per frame than letting Java2D scale it).
 */
final class ConversionSize {
    private ConversionSize() {
    }

    /**
     * Returns the size to convert a frame at: the frame's size divided by the largest whole factor that divides both
     * of its dimensions and keeps the result at least as large as the size shown.
     *
     * @param frameWidth  the frame's width
     * @param frameHeight the frame's height
     * @param shownWidth  the width it is shown at, in device pixels, at least 1
     * @param shownHeight the height it is shown at, in device pixels, at least 1
     * @return {@code width << 32 | height}
     */
    static long of(int frameWidth, int frameHeight, int shownWidth, int shownHeight) {
        int factor = Math.max(1, Math.min(frameWidth / shownWidth, frameHeight / shownHeight));
        while (factor > 1 && (frameWidth % factor != 0 || frameHeight % factor != 0)) {
            factor--;
        }
        return (long) (frameWidth / factor) << 32 | frameHeight / factor;
    }
}
