package dev.framepipe.player;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@link ChapterControls} of any {@link MediaPlayer}, built on its public API only: the chapter list from
 * {@link MediaInfo#getChapters()}, the position from {@link MediaPlayer#getCurrentTime()} (which reports a seek's
 * target as soon as it is sent, so quick presses step chapter by chapter), and seeks through its controls.
 * Stateless; thread-safe as the player is.
 */
final class ChapterNavigator implements ChapterControls {
    /**
     * A chapter counts as begun this much before its start: an accurate seek to a chapter can land on the frame just
     * before the start, and "next" must then not pick the same chapter again.
     */
    private static final Duration START_TOLERANCE = Duration.ofMillis(100);

    private final MediaPlayer player;

    ChapterNavigator(MediaPlayer player) {
        this.player = player;
    }

    @Override
    public List<Chapter> getChapters() {
        return player.media().getChapters();
    }

    @Override
    public Optional<Chapter> getCurrent() {
        return current(getChapters(), player.getCurrentTime());
    }

    @Override
    public boolean next() {
        List<Chapter> chapters = getChapters();
        Duration now = player.getCurrentTime().plus(START_TOLERANCE);
        for (Chapter chapter : chapters) {
            if (chapter.getStart().compareTo(now) > 0) {
                player.controls().seek(chapter.getStart());
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean previous() {
        List<Chapter> chapters = getChapters();
        if (chapters.isEmpty()) {
            return false;
        }
        Duration position = player.getCurrentTime();
        Optional<Chapter> current = current(chapters, position);
        int target = current.map(Chapter::getIndex).orElse(0);
        if (current.isPresent() && position.minus(current.get().getStart()).compareTo(RESTART_THRESHOLD) < 0) {
            target = Math.max(0, target - 1);
        }
        player.controls().seek(chapters.get(target).getStart());
        return true;
    }

    @Override
    public void select(int index) {
        List<Chapter> chapters = getChapters();
        if (index < 0 || index >= chapters.size()) {
            throw new IllegalArgumentException("no chapter " + index + "; the media has " + chapters.size());
        }
        player.controls().seek(chapters.get(index).getStart());
    }

    private static Optional<Chapter> current(List<Chapter> chapters, Duration position) {
        Duration begun = position.plus(START_TOLERANCE);
        Chapter current = null;
        for (Chapter chapter : chapters) {
            if (chapter.getStart().compareTo(begun) > 0) {
                break;
            }
            current = chapter;
        }
        return Optional.ofNullable(current);
    }
}
