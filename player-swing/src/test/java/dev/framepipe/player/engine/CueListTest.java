package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.Caption;

/** Finding the cue shown at a time, and keeping an embedded track's cues bounded. */
class CueListTest {
    private static Caption cue(String text, long start, long end) {
        return new Caption(text, start, end, Caption.Placement.BOTTOM);
    }

    @Test
    void findsTheCueThatCoversATime() {
        CueList cues = CueList.of(List.of(cue("b", 30, 40), cue("a", 10, 20)));

        assertThat(cues.at(5)).isNull();
        assertThat(cues.at(10).getMarkup()).isEqualTo("a");
        assertThat(cues.at(19).getMarkup()).isEqualTo("a");
        assertThat(cues.at(20)).isNull();
        assertThat(cues.at(35).getMarkup()).isEqualTo("b");
        assertThat(cues.at(40)).isNull();
    }

    @Test
    void aLongCueShowsAgainWhenAShorterOneInsideItEnds() {
        CueList cues = CueList.of(List.of(cue("long", 0, 100), cue("short", 10, 20)));

        assertThat(cues.at(15).getMarkup()).isEqualTo("short");
        assertThat(cues.at(50).getMarkup()).isEqualTo("long");
    }

    @Test
    void aCueWithoutEndLastsUntilTheNext() {
        CueList cues = CueList.of(List.of(cue("open", 0, Long.MAX_VALUE), cue("next", 50, 60)));

        assertThat(cues.at(49).getMarkup()).isEqualTo("open");
        assertThat(cues.at(55).getMarkup()).isEqualTo("next");
    }

    @Test
    void theSameCueDeliveredTwiceIsKeptOnceAndTheListStaysBounded() {
        CueList cues = CueList.EMPTY.plus(cue("a", 10, 20), 3).plus(cue("a", 10, 20), 3);
        assertThat(cues.size()).isEqualTo(1);

        for (int i = 1; i <= 5; i++) {
            cues = cues.plus(cue("c" + i, 100L * i, 100L * i + 50), 3);
        }

        assertThat(cues.size()).isEqualTo(3);
        assertThat(cues.at(15)).as("the oldest cues were dropped").isNull();
        assertThat(cues.at(510).getMarkup()).isEqualTo("c5");
    }
}
