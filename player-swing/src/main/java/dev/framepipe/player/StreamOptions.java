package dev.framepipe.player;

import java.net.PasswordAuthentication;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How a player treats live and network streams: the latency of live sources, the RTSP transport, credentials, and
 * reconnecting when a live stream drops. Immutable; each {@code with...} method returns a copy. Set it with
 * {@link PlayerOptions#withStreaming}.
 *
 * <pre>{@code
 * PlayerOptions options = PlayerOptions.defaults().withStreaming(StreamOptions.lowLatency()
 *         .withTransport(StreamOptions.Transport.TCP)
 *         .withCredentials(uri -> new PasswordAuthentication("viewer", secret)));
 * }</pre>
 */
public final class StreamOptions {
    /** The latency of live sources by default: GStreamer's RTSP jitter buffer of 2 s, which rides out most networks. */
    public static final Duration DEFAULT_LATENCY = Duration.ofSeconds(2);
    /** The latency of {@link #lowLatency()}: enough for a camera on a local network. */
    public static final Duration LOW_LATENCY = Duration.ofMillis(200);
    /** How many times a dropped live stream is reconnected by default before the player gives up. */
    public static final int DEFAULT_RECONNECT_ATTEMPTS = 10;
    /** The wait before the first reconnect attempt by default; it doubles with each attempt. */
    public static final Duration DEFAULT_RECONNECT_DELAY = Duration.ofMillis(500);
    /** The longest wait between two reconnect attempts by default. */
    public static final Duration DEFAULT_MAX_RECONNECT_DELAY = Duration.ofSeconds(8);
    /** How long a playing live stream may send nothing before it counts as dropped, by default. */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(10);
    private static final StreamOptions DEFAULTS = new StreamOptions();

    /** How an RTSP source receives its media. */
    public enum Transport {
        /** UDP, falling back to TCP when no UDP packet arrives (GStreamer's default). */
        AUTO,
        /** UDP only: least delay on a clean network. */
        UDP,
        /** TCP only (interleaved in the RTSP connection): passes firewalls and NAT, never loses packets. */
        TCP
    }

    /** Gives the user name and password for a stream whose URI carries none. */
    @FunctionalInterface
    public interface CredentialsCallback {
        /**
         * Returns the credentials for a stream. Called on a GStreamer thread each time the player connects (again
         * when it reconnects), before it connects; it must answer at once: ask the user before creating the player.
         * The password is handed to GStreamer's source and never logged or shown in errors.
         *
         * @param location the stream's URI, without user information
         * @return the credentials, or {@code null} to connect without
         */
        PasswordAuthentication credentials(URI location);
    }

    // Not final so that a copy can be changed before anyone sees it (see change()); never changed after.
    private Duration latency = DEFAULT_LATENCY;
    private boolean dropLate;
    private Transport transport = Transport.AUTO;
    private CredentialsCallback credentials;
    private int reconnectAttempts = DEFAULT_RECONNECT_ATTEMPTS;
    private Duration reconnectDelay = DEFAULT_RECONNECT_DELAY;
    private Duration maxReconnectDelay = DEFAULT_MAX_RECONNECT_DELAY;
    private Duration stallTimeout = DEFAULT_STALL_TIMEOUT;

    private StreamOptions() {
    }

    /**
     * Returns the defaults: {@link #DEFAULT_LATENCY}, {@link Transport#AUTO}, no credentials besides the URI's,
     * {@link #DEFAULT_RECONNECT_ATTEMPTS} reconnects from {@link #DEFAULT_RECONNECT_DELAY} up to
     * {@link #DEFAULT_MAX_RECONNECT_DELAY} apart, and a stall timeout of {@link #DEFAULT_STALL_TIMEOUT}.
     *
     * @return the default options
     */
    public static StreamOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the low-latency preset for cameras: a latency of {@link #LOW_LATENCY}, and packets later than that
     * dropped rather than waited for (a frame may break up on a lossy network, but the picture never lags).
     *
     * @return the preset
     */
    public static StreamOptions lowLatency() {
        return DEFAULTS.change(copy -> {
            copy.latency = LOW_LATENCY;
            copy.dropLate = true;
        });
    }

    private StreamOptions change(java.util.function.Consumer<StreamOptions> change) {
        StreamOptions copy = new StreamOptions();
        copy.latency = latency;
        copy.dropLate = dropLate;
        copy.transport = transport;
        copy.credentials = credentials;
        copy.reconnectAttempts = reconnectAttempts;
        copy.reconnectDelay = reconnectDelay;
        copy.maxReconnectDelay = maxReconnectDelay;
        copy.stallTimeout = stallTimeout;
        change.accept(copy);
        return copy;
    }

    /**
     * Returns a copy with another latency for live sources: how long an RTSP (or SRT) source holds packets to put
     * them in order and smooth out network jitter before the picture is shown. Lower shows the picture sooner; too
     * low for the network makes it stutter.
     *
     * @param value the latency, 0 to 60 s
     * @return a copy with the option changed
     * @throws IllegalArgumentException if the latency is negative or over 60 s
     */
    public StreamOptions withLatency(Duration value) {
        if (value == null || value.isNegative() || value.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("a live latency is between 0 and 60 s, not " + value);
        }
        return change(copy -> copy.latency = value);
    }

    /**
     * Returns a copy with another RTSP transport.
     *
     * @param value the transport
     * @return a copy with the option changed
     * @throws IllegalArgumentException if the transport is {@code null}
     */
    public StreamOptions withTransport(Transport value) {
        if (value == null) {
            throw new IllegalArgumentException("the transport must not be null");
        }
        return change(copy -> copy.transport = value);
    }

    /**
     * Returns a copy that asks a callback for the credentials of RTSP and HTTP streams whose URI has none.
     *
     * @param callback the callback, or {@code null} for none
     * @return a copy with the option changed
     */
    public StreamOptions withCredentials(CredentialsCallback callback) {
        return change(copy -> copy.credentials = callback);
    }

    /**
     * Returns a copy with another reconnect policy. A live stream that drops (an error of its source, or nothing for
     * the stall timeout) is reconnected after {@code firstDelay}, then after twice as long each time up to
     * {@code maxDelay}, until it plays again or {@code attempts} attempts failed; the player is
     * {@link Status#RECONNECTING} meanwhile and halts with the last error after the last attempt. Files and
     * streams that are not live never reconnect.
     *
     * @param attempts   how many attempts, 0 for none
     * @param firstDelay the wait before the first attempt
     * @param maxDelay   the longest wait between attempts
     * @return a copy with the option changed
     * @throws IllegalArgumentException if attempts is negative or a delay is negative or the maximum below the first
     */
    public StreamOptions withReconnect(int attempts, Duration firstDelay, Duration maxDelay) {
        if (attempts < 0 || firstDelay == null || maxDelay == null || firstDelay.isNegative()
                || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("reconnecting needs 0 or more attempts and 0 <= first delay <= max "
                    + "delay, not " + attempts + ", " + firstDelay + ", " + maxDelay);
        }
        return change(copy -> {
            copy.reconnectAttempts = attempts;
            copy.reconnectDelay = firstDelay;
            copy.maxReconnectDelay = maxDelay;
        });
    }

    /**
     * Returns a copy with another stall timeout: how long a playing live stream may deliver nothing before it is
     * taken as dropped and reconnected.
     *
     * @param value the timeout, at least 1 s
     * @return a copy with the option changed
     * @throws IllegalArgumentException if the timeout is under 1 s
     */
    public StreamOptions withStallTimeout(Duration value) {
        if (value == null || value.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a stall timeout is at least 1 s, not " + value);
        }
        return change(copy -> copy.stallTimeout = value);
    }

    /**
     * Returns the latency of live sources.
     *
     * @return the latency
     */
    public Duration getLatency() {
        return latency;
    }

    /**
     * Tells whether packets later than the latency are dropped rather than waited for.
     *
     * @return {@code true} for {@link #lowLatency()}
     */
    public boolean isDropLate() {
        return dropLate;
    }

    /**
     * Returns the RTSP transport.
     *
     * @return the transport
     */
    public Transport getTransport() {
        return transport;
    }

    /**
     * Returns the credentials callback.
     *
     * @return the callback, or empty if none was set
     */
    public Optional<CredentialsCallback> getCredentials() {
        return Optional.ofNullable(credentials);
    }

    /**
     * Returns how many reconnect attempts are made.
     *
     * @return the count; 0 when dropped streams are not reconnected
     */
    public int getReconnectAttempts() {
        return reconnectAttempts;
    }

    /**
     * Returns the wait before the first reconnect attempt.
     *
     * @return the delay
     */
    public Duration getReconnectDelay() {
        return reconnectDelay;
    }

    /**
     * Returns the longest wait between reconnect attempts.
     *
     * @return the delay
     */
    public Duration getMaxReconnectDelay() {
        return maxReconnectDelay;
    }

    /**
     * Returns how long a playing live stream may deliver nothing before it counts as dropped.
     *
     * @return the timeout
     */
    public Duration getStallTimeout() {
        return stallTimeout;
    }

    @Override
    public String toString() {
        // The credentials are a callback: nothing secret to print.
        return "StreamOptions[latency=" + latency + ", dropLate=" + dropLate + ", transport=" + transport
                + ", credentials=" + (credentials != null) + ", reconnect=" + reconnectAttempts + " from "
                + reconnectDelay + " to " + maxReconnectDelay + ", stallTimeout=" + stallTimeout + "]";
    }
}
