package dev.framepipe.player.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import dev.framepipe.player.diagnostics.LiveResources;

/**
 * One RGB frame image and its pixel array: a {@code TYPE_INT_RGB} image made explicitly (never through
 * {@code createCompatibleImage}, whose raster type is not guaranteed), so the converter can write its
 * {@code int[]} directly. Two of these alternate as back and front buffer; they are replaced only when the size
 * changes.
 */
final class ConvertedFrame {
    private final BufferedImage image;
    private final int[] pixels;
    private long arrivedNanos;
    private boolean released;

    ConvertedFrame(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        LiveResources.FRAME_BUFFERS.acquired();
    }

    boolean hasSize(int width, int height) {
        return image.getWidth() == width && image.getHeight() == height;
    }

    BufferedImage image() {
        return image;
    }

    int[] pixels() {
        return pixels;
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /** The {@code System.nanoTime()} at which the frame left GStreamer. */
    long arrivedNanos() {
        return arrivedNanos;
    }

    void arrivedNanos(long nanos) {
        arrivedNanos = nanos;
    }

    /** Gives the image back to the garbage collector's accounting; idempotent. */
    void release() {
        if (!released) {
            released = true;
            image.flush();
            LiveResources.FRAME_BUFFERS.released();
        }
    }
}
