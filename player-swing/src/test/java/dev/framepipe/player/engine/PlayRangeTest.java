package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Start time, stop time and positions: always consistent, clamped where the API says so, refused where it says so. */
class PlayRangeTest {

    @Test
    void clampsPositionsIntoTheRangeAndTheMedia() {
        PlayRange range = PlayRange.WHOLE_MEDIA.withStart(Duration.ofSeconds(1)).withStop(Duration.ofSeconds(3));
        assertThat(range.clamp(-5, 10_000_000_000L)).isEqualTo(1_000_000_000L);
        assertThat(range.clamp(Long.MAX_VALUE, 10_000_000_000L)).isEqualTo(3_000_000_000L);
        assertThat(PlayRange.WHOLE_MEDIA.clamp(Long.MAX_VALUE, 10_000_000_000L)).isEqualTo(10_000_000_000L);
        assertThat(PlayRange.WHOLE_MEDIA.clamp(Long.MAX_VALUE, -1)).as("unknown duration").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aStartPastTheEndOfTheMediaStartsAtTheEnd() {
        PlayRange range = PlayRange.WHOLE_MEDIA.withStart(Duration.ofSeconds(30));
        assertThat(range.clamp(0, 10_000_000_000L)).isEqualTo(10_000_000_000L);
    }

    @Test
    void refusesAStartAfterTheStopAndAStopBeforeTheStartNamingBoth() {
        PlayRange range = PlayRange.WHOLE_MEDIA.withStop(Duration.ofSeconds(3));
        assertThatThrownBy(() -> range.withStart(Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT5S").hasMessageContaining("PT3S");
        PlayRange started = PlayRange.WHOLE_MEDIA.withStart(Duration.ofSeconds(5));
        assertThatThrownBy(() -> started.withStop(Duration.ofSeconds(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT3S").hasMessageContaining("PT5S");
        assertThatThrownBy(() -> started.withStop(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThat(started.withStop(null).stopNanos()).isEqualTo(-1);
    }

    @Test
    void countsCycles() {
        PlayRange twice = PlayRange.WHOLE_MEDIA.withCycleCount(2);
        assertThat(twice.cyclesRemainAfter(0)).isTrue();
        assertThat(twice.cyclesRemainAfter(1)).isFalse();
        assertThat(PlayRange.WHOLE_MEDIA.withCycleCount(-1).cyclesRemainAfter(1_000)).isTrue();
        assertThatThrownBy(() -> PlayRange.WHOLE_MEDIA.withCycleCount(-2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
    }
}
