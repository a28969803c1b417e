package dev.framepipe.player.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 for network tests: serves files with range requests (as progressive download
 * players need), and can be told to misbehave the way servers do: stall mid-file, send slowly, answer 404 or 401, or
 * die (stop listening and drop every connection) after sending some bytes. Nothing leaves the machine; every loop is
 * bounded by the files' lengths. Close it at the end of the test.
 */
public final class LocalHttpServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-http");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    /** Folders by URL prefix, looked up at each request, so files written later (a live stream's) are served. */
    private final Map<String, Path> folders = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile long stallAfterBytes = -1;
    private volatile long stallMillis;
    private volatile long bytesPerSecond = -1;
    private volatile long dieAfterBytes = -1;
    private final java.util.concurrent.atomic.AtomicLong sentInAll = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.CountDownLatch died = new java.util.concurrent.CountDownLatch(1);

    private LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /**
     * Starts a server on a free port of 127.0.0.1.
     *
     * @return the server
     */
    public static LocalHttpServer start() {
        try {
            return new LocalHttpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Serves a file at a path.
     *
     * @param path the URL path, starting with "/"
     * @param file the file
     * @return the file's URI on this server
     */
    public URI serve(String path, Path file) {
        files.put(path, file);
        return uri(path);
    }

    /**
     * Serves every file of a folder under a path prefix, as it is when asked for: files written later (the segments
     * of a live stream) are served too.
     *
     * @param prefix the URL path of the folder, starting and ending with "/"
     * @param folder the folder
     */
    public void serveFolder(String prefix, Path folder) {
        folders.put(prefix, folder);
    }

    /**
     * Answers every request for a path with a status and no body (404, 401, 403, 500).
     *
     * @param path   the URL path
     * @param status the HTTP status
     * @return the URI
     */
    public URI answer(String path, int status) {
        statuses.put(path, status);
        return uri(path);
    }

    /**
     * Returns the URI of a path on this server.
     *
     * @param path the URL path
     * @return the URI
     */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /**
     * Makes every response stop for a while once it has sent some bytes, as a congested server does.
     *
     * @param afterBytes where in each response to stop
     * @param millis     how long
     */
    public void stallAfter(long afterBytes, long millis) {
        stallMillis = millis;
        stallAfterBytes = afterBytes;
    }

    /**
     * Limits how fast each response is sent.
     *
     * @param rate bytes per second, or -1 for no limit
     */
    public void limitRate(long rate) {
        bytesPerSecond = rate;
    }

    /**
     * Makes the server die once it has sent some bytes in all, as a server that crashes or a network that drops
     * does: it stops listening and drops every connection.
     *
     * @param bytesInAll how many bytes to send first, over all responses
     */
    public void dieAfter(long bytesInAll) {
        dieAfterBytes = bytesInAll;
    }

    /**
     * Tells whether the server died ({@link #dieAfter}).
     *
     * @return {@code true} once it did
     */
    public boolean hasDied() {
        return died.getCount() == 0;
    }

    /**
     * Returns how many requests were answered.
     *
     * @return the count
     */
    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try {
            String path = exchange.getRequestURI().getPath();
            Integer status = statuses.get(path);
            Path file = files.containsKey(path) ? files.get(path) : inFolder(path);
            if (status != null || file == null) {
                exchange.sendResponseHeaders(status != null ? status : 404, -1);
                return;
            }
            long size = Files.size(file);
            long start = 0;
            long end = size - 1;
            String range = exchange.getRequestHeaders().getFirst("Range");
            Matcher matcher = range == null ? null : RANGE.matcher(range);
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            exchange.getResponseHeaders().set("Content-Type", contentType(path));
            if (matcher != null && matcher.matches()) {
                start = Long.parseLong(matcher.group(1));
                end = matcher.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(matcher.group(2)));
                if (start >= size) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + size);
                exchange.sendResponseHeaders(206, end - start + 1);
            } else {
                exchange.sendResponseHeaders(200, size);
            }
            if (!"HEAD".equals(exchange.getRequestMethod())) {
                send(file, start, end - start + 1, exchange.getResponseBody());
            }
        } catch (IOException e) {
            // The client went away (a player that seeks closes its connection): nothing to answer.
        } finally {
            exchange.close();
        }
    }

    /** The file a path names in a served folder, or {@code null}: only a plain name right under the prefix. */
    private Path inFolder(String path) {
        int slash = path.lastIndexOf('/');
        Path folder = folders.get(path.substring(0, slash + 1));
        String name = path.substring(slash + 1);
        if (folder == null || name.isEmpty() || name.startsWith(".")) {
            return null;
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? file : null;
    }

    private static String contentType(String path) {
        if (path.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        }
        if (path.endsWith(".ts")) {
            return "video/mp2t";
        }
        return path.endsWith(".mp4") ? "video/mp4" : "video/x-matroska";
    }

    private void send(Path file, long start, long length, OutputStream out) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long sent = 0;
        boolean stalled = false;
        long begun = System.nanoTime();
        try (java.io.InputStream in = Files.newInputStream(file)) {
            long skipped = 0;
            while (skipped < start) {
                long step = in.skip(start - skipped);
                if (step <= 0) {
                    throw new IOException("cannot skip to byte " + start);
                }
                skipped += step;
            }
            while (sent < length) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, length - sent));
                if (read < 0) {
                    break;
                }
                long limit = dieAfterBytes;
                if (limit >= 0 && sentInAll.addAndGet(read) > limit) {
                    die();
                    throw new IOException("the server died");
                }
                out.write(buffer, 0, read);
                sent += read;
                if (!stalled && stallAfterBytes >= 0 && sent >= stallAfterBytes) {
                    stalled = true;
                    out.flush();
                    sleep(stallMillis);
                }
                long rate = bytesPerSecond;
                if (rate > 0) {
                    long due = begun + TimeUnit.SECONDS.toNanos(1) * sent / rate;
                    sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(due - System.nanoTime())));
                }
            }
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Stops listening and drops every connection, from a thread of its own: stop() waits for the handlers. */
    private void die() {
        if (died.getCount() > 0) {
            died.countDown();
            new Thread(() -> server.stop(0), "test-http-stop").start();
        }
    }

    @Override
    public void close() {
        died.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
