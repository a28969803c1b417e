package dev.framepipe.player.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real RTSP camera on 127.0.0.1 for stream tests and benchmarks: GStreamer's own RTSP server
 * ({@code libgstrtspserver-1.0-0} on Debian; {@code ./framepipe test} installs it) in a process of its own
 * ({@link InProcessRtspServer#main}), serving a live picture a test describes as a {@code gst-launch} payloader bin,
 * with optional Basic credentials and transports. {@link #stop} kills the process, as a camera that loses power: the
 * kernel closes its connections and its UDP streams end; {@link #restart} starts it again on the same port.
 *
 * <p>Close it at the end of the test. The process also ends by itself when this JVM does (its standard input closes).
 */
public final class RtspTestServer implements AutoCloseable {
    /** The mount every server serves. */
    public static final String PATH = "/live";
    /** The lower transports of {@code GstRTSPLowerTrans}: UDP. */
    public static final int UDP = 1;
    /** TCP: RTP interleaved on the RTSP connection. */
    public static final int TCP = 4;
    private static final long START_SECONDS = 30;

    private final String launch;
    private final int protocols;
    private final String user;
    private final String password;
    private int port;
    private Process process;

    private RtspTestServer(String launch, int protocols, String user, String password) {
        this.launch = launch;
        this.protocols = protocols;
        this.user = user;
        this.password = password;
    }

    /**
     * Serves a live picture to any client, over UDP or TCP, on a free port.
     *
     * @param payloaderBin the media as {@code gst-launch} text whose payloader is named {@code pay0}; see
     *                     {@link #liveCamera}
     * @return the running server
     */
    public static RtspTestServer start(String payloaderBin) {
        return start(payloaderBin, UDP | TCP, null, null);
    }

    /**
     * Serves a live picture with transports and credentials chosen.
     *
     * @param payloaderBin the media as {@code gst-launch} text whose payloader is named {@code pay0}
     * @param protocols    {@link #UDP}, {@link #TCP} or both
     * @param user         the user name clients must give, or {@code null} for no authentication
     * @param password     that user's password
     * @return the running server
     */
    public static RtspTestServer start(String payloaderBin, int protocols, String user, String password) {
        RtspTestServer server = new RtspTestServer(payloaderBin, protocols, user, password);
        server.launch(0);
        return server;
    }

    /**
     * A live H.264 camera: colour bars with the time of day drawn on them, low-latency x264.
     *
     * @param width  picture width in pixels
     * @param height picture height in pixels
     * @param fps    frames per second
     * @return the payloader bin for {@link #start}
     */
    public static String liveCamera(int width, int height, int fps) {
        return "videotestsrc is-live=true pattern=smpte ! video/x-raw,width=" + width + ",height=" + height
                + ",framerate=" + fps + "/1 ! clockoverlay ! x264enc tune=zerolatency speed-preset=ultrafast "
                + "key-int-max=" + fps + " ! rtph264pay name=pay0 pt=96 config-interval=-1";
    }

    /**
     * Returns the stream's URI, without credentials.
     *
     * @return {@code rtsp://127.0.0.1:port/live}
     */
    public URI uri() {
        return URI.create("rtsp://127.0.0.1:" + port + PATH);
    }

    /**
     * Returns the stream's URI with credentials in its user information.
     *
     * @param name   the user name
     * @param secret the password
     * @return {@code rtsp://name:secret@127.0.0.1:port/live}
     */
    public URI uri(String name, String secret) {
        return URI.create("rtsp://" + name + ":" + secret + "@127.0.0.1:" + port + PATH);
    }

    /** Kills the server at once, as a camera that loses power; {@link #restart} brings it back. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the server again on the same port, after {@link #stop}. */
    public synchronized void restart() {
        if (process == null) {
            launch(port);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The server's {@code PORT <n>} line, or {@code null} if it ended without one. */
    private static String firstPortLine(BufferedReader output) {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("PORT ")) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch(int onPort) {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                InProcessRtspServer.class.getName(), Integer.toString(onPort), Integer.toString(protocols),
                user == null ? "-" : user, password == null ? "-" : password, launch);
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            // Read on another thread: a server that hangs before it prints its port must not hang the test.
            CompletableFuture<String> portLine = CompletableFuture.supplyAsync(() -> firstPortLine(output));
            String line = portLine.get(START_SECONDS, TimeUnit.SECONDS);
            if (line != null) {
                port = Integer.parseInt(line.substring(5).trim());
                return;
            }
            process.destroyForcibly();
            throw new IllegalStateException("the RTSP server did not start on port " + onPort);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the RTSP server did not start on port " + onPort + " within "
                    + START_SECONDS + " s", e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the RTSP server", e);
        }
    }
}
