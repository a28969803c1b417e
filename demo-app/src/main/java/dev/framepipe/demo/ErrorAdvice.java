package dev.framepipe.demo;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.framepipe.player.MediaException;

/**
 * What a user can do about each kind of problem, to follow the player's own message (which already says what went
 * wrong and names the input).
 */
final class ErrorAdvice {
    /** The advice when a file could not be written. */
    static final String WRITING = "Check that the folder exists, that you may write to it, and that the disk has room.";

    private ErrorAdvice() {
    }

    /**
     * Returns the advice for a kind of problem.
     *
     * @param type the kind
     * @return one or two sentences
     */
    static String forType(MediaException.Type type) {
        switch (type) {
            case GSTREAMER_UNAVAILABLE:
                return "Install the GStreamer packages named above, then start Framepipe again.";
            case INVALID_SOURCE:
                return "Check the address or the pipeline description for a typing mistake.";
            case MEDIA_UNAVAILABLE:
                return "Check that the file is still there, or that the network and the server are reachable.";
            case MEDIA_INACCESSIBLE:
                return "Check that your user account is allowed to read it.";
            case MEDIA_UNSUPPORTED:
                return "Try another file, or install more GStreamer plug-ins for this format.";
            case MEDIA_CORRUPTED:
                return "The file may be incomplete (still downloading, or copied only in part) or damaged.";
            case OPERATION_UNSUPPORTED:
                return "Playback carries on as before.";
            default:
                return "Try playing it again; if it keeps failing, the file may be damaged.";
        }
    }

    /**
     * Returns the exception that says what went wrong, from inside the wrappers that futures and workers put
     * around it.
     *
     * @param error an exception, perhaps wrapped
     * @return the innermost one that is not a wrapper
     */
    static Throwable cause(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
