package dev.framepipe.player.pipeline;

/**
 * An error a pipeline posted: GStreamer's {@code GError} (domain and code decide what it means), its texts, and which
 * element posted it. Immutable.
 */
public final class PipelineError {
    private final String domain;
    private final int code;
    private final String message;
    private final String debug;
    private final boolean fromSource;
    private final boolean fromVideoSink;

    /**
     * Creates the error.
     *
     * @param domain        the {@code GError} domain, for instance {@code "gst-resource-error-quark"}
     * @param code          the code within the domain
     * @param message       GStreamer's message, possibly empty
     * @param debug         GStreamer's debug details, possibly empty
     * @param fromSource    whether the element reading the input posted it
     * @param fromVideoSink whether the native video sink in use (see {@link PipelinePort#attachVideoSink}) posted it
     */
    public PipelineError(String domain, int code, String message, String debug, boolean fromSource,
                         boolean fromVideoSink) {
        this.domain = domain;
        this.code = code;
        this.message = message;
        this.debug = debug;
        this.fromSource = fromSource;
        this.fromVideoSink = fromVideoSink;
    }

    /**
     * Returns the error domain.
     *
     * @return for instance {@code "gst-stream-error-quark"}
     */
    public String domain() {
        return domain;
    }

    /**
     * Returns the code within the domain.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * Returns GStreamer's message.
     *
     * @return the message, possibly empty
     */
    public String message() {
        return message;
    }

    /**
     * Returns GStreamer's debug details.
     *
     * @return the details, possibly empty
     */
    public String debug() {
        return debug;
    }

    /**
     * Tells whether the element that reads the input (file, network) posted the error.
     *
     * @return {@code true} for a source element
     */
    public boolean isFromSource() {
        return fromSource;
    }

    /**
     * Tells whether the native video sink in use posted the error.
     *
     * @return {@code true} for the native sink
     */
    public boolean isFromVideoSink() {
        return fromVideoSink;
    }

    @Override
    public String toString() {
        return domain + "/" + code + ": " + message + (debug.isEmpty() ? "" : " (" + debug + ")");
    }
}
