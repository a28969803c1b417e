package dev.framepipe.player.frame;

/**
 * Blends one picture (a caption) into every frame a native video sink receives, in front of it in the pipeline: how a
 * renderer whose frames never pass through Java still shows captions. The pipeline makes one for each native sink and
 * hands it over with {@link NativeVideoSink#blendWith}.
 *
 * <p>Threading: any thread. Ownership: the pipeline's; it lives as long as the sink's element.
 */
public interface CaptionBlender {
    /**
     * Blends a picture into every following frame, in place of the last.
     *
     * @param argb   the pixels, non-premultiplied 0xAARRGGBB, row by row without gaps
     * @param x      the picture's left edge in the frame, in frame pixels
     * @param y      its top edge
     * @param width  its width, above 0
     * @param height its height, above 0
     * @throws IllegalArgumentException if the array does not hold exactly {@code width × height} pixels, or the
     *                                  position is negative
     */
    void show(int[] argb, int x, int y, int width, int height);

    /** Blends nothing from the next frame on. Idempotent. */
    void clear();
}
