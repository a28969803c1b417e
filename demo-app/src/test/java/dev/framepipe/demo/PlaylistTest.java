package dev.framepipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaSource;

/** The playlist's order and its current entry, through adding, removing and reordering. */
class PlaylistTest {
    private final Playlist playlist = new Playlist();
    private final PlaylistEntry a = entry("a");
    private final PlaylistEntry b = entry("b");
    private final PlaylistEntry c = entry("c");

    private static PlaylistEntry entry(String name) {
        return PlaylistEntry.named(MediaSource.ofPipeline("videotestsrc ! appsink name=" + name), name, "test");
    }

    @Test
    void nextAndPreviousStopAtTheEndsUnlessWrapping() {
        playlist.addAll(List.of(a, b, c));
        assertThat(playlist.next(false)).contains(a);

        playlist.setCurrent(c);
        assertThat(playlist.next(false)).isEmpty();
        assertThat(playlist.next(true)).contains(a);
        assertThat(playlist.previous(false)).contains(b);

        playlist.setCurrent(a);
        assertThat(playlist.previous(false)).isEmpty();
        assertThat(playlist.previous(true)).contains(c);
    }

    @Test
    void removingTheCurrentEntryContinuesWithTheOneInItsPlace() {
        playlist.addAll(List.of(a, b, c));
        playlist.setCurrent(b);

        playlist.remove(new int[] {1});

        assertThat(playlist.current()).isEmpty();
        assertThat(playlist.next(false)).contains(c);
        assertThat(playlist.previous(false)).contains(a);
    }

    @Test
    void removingEntriesBeforeTheCurrentOneKeepsItsPlace() {
        playlist.addAll(List.of(a, b, c));
        playlist.setCurrent(c);

        playlist.remove(new int[] {1, 0});

        assertThat(playlist.entries()).containsExactly(c);
        assertThat(playlist.current()).contains(c);
        assertThat(playlist.next(false)).isEmpty();
    }

    @Test
    void movingKeepsTheCurrentEntryAndStopsAtTheEnds() {
        playlist.addAll(List.of(a, b, c));
        playlist.setCurrent(a);

        assertThat(playlist.move(0, 1)).isEqualTo(1);
        assertThat(playlist.move(2, 1)).isEqualTo(2);
        assertThat(playlist.move(0, -1)).isZero();

        assertThat(playlist.entries()).containsExactly(b, a, c);
        assertThat(playlist.current()).contains(a);
        assertThat(playlist.isCurrent(a)).isTrue();
        assertThat(playlist.next(false)).contains(c);
    }
}
