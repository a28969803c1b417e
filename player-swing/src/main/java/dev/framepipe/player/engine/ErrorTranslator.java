package dev.framepipe.player.engine;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.MediaException.Type;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.pipeline.PipelineError;

/**
 * Turns a GStreamer error into a {@link MediaException} a user can read: the one place where GError domains and codes
 * are interpreted. The message names the input, says what went wrong in plain words, and keeps GStreamer's own text
 * in parentheses for whoever has to dig deeper.
 */
final class ErrorTranslator {
    private static final String CORE = "gst-core-error-quark";
    private static final String RESOURCE = "gst-resource-error-quark";
    private static final String STREAM = "gst-stream-error-quark";

    private static final int CORE_NEGOTIATION = 7;
    private static final int CORE_MISSING_PLUGIN = 12;
    private static final int RESOURCE_NOT_FOUND = 3;
    private static final int RESOURCE_OPEN_READ = 5;
    private static final int RESOURCE_READ = 9;
    private static final int RESOURCE_NOT_AUTHORIZED = 15;
    private static final int STREAM_FAILED = 1;
    private static final int STREAM_NOT_IMPLEMENTED = 3;
    private static final int STREAM_TYPE_NOT_FOUND = 4;
    private static final int STREAM_WRONG_TYPE = 5;
    private static final int STREAM_CODEC_NOT_FOUND = 6;
    private static final int STREAM_DECODE = 7;
    private static final int STREAM_DEMUX = 9;
    private static final int STREAM_FORMAT = 11;

    private ErrorTranslator() {
    }

    /**
     * Translates an error message.
     *
     * @param input          the input as users know it
     * @param error          the GStreamer error
     * @param missingPlugins descriptions from earlier {@code missing-plugin} messages (such as "H.265 decoder")
     * @param customPipeline whether the input is a custom pipeline (negotiation errors then get a hint)
     * @return a fatal exception
     */
    static MediaException translate(String input, PipelineError error, List<String> missingPlugins,
                                    boolean customPipeline) {
        // GStreamer's texts may quote the location it was given, password and all.
        String detail = " (GStreamer: " + MediaSource.redact(error.message()) + ")";
        String subject = "Cannot play " + quote(input) + ": ";
        if (!missingPlugins.isEmpty() || is(error, CORE, CORE_MISSING_PLUGIN)
                || is(error, STREAM, STREAM_CODEC_NOT_FOUND)) {
            return missingDecoder(input, missingPlugins, detail);
        }
        if (is(error, RESOURCE, RESOURCE_NOT_FOUND)) {
            return fatal(Type.MEDIA_UNAVAILABLE, input, subject + "it was not found." + detail);
        }
        if (is(error, RESOURCE, RESOURCE_NOT_AUTHORIZED)) {
            return fatal(Type.MEDIA_INACCESSIBLE, input, subject + "access was refused." + detail);
        }
        boolean network = input.contains("://") && !input.startsWith("file:");
        if (is(error, RESOURCE, RESOURCE_OPEN_READ) || is(error, RESOURCE, RESOURCE_READ)
                || network && error.isFromSource() && is(error, STREAM, STREAM_FAILED)) {
            // souphttpsrc (GStreamer 1.22) reports a refused connection or a dropped stream only as its streaming
            // task failing, a STREAM_FAILED error from the source element.
            return fatal(network ? Type.MEDIA_UNAVAILABLE : Type.MEDIA_INACCESSIBLE, input, subject
                    + (network ? "the server could not be reached or stopped sending." : "it could not be read.")
                    + detail);
        }
        if (is(error, STREAM, STREAM_TYPE_NOT_FOUND) || is(error, STREAM, STREAM_WRONG_TYPE)) {
            return fatal(Type.MEDIA_UNSUPPORTED, input, subject + "it is not a media file GStreamer recognises "
                    + "(it may be empty, or another kind of file)." + detail);
        }
        if (is(error, STREAM, STREAM_NOT_IMPLEMENTED) || is(error, STREAM, STREAM_FORMAT)) {
            return fatal(Type.MEDIA_UNSUPPORTED, input, subject + "its format is not supported." + detail);
        }
        if (is(error, STREAM, STREAM_DECODE) || is(error, STREAM, STREAM_DEMUX)) {
            return fatal(Type.MEDIA_CORRUPTED, input, subject + "it is damaged or incomplete." + detail);
        }
        if (customPipeline && (is(error, CORE, CORE_NEGOTIATION) || error.debug().contains("not-negotiated"))) {
            return fatal(Type.INVALID_SOURCE, input, subject + "its elements could not agree on a format; the "
                    + "element before the appsink must produce video/x-raw,format=NV12 (put a videoconvert "
                    + "before the appsink)." + detail);
        }
        return fatal(Type.PLAYBACK_ERROR, input, subject + "playback failed." + detail);
    }

