package dev.framepipe.player;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Chapter navigation of a {@link MediaPlayer}: which chapter plays now, and seeks to the next, the previous or a
 * chosen one. The chapters themselves are {@link MediaInfo#getChapters()}; their changes arrive as
 * {@link PlayerProperties#MEDIA} property changes.
 *
 * <p>Every method may be called from any thread and never blocks; seeks go through
 * {@link PlaybackControls#seek(Duration)} and coalesce like any other seek, so a held "next chapter" key
 * skips one chapter per press, counted from where the last seek was aimed.
 */
public interface ChapterControls {
    /**
     * How far into a chapter {@link #previous()} still goes to the chapter before rather than back to this one's
     * start, as DVD players and mpv do.
     */
    Duration RESTART_THRESHOLD = Duration.ofSeconds(3);

    /**
     * Returns the media's chapters.
     *
     * @return the chapters in order of start time; empty when the media has none or is not ready
     */
    List<Chapter> getChapters();

    /**
     * Returns the chapter that the current position lies in.
     *
     * @return the last chapter starting at or before {@link MediaPlayer#getCurrentTime()}, or empty before the
     *         first chapter or without chapters
     */
    Optional<Chapter> getCurrent();

    /**
     * Seeks to the start of the next chapter.
     *
     * @return {@code true} if there is one and the seek was sent; {@code false} in the last chapter or without
     *         chapters
     */
    boolean next();

    /**
     * Seeks to the start of the current chapter, or to the chapter before it when the position is less than
     * {@link #RESTART_THRESHOLD} into the current one.
     *
     * @return {@code true} if a seek was sent; {@code false} without chapters
     */
    boolean previous();

    /**
     * Seeks to the start of a chapter.
     *
     * @param index the chapter's {@link Chapter#getIndex() index}
     * @throws IllegalArgumentException if the media has no such chapter
     */
    void select(int index);
}
