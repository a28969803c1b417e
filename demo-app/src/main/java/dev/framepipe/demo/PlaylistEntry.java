package dev.framepipe.demo;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import dev.framepipe.player.MediaSource;

/**
 * One item of the playlist: a source, the name people know it by and, once {@link PlaylistPictures} has looked, a
 * small picture of it. Entries are compared by identity, so the same file can be in the playlist twice and each copy
 * keeps its own place.
 *
 * <p>The source and names never change; the picture is read and set on the event dispatch thread only.
 */
final class PlaylistEntry {
    private final MediaSource source;
    private final String title;
    private final String origin;
    private BufferedImage picture;
    private boolean pictureLookedFor;

    private PlaylistEntry(MediaSource source, String title, String origin) {
        this.source = source;
        this.title = title;
        this.origin = origin;
    }

    /**
     * Makes an entry named after its source: a file's name, the last part of a URI's path, or "GStreamer pipeline".
     *
     * @param source the source
     * @return the entry
     */
    static PlaylistEntry of(MediaSource source) {
        return new PlaylistEntry(source, titleOf(source), originOf(source));
    }

    /**
     * Makes an entry with a name and origin of its own.
     *
     * @param source the source
     * @param title  the name
     * @param origin where it comes from, in words
     * @return the entry
     */
    static PlaylistEntry named(MediaSource source, String title, String origin) {
        return new PlaylistEntry(source, title, origin);
    }

    private static String titleOf(MediaSource source) {
        Optional<Path> file = source.getFile();
        if (file.isPresent() && file.get().getFileName() != null) {
            return file.get().getFileName().toString();
        }
        Optional<URI> uri = source.getUri();
        if (uri.isEmpty()) {
            return "GStreamer pipeline";
        }
        String path = uri.get().getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return uri.get().toString();
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    MediaSource source() {
        return source;
    }

    String title() {
        return title;
    }

    /**
     * Returns where the entry comes from, for a second line under its name: the name of a file's folder (the whole
     * path is in the tooltip), the host of a stream, or the pipeline description.
     *
     * @return the origin
     */
    String origin() {
        return origin;
    }

    /**
     * Tells whether a picture of this entry is still to be looked for: files and URIs can have one, pipelines not.
     *
     * @return {@code true} until {@link #setPicture} is called, for files and URIs
     */
    boolean wantsPicture() {
        return !pictureLookedFor && source.getKind() == MediaSource.Kind.URI;
    }

    /**
     * Returns the entry's picture.
     *
     * @return the picture, at most {@value PlaylistPictures#WIDTH} × {@value PlaylistPictures#HEIGHT}, or empty while
     *         it is looked for and when there is none (no video, live, a failure)
     */
    Optional<BufferedImage> picture() {
        return Optional.ofNullable(picture);
    }

    /**
     * Keeps what looking for the picture found; the entry then wants none any more.
     *
     * @param found the picture, or {@code null} if there is none
     */
    void setPicture(BufferedImage found) {
        picture = found;
        pictureLookedFor = true;
    }

    private static String originOf(MediaSource source) {
        Optional<Path> file = source.getFile();
        if (file.isPresent()) {
            Path parent = file.get().getParent();
            return parent == null || parent.getFileName() == null ? "Local file" : "In " + parent.getFileName();
        }
        return source.getUri().map(uri -> uri.getHost() != null ? uri.getScheme() + "://" + uri.getHost()
                : uri.toString()).orElseGet(source::describe);
    }

    @Override
    public String toString() {
        return title;
    }
}