    /**
     * Makes the error for media that did not open in time.
     *
     * @param input          the input
     * @param timeoutSeconds how long the player waited
     * @param localFile      whether the input is a local file (which opens in milliseconds unless it is broken)
     * @return a fatal exception
     */
    static MediaException openTimedOut(String input, long timeoutSeconds, boolean localFile) {
        String reason = localFile ? "; it may be damaged, incomplete, or not a media file GStreamer can read." : ".";
        return fatal(localFile ? Type.MEDIA_CORRUPTED : Type.MEDIA_UNAVAILABLE, input, "Cannot play "
                + quote(input) + ": it did not open within " + timeoutSeconds + " seconds" + reason);
    }

    /**
     * Makes the error for media that needs a decoder or other plugin that is not installed.
     *
     * @param input          the input
     * @param missingPlugins descriptions from {@code missing-plugin} messages; empty if GStreamer named none
     * @param detail         GStreamer's own text in parentheses with a leading space, or empty
     * @return a fatal exception
     */
    static MediaException missingDecoder(String input, List<String> missingPlugins, String detail) {
        String what = missingPlugins.isEmpty() ? "a decoder" : String.join(", ", missingPlugins);
        return fatal(Type.MEDIA_UNSUPPORTED, input, "Cannot play " + quote(input) + ": it needs " + what
                + ", which is not installed. On Debian/Ubuntu the packages gstreamer1.0-libav, "
                + "gstreamer1.0-plugins-bad and gstreamer1.0-plugins-ugly provide most decoders." + detail);
    }

    /**
     * Makes the error for media with nothing the player plays: no video, and no audio or audio switched off.
     *
     * @param input    the input
     * @param hasAudio whether the media has audio (which the player then has switched off)
     * @return a fatal exception
     */
    static MediaException nothingToPlay(String input, boolean hasAudio) {
        String why = hasAudio ? "it has no video, only audio, and this player was created with audio switched off."
                : "it has neither video nor audio that GStreamer can play.";
        return fatal(Type.PLAYBACK_ERROR, input, "Cannot play " + quote(input) + ": " + why);
    }

    /**
     * Tells whether an error is GStreamer's generic "internal data stream error", which a demuxer posts when none
     * of its streams is linked.
     *
     * @param error the parsed error
     * @return {@code true} for a stream failure
     */
    /**
     * Tells whether an error says why a network source failed, so probing the network can add nothing: the server
     * answered that the media is not there or not for this user.
     *
     * @param error the error
     * @return {@code true} for "not found" and "not authorised"
     */
    static boolean isServerAnswer(PipelineError error) {
        return is(error, RESOURCE, RESOURCE_NOT_FOUND) || is(error, RESOURCE, RESOURCE_NOT_AUTHORIZED);
    }

    /**
     * Makes the error for a network source that cannot be reached, with the reason probing the network found.
     *
     * @param input  the input, its password removed
     * @param reason why, for instance "the connection to 10.0.0.5 port 554 was refused (no server is listening there)"
     * @param error  GStreamer's own error, or {@code null} if it posted none
     * @return a fatal exception
     */
    static MediaException unreachable(String input, String reason, PipelineError error) {
        return fatal(Type.MEDIA_UNAVAILABLE, input, "Cannot play " + quote(input) + ": " + reason + "."
                + (error == null ? "" : " (GStreamer: " + MediaSource.redact(error.message()) + ")"));
    }

    /**
     * Makes the error for a network source whose server can be reached but did not send the media (an internal
     * server error, a stream that broke off).
     *
     * @param input the input, its password removed
     * @param error GStreamer's error from the source
     * @return a fatal exception
     */
    static MediaException serverFailed(String input, PipelineError error) {
        return fatal(Type.MEDIA_UNAVAILABLE, input, "Cannot play " + quote(input) + ": the server can be reached but"
                + " did not send it. (GStreamer: " + MediaSource.redact(error.message()) + ")");
    }

    /**
     * Makes the cause of a reconnect: the live stream's source failed.
     *
     * @param input the input, its password removed
     * @param error GStreamer's error
     * @return a non-fatal exception
     */
    static MediaException streamDropped(String input, PipelineError error) {
        return new MediaException(Type.MEDIA_UNAVAILABLE, input, "The live stream " + quote(input) + " dropped: "
                + MediaSource.redact(error.message()), false, null);
    }

