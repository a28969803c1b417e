package dev.framepipe.player;

import java.util.Objects;

/**
 * Something went wrong with a piece of media, its pipeline, or GStreamer itself.
 *
 * <p>Errors found at once (a missing file, a malformed URI, a pipeline description that does not parse, GStreamer
 * not installed) are thrown by {@link MediaPlayer#create(MediaSource)}. Errors found while the media is opened or
 * played (not a media file, a truncated file, no decoder for the codec) arrive as an error event on the Swing event
 * thread; {@link #isFatal() fatal} ones also move the player to {@link Status#HALTED} and set
 * {@link MediaPlayer#getError()}.
 *
 * <p>Every message names the input it is about, so an application can show it to the user as it is.
 */
public final class MediaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of problem this is, for applications that react differently to each. */
    public enum Type {
        /** GStreamer, or a plugin every player needs, is not installed. The message says which package to install. */
        GSTREAMER_UNAVAILABLE,
        /** The source itself is malformed: a bad URI, an unknown URI scheme, a broken pipeline description. */
        INVALID_SOURCE,
        /** The media does not exist: a missing file, a server that refuses the connection, an unknown host. */
        MEDIA_UNAVAILABLE,
        /** The media exists but cannot be read: no permission, or a directory. */
        MEDIA_INACCESSIBLE,
        /** The media is not in a format GStreamer can play, or no decoder for its codec is installed. */
        MEDIA_UNSUPPORTED,
        /** The media is damaged or truncated. */
        MEDIA_CORRUPTED,
        /** A command this media cannot carry out, such as reverse playback of a stream; not fatal. */
        OPERATION_UNSUPPORTED,
        /** Any other error during playback. */
        PLAYBACK_ERROR
    }

    /** @serial what kind of problem it is */
    private final Type type;
    /** @serial the input, described as {@code MediaSource.describe()} does (without a password) */
    private final String input;
    /** @serial whether the player halted */
    private final boolean fatal;

    /**
     * Creates an exception.
     *
     * @param type    the kind of problem
     * @param input   a short description of the input the problem is about (a path, URI or pipeline description)
     * @param message a sentence a user can read; it should name the input
     * @param fatal   whether the player that hit it can no longer play
     * @param cause   the underlying cause, or {@code null}
     */
    public MediaException(Type type, String input, String message, boolean fatal, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.type = Objects.requireNonNull(type, "type");
        this.input = Objects.requireNonNull(input, "input");
        this.fatal = fatal;
    }

    /**
     * Creates a fatal exception with no cause.
     *
     * @param type    the kind of problem
     * @param input   a short description of the input
     * @param message a sentence a user can read; it should name the input
     */
    public MediaException(Type type, String input, String message) {
        this(type, input, message, true, null);
    }

    /**
     * Returns the kind of problem.
     *
     * @return the type, never {@code null}
     */
    public Type getType() {
        return type;
    }

    /**
     * Returns the input this problem is about, as a user would recognise it: a file path, a URI, or a pipeline
     * description.
     *
     * @return the input description, never {@code null}
     */
    public String getInput() {
        return input;
    }

    /**
     * Tells whether the player that reported this problem stopped for good ({@link Status#HALTED}). Non-fatal
     * problems, such as a refused rate change, leave the player as it was.
     *
     * @return {@code true} if the player halted
     */
    public boolean isFatal() {
        return fatal;
    }
}
