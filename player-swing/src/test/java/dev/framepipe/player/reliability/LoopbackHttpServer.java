package dev.framepipe.player.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on the loopback address only, serving one file at about the rate it plays and dying after a given
 * number of bytes, as a server that crashes or a network that drops does. Every loop is bounded by the file's
 * length; {@link #close()} stops it for good.
 */
final class LoopbackHttpServer implements AutoCloseable {
    private static final int CHUNK = 8 * 1024;
    private static final long CHUNK_PAUSE_MILLIS = 25;

    private final byte[] content;
    private final int dieAfter;
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(2);
    private final CountDownLatch died = new CountDownLatch(1);

    /**
     * Starts serving.
     *
     * @param content  the file's bytes, served at {@code /clip.mp4}
     * @param dieAfter how many bytes in all to send before the server stops
     */
    LoopbackHttpServer(byte[] content, int dieAfter) {
        this.content = content;
        this.dieAfter = dieAfter;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/clip.mp4", this::serve);
        server.setExecutor(handlers);
        server.start();
    }

    /**
     * Returns the URI of the file.
     *
     * @return for instance {@code http://127.0.0.1:40123/clip.mp4}
     */
    String uri() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/clip.mp4";
    }

    /**
     * Tells whether the server has stopped after sending its bytes.
     *
     * @return {@code true} once it died
     */
    boolean hasDied() {
        return died.getCount() == 0;
    }

    private void serve(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "video/mp4");
        exchange.sendResponseHeaders(200, content.length);
        try (OutputStream body = exchange.getResponseBody()) {
            for (int sent = 0; sent < content.length; sent += CHUNK) {
                if (sent >= dieAfter) {
                    die();
                    return;
                }
                body.write(content, sent, Math.min(CHUNK, content.length - sent));
                body.flush();
                Thread.sleep(CHUNK_PAUSE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops listening and drops every connection, from a thread of its own: stop() waits for handlers. */
    private void die() {
        if (died.getCount() > 0) {
            died.countDown();
            new Thread(() -> server.stop(0), "test-http-stop").start();
        }
    }

    @Override
    public void close() throws InterruptedException {
        die();
        handlers.shutdownNow();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
