package dev.framepipe.player.testing;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.elements.AppSrc;

/**
 * An RTSP camera whose every picture carries the moment it was made, for measuring glass-to-glass latency: a row of
 * 32 black or white blocks across the top of each 640×360 frame spells the clock in milliseconds (the low 32 bits of
 * {@link System#nanoTime()} / 10⁶, most significant bit left), read back by {@link #stampOf}. The frames are made in
 * Java at 25 fps and pushed into the server's {@code appsrc} the moment they are stamped, so what a player shows
 * later, minus the stamp, is the whole path: encoding, RTP, the jitter buffer, decoding, conversion and the sink.
 * Server and player share the JVM's clock.
 */
public final class StampedCamera implements AutoCloseable {
    /** Picture width in pixels. */
    public static final int WIDTH = 640;
    /** Picture height in pixels. */
    public static final int HEIGHT = 360;
    /** Frames per second. */
    public static final int FPS = 25;
    private static final int BITS = 32;
    private static final int BLOCK = WIDTH / BITS;
    /** How many rows at the top of the luma plane hold the stamp. */
    public static final int STAMP_ROWS = BLOCK;
    private static final byte BLACK = 16;
    private static final byte WHITE = (byte) 235;
    private static final byte GREY = (byte) 128;

    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stamped-camera");
        thread.setDaemon(true);
        return thread;
    });
    private final InProcessRtspServer server;
    private volatile AppSrc source;

    private StampedCamera() {
        server = InProcessRtspServer.start(0, "appsrc name=stamp is-live=true do-timestamp=true format=time "
                + "caps=video/x-raw,format=I420,width=" + WIDTH + ",height=" + HEIGHT + ",framerate=" + FPS + "/1 "
                + "! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=" + FPS + " bitrate=4000 "
                + "! rtph264pay name=pay0 pt=96 config-interval=-1", RtspTestServer.UDP | RtspTestServer.TCP, null, null,
                this::configure);
        pusher.scheduleAtFixedRate(this::pushFrame, 0, 1000 / FPS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the camera on a free port of 127.0.0.1.
     *
     * @return the camera
     */
    public static StampedCamera start() {
        return new StampedCamera();
    }

    /**
     * Returns the camera's URI.
     *
     * @return an {@code rtsp:} URI
     */
    public URI uri() {
        return server.uri();
    }

    /**
     * Returns the clock the stamps are taken from.
     *
     * @return milliseconds, the low 32 bits
     */
    public static long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime()) & 0xFFFF_FFFFL;
    }

    /**
     * Reads the stamp of a frame from its luma plane.
     *
     * @param luma   the luma plane, 8 bits per pixel
     * @param stride bytes per row
     * @return when the frame was made, in the clock of {@link #now()}
     */
    public static long stampOf(byte[] luma, int stride) {
        long stamp = 0;
        int row = BLOCK / 2 * stride;
        for (int bit = 0; bit < BITS; bit++) {
            stamp = stamp << 1 | ((luma[row + bit * BLOCK + BLOCK / 2] & 0xFF) > 128 ? 1 : 0);
        }
        return stamp;
    }

    /**
     * Returns how long ago a frame was made.
     *
     * @param stamp the frame's stamp
     * @return milliseconds
     */
    public static long ageOf(long stamp) {
        return now() - stamp & 0xFFFF_FFFFL;
    }

    @Override
    public void close() {
        pusher.shutdownNow();
        server.close();
    }

    private void configure(Bin media) {
        source = (AppSrc) media.getElementByName("stamp");
    }

    private void pushFrame() {
        AppSrc to = source;
        if (to == null) {
            return;
        }
        int lumaSize = WIDTH * HEIGHT;
        Buffer frame = new Buffer(lumaSize * 3 / 2);
        ByteBuffer pixels = frame.map(true);
        for (int i = 0; i < lumaSize; i++) {
            pixels.put(i, BLACK);
        }
        for (int i = lumaSize; i < lumaSize * 3 / 2; i++) {
            pixels.put(i, GREY);
        }
        long stamp = now();
        for (int bit = 0; bit < BITS; bit++) {
            boolean one = (stamp >>> (BITS - 1 - bit) & 1) == 1;
            for (int y = 0; y < BLOCK; y++) {
                for (int x = 0; x < BLOCK; x++) {
                    pixels.put(y * WIDTH + bit * BLOCK + x, one ? WHITE : BLACK);
                }
            }
        }
        frame.unmap();
        if (to.pushBuffer(frame) != FlowReturn.OK) {
            source = null; // The media was torn down; the next one configures anew.
        }
    }
}
