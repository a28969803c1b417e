package dev.framepipe.player.pipeline;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.gst.GstControl;

/**
 * The checks that can be made at once, before any pipeline exists: a local file must exist, be a regular file
 * and be readable; {@code fd:} URIs are refused; any other URI needs an installed element that reads its scheme.
 * Problems found later (not a media file, a truncated file) arrive as error events instead.
 */
public final class SourceChecks {
    private SourceChecks() {
    }

    /**
     * Checks a source.
     *
     * @param source the source
     * @throws MediaException naming the input if it cannot be played
     */
    public static void check(MediaSource source) {
        if (source.getKind() != MediaSource.Kind.URI) {
            return;
        }
        URI uri = source.getUri().orElseThrow();
        String input = source.describe();
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            Path file = source.getFile().orElseThrow(() -> new MediaException(MediaException.Type.INVALID_SOURCE,
                    input, "'" + uri + "' is not a valid file URI."));
            if (!Files.exists(file)) {
                throw new MediaException(MediaException.Type.MEDIA_UNAVAILABLE, input,
                        "The file '" + file + "' does not exist.");
            }
            if (Files.isDirectory(file)) {
                throw new MediaException(MediaException.Type.MEDIA_INACCESSIBLE, input,
                        "'" + file + "' is a directory, not a media file.");
            }
            if (!Files.isRegularFile(file)) {
                // A named pipe blocks GStreamer's open() until a writer appears, on the thread that starts the
                // pipeline; a device or socket is no media file either.
                throw new MediaException(MediaException.Type.MEDIA_INACCESSIBLE, input,
                        "'" + file + "' is not a regular file (it is a named pipe, socket or device), so it cannot be "
                                + "played.");
            }
            if (!Files.isReadable(file)) {
                throw new MediaException(MediaException.Type.MEDIA_INACCESSIBLE, input,
                        "The file '" + file + "' cannot be read (permission denied).");
            }
            return;
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if ("fd".equals(scheme)) {
            // GStreamer's fdsrc would read one of this process's own open files: a URI from a playlist or a web page
            // must not reach the host application's sockets or files. A custom pipeline can still use fdsrc.
            throw new MediaException(MediaException.Type.INVALID_SOURCE, input, "Cannot play '" + input
                    + "': fd: URIs read one of this application's own open files, which a media URI may not do.");
        }
        GStreamerRuntime.ensureInitialized();
        if (!GstControl.isSourceProtocolSupported(scheme)) {
            String hint = scheme.startsWith("http") ? " Install gstreamer1.0-plugins-good (Fedora: "
                    + "gstreamer1-plugins-good) for HTTP streams." : "";
            throw new MediaException(MediaException.Type.INVALID_SOURCE, input, "Cannot play '" + input
                    + "': no installed GStreamer element reads '" + scheme + ":' URIs." + hint);
        }
    }
}
