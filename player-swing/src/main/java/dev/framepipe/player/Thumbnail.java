package dev.framepipe.player;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Objects;

/**
 * A picture of a media at a time, made by {@link Thumbnails}: the decoded frame, converted to RGB and scaled to fit
 * the size asked for (never enlarged), with its pixel aspect ratio corrected. Immutable; the image must not be
 * changed (it may be cached and handed to other callers).
 */
public final class Thumbnail {
    private final BufferedImage image;
    private final Duration frameTime;
    private final Duration requestedTime;
    private final SeekMode mode;

    /**
     * Describes a picture; the library makes these.
     *
     * @param image         the picture, {@code TYPE_INT_RGB}
     * @param frameTime     the time of the frame shown, within one frame of the frame's start: the requested time's
     *                      frame in {@link SeekMode#ACCURATE} mode, the key frame at or before it in
     *                      {@link SeekMode#FAST} mode
     * @param requestedTime the time asked for
     * @param mode          how the frame was found
     */
    public Thumbnail(BufferedImage image, Duration frameTime, Duration requestedTime, SeekMode mode) {
        this.image = Objects.requireNonNull(image, "image");
        this.frameTime = Objects.requireNonNull(frameTime, "frameTime");
        this.requestedTime = Objects.requireNonNull(requestedTime, "requestedTime");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Returns the picture.
     *
     * @return an RGB image; do not change it
     */
    public BufferedImage getImage() {
        return image;
    }

    /**
     * Returns the time of the frame shown: the frame's start, or in accurate mode the requested time when the
     * request fell inside the frame.
     *
     * @return from the start of the media
     */
    public Duration getFrameTime() {
        return frameTime;
    }

    /**
     * Returns the time that was asked for.
     *
     * @return from the start of the media
     */
    public Duration getRequestedTime() {
        return requestedTime;
    }

    /**
     * Returns how the frame was found.
     *
     * @return fast (key frame) or accurate
     */
    public SeekMode getMode() {
        return mode;
    }

    @Override
    public String toString() {
        return "Thumbnail[" + image.getWidth() + "x" + image.getHeight() + " at " + frameTime.toMillis() + " ms for "
                + requestedTime.toMillis() + " ms, " + mode + "]";
    }
}
