package dev.framepipe.player;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One chapter of the media a {@link MediaPlayer} plays, as listed by {@link MediaInfo#getChapters()}: a titled part
 * of the timeline, from the media's table of contents (Matroska chapters on GStreamer 1.22). Immutable and compared by
 * value.
 */
public final class Chapter {
    private final int index;
    private final String title;
    private final Duration start;
    private final Duration end;

    private Chapter(int index, String title, Duration start, Duration end) {
        this.index = index;
        this.title = title;
        this.start = start;
        this.end = end;
    }

    /**
     * Describes a chapter; used by players, not by applications.
     *
     * @param index its place in the chapter list, from 0, in order of start time
     * @param title its title, or {@code null} if the media gives none
     * @param start where it starts, from the start of the media
     * @param end   where it ends, or {@code null} if the media does not say
     * @return the chapter
     * @throws IllegalArgumentException if {@code index} or {@code start} is negative, or {@code end} is before
     *                                  {@code start}
     */
    public static Chapter of(int index, String title, Duration start, Duration end) {
        Objects.requireNonNull(start, "start");
        if (index < 0 || start.isNegative() || (end != null && end.compareTo(start) < 0)) {
            throw new IllegalArgumentException("not a chapter: #" + index + " from " + start + " to " + end);
        }
        return new Chapter(index, title == null || title.isBlank() ? null : title.strip(), start, end);
    }

    /**
     * Returns the chapter's place in the list.
     *
     * @return the index, from 0, in order of start time
     */
    public int getIndex() {
        return index;
    }

    /**
     * Returns the chapter's title as the media gives it.
     *
     * @return the title, or empty if the media gives none
     */
    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    /**
     * Returns a name to show in menus: the title, or "Chapter n" (counting from 1) when the media gives none.
     *
     * @return the name, never empty
     */
    public String getDisplayName() {
        return title != null ? title : "Chapter " + (index + 1);
    }

    /**
     * Returns where the chapter starts.
     *
     * @return the position from the start of the media
     */
    public Duration getStart() {
        return start;
    }

    /**
     * Returns where the chapter ends.
     *
     * @return the position from the start of the media, or empty if the media does not say (the next chapter's start,
     *         or the end of the media, then ends it)
     */
    public Optional<Duration> getEnd() {
        return Optional.ofNullable(end);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Chapter)) {
            return false;
        }
        Chapter that = (Chapter) other;
        return index == that.index && Objects.equals(title, that.title) && start.equals(that.start)
                && Objects.equals(end, that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, title, start, end);
    }

    @Override
    public String toString() {
        return "Chapter[" + index + " " + getDisplayName() + " " + start + (end == null ? "" : "-" + end) + "]";
    }
}
