package dev.framepipe.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;

import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.testing.LocalHttpServer;

/**
 * A live HLS camera on 127.0.0.1: colour bars with the time of day, H.264 in one-second MPEG-TS segments that
 * {@code hlssink2} writes to a temporary folder (the playlist keeps the last four, the folder the last eight) and a
 * local HTTP server publishes as they appear. Runs until closed.
 */
final class LiveHlsCamera implements AutoCloseable {
    private final Pipeline pipeline;
    private final LocalHttpServer server = LocalHttpServer.start();

    private LiveHlsCamera(Path folder, int width, int height, int fps) {
        GStreamerRuntime.ensureInitialized();
        pipeline = (Pipeline) Gst.parseLaunch("videotestsrc is-live=true pattern=smpte ! video/x-raw,width=" + width
                + ",height=" + height + ",framerate=" + fps + "/1 ! clockoverlay ! x264enc tune=zerolatency "
                + "speed-preset=ultrafast key-int-max=" + fps + " ! h264parse ! hlssink2 target-duration=1 "
                + "playlist-length=4 max-files=8 location=" + folder.resolve("segment%05d.ts")
                + " playlist-location=" + folder.resolve("live.m3u8"));
        server.serveFolder("/hls/", folder);
        pipeline.play();
    }

    /**
     * Starts the camera; its playlist is there after the first segment, about a second later.
     *
     * @param width  picture width
     * @param height picture height
     * @param fps    frames per second
     * @return the camera
     * @throws InterruptedException if interrupted while waiting for the first segment
     */
    static LiveHlsCamera start(int width, int height, int fps) throws InterruptedException {
        try {
            Path folder = Files.createTempDirectory("framepipe-live-hls");
            LiveHlsCamera camera = new LiveHlsCamera(folder, width, height, fps);
            for (int wait = 0; wait < 100 && !Files.exists(folder.resolve("live.m3u8")); wait++) {
                Thread.sleep(100);
            }
            // Players start at the live edge, three segments from the end: let the playlist fill.
            Thread.sleep(4_000);
            return camera;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the playlist's URI.
     *
     * @return an {@code http:} URI
     */
    URI uri() {
        return server.uri("/hls/live.m3u8");
    }

    @Override
    public void close() {
        pipeline.stop();
        pipeline.dispose();
        server.close();
    }
}
