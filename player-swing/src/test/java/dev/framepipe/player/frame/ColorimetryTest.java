package dev.framepipe.player.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.frame.Colorimetry.Matrix;
import dev.framepipe.player.frame.Colorimetry.Range;

/** GStreamer's colorimetry codes map to the right matrix and range, with GStreamer's defaults for unknowns. */
class ColorimetryTest {
    @Test
    void knownMatrices() {
        assertThat(Colorimetry.fromGStreamer(3, 2, 1080)).isSameAs(Colorimetry.of(Matrix.BT709, Range.LIMITED));
        assertThat(Colorimetry.fromGStreamer(4, 2, 1080)).isSameAs(Colorimetry.of(Matrix.BT601, Range.LIMITED));
        assertThat(Colorimetry.fromGStreamer(6, 1, 2160)).isSameAs(Colorimetry.of(Matrix.BT2020, Range.FULL));
        assertThat(Colorimetry.fromGStreamer(4, 1, 480).toString()).isEqualTo("BT.601, full range");
    }

    @Test
    void unknownMatrixFollowsTheHeightAsGStreamerDoes() {
        assertThat(Colorimetry.fromGStreamer(0, 0, 576).matrix()).isEqualTo(Matrix.BT601);
        assertThat(Colorimetry.fromGStreamer(0, 0, 577).matrix()).isEqualTo(Matrix.BT709);
        assertThat(Colorimetry.fromGStreamer(0, 0, 720).range()).isEqualTo(Range.LIMITED);
    }
}
