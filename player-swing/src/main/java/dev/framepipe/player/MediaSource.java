package dev.framepipe.player;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import java.util.Optional;

import org.freedesktop.gstreamer.Pipeline;

/**
 * What a {@link MediaPlayer} plays: a file, a URI, or a custom GStreamer pipeline that ends in an {@code appsink}.
 *
 * <p>Files and URIs are played by GStreamer's {@code playbin}; the location is handed to it as a property and never
 * spliced into a pipeline description, so any file name plays, whatever characters it contains. A custom pipeline
 * must contain an {@code appsink}; the player applies its frame-queue limits to it (see {@link #ofPipeline(String)}).
 *
 * <p>The factories check syntax only. Whether the file exists or the URI scheme is supported is checked by
 * {@link MediaPlayer#create(MediaSource)}, because the answer can change between the two calls.
 *
 * <p>Immutable and thread-safe (a wrapped {@link Pipeline} is of course the caller's).
 */
public final class MediaSource {
    /** A URI's scheme, "//", and user name, followed by ":password@". */
    private static final java.util.regex.Pattern PASSWORD_IN_URI = java.util.regex.Pattern.compile(
            "([A-Za-z][A-Za-z0-9+.-]*://[^/@:\\s]*):[^/@\\s]*@");
    private static final int MAX_DESCRIPTION_CHARS = 120;

    /** The shape of a source. */
    public enum Kind {
        /** A file or URI, played by {@code playbin}. */
        URI,
        /** A gst-launch description of a whole pipeline, parsed when the player is created. */
        PIPELINE_DESCRIPTION,
        /** A pipeline the caller built. */
        PIPELINE
    }

    private final Kind kind;
    private final URI uri;
    private final String description;
    private final Pipeline pipeline;
    private final String appSinkName;

    private MediaSource(Kind kind, URI uri, String description, Pipeline pipeline, String appSinkName) {
        this.kind = kind;
        this.uri = uri;
        this.description = description;
        this.pipeline = pipeline;
        this.appSinkName = appSinkName;
    }

    /**
     * A local file.
     *
     * @param file the file; relative paths are resolved against the working directory now
     * @return the source
     */
    public static MediaSource of(Path file) {
        Objects.requireNonNull(file, "file");
        return new MediaSource(Kind.URI, file.toAbsolutePath().normalize().toUri(), null, null, null);
    }

    /**
     * A local file.
     *
     * @param file the file; relative paths are resolved against the working directory now
     * @return the source
     */
    public static MediaSource of(File file) {
        Objects.requireNonNull(file, "file");
        return of(file.toPath());
    }

