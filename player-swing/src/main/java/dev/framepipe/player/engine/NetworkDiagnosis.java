package dev.framepipe.player.engine;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Finds out why a network source failed when GStreamer does not say: GStreamer 1.22's HTTP source reports a host that
 * does not exist, a refused connection and a failed TLS handshake alike as "internal data stream error". After such
 * a failure the player asks the network itself, as a user with a terminal would: does the host name resolve, does
 * the port accept a connection, does a TLS handshake succeed. Each step is bounded by {@link #TIMEOUT_MILLIS}, so
 * the answer comes within about {@code 3 ×} that.
 *
 * <p>Nothing is sent but a TCP connection and, for {@code https}/{@code rtsps}, a TLS handshake; no credentials.
 * Thread-safe: probes run on the background executor and the answer is handed to the control loop.
 */
final class NetworkDiagnosis {
    /** The longest each step may take, in milliseconds. */
    static final int TIMEOUT_MILLIS = 3_000;
    /** The TCP schemes probed, with their default ports ({@code udp://} and {@code srt://} are not TCP). */
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443, "rtsp", 554,
            "rtsps", 322, "rtmp", 1935);

    private final Executor background;
    private final Executor controlLoop;

    /**
     * Creates the diagnosis.
     *
     * @param background  where the probes run (they block on the network)
     * @param controlLoop where the answer is handed over
     */
    NetworkDiagnosis(Executor background, Executor controlLoop) {
        this.background = background;
        this.controlLoop = controlLoop;
    }

    /**
     * Tells whether an input is a network location that {@link #diagnose} can probe over TCP.
     *
     * @param input the input as {@link dev.framepipe.player.MediaSource#describe()} gives it
     * @return {@code true} for {@code http(s)}, {@code rtsp(s)} and {@code rtmp} URIs with a host
     */
    static boolean probes(String input) {
        return target(input).isPresent();
    }

    /**
     * Probes the network path to an input and hands the reason it cannot be reached, if one is found, to the control
     * loop.
     *
     * @param input  a network URI, its password removed
     * @param answer receives the reason ("the host name 'x' could not be found"), or empty if the server answers
     */
    void diagnose(String input, Consumer<Optional<String>> answer) {
        background.execute(() -> {
            Optional<String> reason = target(input).flatMap(NetworkDiagnosis::probe);
            controlLoop.execute(() -> answer.accept(reason));
        });
    }

    private static Optional<String> probe(URI uri) {
        String host = uri.getHost();
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host name '" + host + "' could not be found");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORTS.get(uri.getScheme().toLowerCase(Locale.ROOT));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), TIMEOUT_MILLIS);
            if (uri.getScheme().toLowerCase(Locale.ROOT).endsWith("s")) {
                return handshake(socket, host, port);
            }
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of("the connection to " + host + " port " + port + " was refused (no server is "
                    + "listening there)");
        } catch (SocketTimeoutException e) {
            return Optional.of("the server " + host + " did not answer on port " + port + " within "
                    + TIMEOUT_MILLIS / 1000 + " s");
        } catch (IOException e) {
            return Optional.of(host + " port " + port + " cannot be reached: " + e.getMessage());
        }
    }

    private static Optional<String> handshake(Socket plain, String host, int port) throws IOException {
        plain.setSoTimeout(TIMEOUT_MILLIS);
        try (SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, host, port, false)) {
            tls.startHandshake();
            return Optional.empty();
        } catch (SocketTimeoutException e) {
            return Optional.of("the secure (TLS) connection to " + host + " timed out after " + TIMEOUT_MILLIS / 1000
                    + " s");
        } catch (SSLException e) {
            return Optional.of("the secure (TLS) connection to " + host + " failed: " + e.getMessage());
        }
    }

    /** The URI to probe: a scheme with a known port, and a host. */
    private static Optional<URI> target(String input) {
        try {
            URI uri = new URI(input);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return DEFAULT_PORTS.containsKey(scheme) && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
