package dev.framepipe.player.thumbnail;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

import dev.framepipe.player.Thumbnail;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.render.Nv12Converter;

/**
 * Takes the frames of the hidden decoding player and turns the one a request waits for into its picture: the planes
 * copied, converted by the shared NV12 converter straight at the picture's size (downscaled while converting), the
 * pixel aspect ratio corrected. Frames nobody waits for are only counted.
 *
 * <p>Frames arrive on the decoder's frame thread; the worker thread arms a request and waits. The plane copies are
 * reused from one picture to the next.
 */
final class FrameGrab implements FrameConsumer {
    private final Nv12Converter converter = new Nv12Converter();
    private final DoubleSupplier pixelAspectRatio;
    private byte[] luma = new byte[0];
    private byte[] chroma = new byte[0];
    private ThumbnailRequest armed;
    private Thumbnail answer;
    private long frames;
    private boolean abandoned;

    /**
     * Creates the grab.
     *
     * @param pixelAspectRatio the media's pixel aspect ratio (width of a pixel over its height)
     */
    FrameGrab(DoubleSupplier pixelAspectRatio) {
        this.pixelAspectRatio = pixelAspectRatio;
    }

    @Override
    public synchronized void onFrame(VideoFrame frame) {
        frames++;
        ThumbnailRequest request = armed;
        if (request != null && request.isAnsweredBy(frame.streamTimeNanos(), frame.layout().frameDurationNanos())) {
            answer = picture(frame, request);
            armed = null;
        }
        notifyAll();
    }

    /**
     * Waits for the first frames of a decoder that has just opened, so that they are not taken for a request's.
     *
     * @param count        how many frames
     * @param timeoutNanos how long to wait at most
     * @throws InterruptedException if interrupted
     */
    synchronized void awaitFrames(long count, long timeoutNanos) throws InterruptedException {
        waitUntil(() -> frames >= count, timeoutNanos);
    }

    /** Gives up the picture waited for, and every later one: the service is closing. */
    synchronized void abandon() {
        abandoned = true;
        armed = null;
        notifyAll();
    }

    /**
     * Makes a request the one the next answering frame is for.
     *
     * @param request the request
     */
    synchronized void arm(ThumbnailRequest request) {
        armed = abandoned ? null : request;
        answer = null;
    }

    /**
     * Waits for the armed request's picture.
     *
     * @param timeoutNanos how long to wait at most
     * @return the picture, or null if none came in time or the grab was abandoned (the request is disarmed)
     * @throws InterruptedException if interrupted
     */
    synchronized Thumbnail await(long timeoutNanos) throws InterruptedException {
        waitUntil(() -> answer != null, timeoutNanos);
        armed = null;
        return answer;
    }

    /** Waits, holding this monitor between checks, until the condition holds, the grab is abandoned or time is up. */
    private void waitUntil(BooleanSupplier condition, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (!condition.getAsBoolean() && !abandoned && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
    }

    private Thumbnail picture(VideoFrame frame, ThumbnailRequest request) {
        VideoLayout layout = frame.layout();
        luma = copy(frame, 0, luma);
        chroma = copy(frame, 1, chroma);
        double aspect = pixelAspectRatio.getAsDouble();
        double displayWidth = layout.width() * (aspect > 0 ? aspect : 1.0);
        double scale = Math.min(1.0, Math.min(request.maxWidth / displayWidth,
                request.maxHeight / (double) layout.height()));
        int width = Math.max(1, (int) Math.round(displayWidth * scale));
        int height = Math.max(1, (int) Math.round(layout.height() * scale));
        // The converter only scales down: a picture wider than the frame (pixels wider than tall) is stretched after.
        int convertedWidth = Math.min(width, layout.width());
        BufferedImage converted = new BufferedImage(convertedWidth, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) converted.getRaster().getDataBuffer()).getData();
        converter.convert(luma, chroma, layout, pixels, convertedWidth, height, convertedWidth);
        BufferedImage image = convertedWidth == width ? converted : stretched(converted, width, height);
        return new Thumbnail(image, Duration.ofNanos(frame.streamTimeNanos()), request.time, request.mode);
    }

    private static byte[] copy(VideoFrame frame, int plane, byte[] reused) {
        long span = frame.layout().planeSpan(plane);
        byte[] target = reused.length >= span ? reused : new byte[Math.toIntExact(span)];
        frame.copyPlane(plane, target);
        return target;
    }

    private static BufferedImage stretched(BufferedImage source, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return image;
    }
}