    /**
     * A URI, for instance {@code file:///home/me/clip.mp4} or {@code https://example.com/clip.webm}.
     *
     * @param uri an absolute URI
     * @return the source
     * @throws MediaException ({@link MediaException.Type#INVALID_SOURCE}) if the URI has no scheme
     */
    public static MediaSource of(URI uri) {
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new MediaException(MediaException.Type.INVALID_SOURCE, uri.toString(), "'" + uri
                    + "' is not an absolute URI: it has no scheme such as file: or https:. For a local file use "
                    + "MediaSource.of(Path).");
        }
        return new MediaSource(Kind.URI, uri, null, null, null);
    }

    /**
     * A URI given as text.
     *
     * @param uri an absolute URI; characters such as spaces must be percent-encoded
     * @return the source
     * @throws MediaException ({@link MediaException.Type#INVALID_SOURCE}) if the text is not an absolute URI
     */
    public static MediaSource ofUri(String uri) {
        Objects.requireNonNull(uri, "uri");
        try {
            return of(new URI(uri));
        } catch (URISyntaxException e) {
            throw new MediaException(MediaException.Type.INVALID_SOURCE, uri, "'" + uri + "' is not a valid URI ("
                    + e.getReason() + " at index " + e.getIndex() + "). Percent-encode spaces and other special "
                    + "characters, or use MediaSource.of(Path) for a local file.", true, e);
        }
    }

    /**
     * A custom pipeline in gst-launch syntax that contains exactly one {@code appsink}, for instance
     * {@code "videotestsrc ! videoconvert ! appsink"}. The player sets the appsink's limits ({@code drop=true},
     * {@code max-buffers=3}, {@code enable-last-sample=false}, NV12 caps) and refuses the pipeline if they cannot
     * hold; the element before the appsink must be able to produce NV12 (a {@code videoconvert} does).
     *
     * @param description the pipeline description
     * @return the source
     * @throws IllegalArgumentException if the description is blank
     */
    public static MediaSource ofPipeline(String description) {
        return ofPipeline(description, null);
    }

    /**
     * A custom pipeline in gst-launch syntax whose video output is the {@code appsink} of the given name; other
     * appsinks in the pipeline are left alone.
     *
     * @param description the pipeline description
     * @param appSinkName the name of the appsink that receives the video, or {@code null} to use the only one
     * @return the source
     * @throws IllegalArgumentException if the description is blank
     */
    public static MediaSource ofPipeline(String description, String appSinkName) {
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("pipeline description is blank");
        }
        return new MediaSource(Kind.PIPELINE_DESCRIPTION, null, description, null, appSinkName);
    }

    /**
     * A pipeline the caller built, containing exactly one {@code appsink}. The player takes over the pipeline's
     * state and bus while it plays and sets it to {@code NULL} when disposed, but does not dispose it: the caller
     * still owns it.
     *
     * @param pipeline the pipeline
     * @return the source
     */
    public static MediaSource ofPipeline(Pipeline pipeline) {
        return ofPipeline(pipeline, null);
    }

    /**
     * A pipeline the caller built, whose video output is the {@code appsink} of the given name.
     *
     * @param pipeline    the pipeline; see {@link #ofPipeline(Pipeline)} for ownership
     * @param appSinkName the name of the appsink that receives the video, or {@code null} to use the only one
     * @return the source
     */
    public static MediaSource ofPipeline(Pipeline pipeline, String appSinkName) {
        Objects.requireNonNull(pipeline, "pipeline");
        return new MediaSource(Kind.PIPELINE, null, null, pipeline, appSinkName);
    }

    /**
     * Returns the shape of this source.
     *
     * @return the kind
     */
    public Kind getKind() {
        return kind;
    }

    /**
     * Returns the URI of a {@link Kind#URI} source.
     *
     * @return the URI, or empty for pipelines
     */
    public Optional<URI> getUri() {
        return Optional.ofNullable(uri);
    }

    /**
     * Returns the local file of a {@code file:} URI source.
     *
     * @return the path, or empty if this is not a local file
     */
    public Optional<Path> getFile() {
        if (uri == null || !"file".equalsIgnoreCase(uri.getScheme())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Paths.get(uri));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the gst-launch description of a {@link Kind#PIPELINE_DESCRIPTION} source.
     *
     * @return the description, or empty
     */
    public Optional<String> getPipelineDescription() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns the caller's pipeline of a {@link Kind#PIPELINE} source.
     *
     * @return the pipeline, or empty
     */
    public Optional<Pipeline> getPipeline() {
        return Optional.ofNullable(pipeline);
    }

    /**
     * Returns the name of the appsink that receives the video in a custom pipeline.
     *
     * @return the name, or empty to use the pipeline's only appsink
     */
    public Optional<String> getAppSinkName() {
        return Optional.ofNullable(appSinkName);
    }

    /**
     * Returns this source as a user would recognise it, for messages: the path of a local file, the text of any
     * other URI, or the (shortened) pipeline description.
     *
     * @return a short description, never {@code null}
     */
    public String describe() {
        switch (kind) {
            case URI:
                return getFile().map(Path::toString).orElse(redact(uri.toString()));
            case PIPELINE_DESCRIPTION:
                return "pipeline \"" + shorten(description) + "\"";
            default:
                return "pipeline '" + pipeline.getName() + "'";
        }
    }

    /**
     * Removes the passwords of the URIs in a text: {@code rtsp://ann:secret@camera/live} becomes
     * {@code rtsp://ann@camera/live}. Every message and log line Framepipe writes about a source passes through it;
     * applications that log URIs themselves can use it too.
     *
     * @param text any text
     * @return the text without passwords
     */
    public static String redact(String text) {
        return PASSWORD_IN_URI.matcher(text).replaceAll("$1@");
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_DESCRIPTION_CHARS ? oneLine
                : oneLine.substring(0, MAX_DESCRIPTION_CHARS - 1) + "\u2026";
    }

    @Override
    public String toString() {
        return "MediaSource[" + describe() + "]";
    }
}
