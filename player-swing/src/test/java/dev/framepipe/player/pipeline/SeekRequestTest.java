package dev.framepipe.player.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** No segment GStreamer would assert on can be built, so none can be sent. */
class SeekRequestTest {

    @Test
    void refusesASegmentThatStartsAfterItsStop() {
        assertThatThrownBy(() -> SeekRequest.flushing(1.0, 2_000, 1_000, true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2000, 1000]");
        assertThatThrownBy(() -> SeekRequest.nextCycle(-1.0, 5, 4, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativeStartsAndRatesThatAreZeroOrNotFinite() {
        assertThatThrownBy(() -> SeekRequest.flushing(1.0, -1, -1, true, false))
                .isInstanceOf(IllegalArgumentException.class);
        for (double rate : new double[] {0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> SeekRequest.flushing(rate, 0, -1, true, false)).as("rate " + rate)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate");
        }
    }

    @Test
    void resumesAtTheStartForwardsAndAtTheStopBackwards() {
        assertThat(SeekRequest.flushing(2.0, 1_000, -1, false, true).position()).isEqualTo(1_000);
        assertThat(SeekRequest.flushing(-2.0, 1_000, 3_000, true, false).position()).isEqualTo(3_000);
        assertThat(SeekRequest.flushing(1.0, 7, 7, true, false).stop()).as("an empty segment is valid").isEqualTo(7);
    }
}