    /**
     * Makes the cause of a reconnect: the live stream sent nothing for the stall timeout.
     *
     * @param input   the input, its password removed
     * @param timeout the stall timeout
     * @return a non-fatal exception
     */
    static MediaException streamSilent(String input, Duration timeout) {
        return new MediaException(Type.MEDIA_UNAVAILABLE, input, "The live stream " + quote(input)
                + " sent nothing for " + seconds(timeout) + ".", false, null);
    }

    /**
     * Makes the error for a live stream that could not be reconnected.
     *
     * @param input    the input, its password removed
     * @param attempts how many attempts failed
     * @param last     the cause of the last attempt's failure
     * @return a fatal exception
     */
    static MediaException reconnectFailed(String input, int attempts, MediaException last) {
        return fatal(Type.MEDIA_UNAVAILABLE, input, "Cannot play " + quote(input) + ": the live stream dropped and "
                + attempts + (attempts == 1 ? " attempt" : " attempts") + " to reconnect failed. Last: "
                + last.getMessage());
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s",
                millis / 1000.0);
    }

    static boolean isStreamFailure(PipelineError error) {
        return is(error, STREAM, STREAM_FAILED);
    }

    /**
     * Makes the error for a pipeline that refused to start without saying why.
     *
     * @param input the input
     * @return a fatal exception
     */
    static MediaException refusedToStart(String input) {
        return fatal(Type.PLAYBACK_ERROR, input, "Cannot play " + quote(input) + ": GStreamer refused to start the "
                + "pipeline.");
    }

    /**
     * Makes the non-fatal error for a rate the media refuses.
     *
     * @param input the input
     * @param rate  the refused rate
     * @return a non-fatal exception
     */
    static MediaException rateRefused(String input, double rate) {
        String what = rate < 0 ? "backwards" : "at rate " + rate;
        return new MediaException(Type.OPERATION_UNSUPPORTED, input, quote(input) + " cannot be played " + what
                + "; the rate is unchanged.", false, null);
    }

    /**
     * Makes the non-fatal error for a seek the media refuses (a live stream, or a source that cannot seek).
     *
     * @param input         the input
     * @param positionNanos the refused position in nanoseconds
     * @return a non-fatal exception
     */
    static MediaException seekRefused(String input, long positionNanos) {
        return new MediaException(Type.OPERATION_UNSUPPORTED, input, quote(input) + " cannot seek to "
                + String.format(Locale.ROOT, "%.3f s", positionNanos / 1e9)
                + "; playback goes on from where it was.", false, null);
    }

    /**
     * Makes the non-fatal error for a seek in live media, which has no timeline to seek in.
     *
     * @param input the input
     * @return a non-fatal exception
     */
    static MediaException liveSeekRefused(String input) {
        return new MediaException(Type.OPERATION_UNSUPPORTED, input, quote(input)
                + " is live: it shows what happens now and cannot seek; playback goes on.", false, null);
    }

    /**
     * Makes the error for frames whose layout does not fit their buffers.
     *
     * @param input  the input
     * @param reason what did not fit
     * @return a fatal exception
     */
    static MediaException badFrames(String input, String reason) {
        return fatal(Type.PLAYBACK_ERROR, input, "Cannot play " + quote(input) + ": its frames are malformed ("
                + reason + ").");
    }

    /**
     * Makes the error for a frame thread that stopped: frames could no longer be shown.
     *
     * @param input  the input
     * @param error  what stopped the thread
     * @param layout the layout of the last frame handed out, or {@code null}
     * @return a fatal exception
     */
    static MediaException framesFailed(String input, Throwable error, VideoLayout layout) {
        String size = layout == null ? "" : " " + layout.width() + "x" + layout.height();
        String what = error instanceof OutOfMemoryError ? "its" + size + " frames need more memory than this "
                + "application has" : "showing its" + size + " frames failed";
        return new MediaException(Type.PLAYBACK_ERROR, input, "Cannot play " + quote(input) + ": " + what + " ("
                + error + ").", true, error);
    }

    private static String quote(String input) {
        return input.startsWith("pipeline") ? "the " + input : "'" + input + "'";
    }

    private static boolean is(PipelineError error, String domain, int code) {
        return domain.equals(error.domain()) && error.code() == code;
    }

    private static MediaException fatal(Type type, String input, String message) {
        return new MediaException(type, input, message, true, null);
    }
}
