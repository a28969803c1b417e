package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.VideoLayout;

class Nv12GeometryTest {
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({
        "1, 1, 1, 1, 1, 2",
        "3, 3, 3, 3, 2, 4",
        "321, 241, 321, 241, 121, 322",
        "1920, 1080, 1920, 1080, 540, 1920",
    })
    void oddSizesRoundTheChromaPlaneUp(int width, int height, int yRowBytes, int yRows, int uvRows, int uvRowBytes) {
        Nv12Geometry geometry = new Nv12Geometry(width, height);

        assertThat(geometry.rows(0)).isEqualTo(yRows);
        assertThat(geometry.rowBytes(0)).isEqualTo(yRowBytes);
        assertThat(geometry.rows(1)).isEqualTo(uvRows);
        assertThat(geometry.rowBytes(1)).isEqualTo(uvRowBytes);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1, 1", "3, 3", "321, 241", "1920, 1080"})
    void agreesWithTheFrameLayoutTheCopySourceUses(int width, int height) {
        Nv12Geometry geometry = new Nv12Geometry(width, height);
        VideoLayout source = VideoLayout.packedNv12(width, height,
                Colorimetry.of(Colorimetry.Matrix.BT709, Colorimetry.Range.LIMITED));

        for (int plane = 0; plane < Nv12Geometry.PLANES; plane++) {
            assertThat(geometry.rows(plane)).isEqualTo(source.planeRows(plane));
            assertThat(geometry.rowBytes(plane)).isEqualTo(source.planeRowBytes(plane));
            assertThat(geometry.span(plane, source.stride(plane))).isEqualTo(source.planeSpan(plane));
        }
    }

    @Test
    void paddedCoreVideoPlanesAreAccepted() {
        Nv12Geometry geometry = new Nv12Geometry(321, 241);

        assertThatCode(() -> geometry.checkDestination(0, 384, 241)).doesNotThrowAnyException();
        assertThatCode(() -> geometry.checkDestination(1, 384, 121)).doesNotThrowAnyException();
        assertThat(geometry.span(1, 384)).isEqualTo(384L * 120 + 322);
    }

    @Test
    void planesThatCannotHoldThePictureAreRefusedBeforeAnyWrite() {
        Nv12Geometry geometry = new Nv12Geometry(321, 241);

        assertThatThrownBy(() -> geometry.checkDestination(0, 320, 241))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("321 bytes");
        assertThatThrownBy(() -> geometry.checkDestination(1, 384, 120))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("121 rows");
        assertThatThrownBy(() -> geometry.checkDestination(1, 321, 121))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("322 bytes");
    }

    @Test
    void onlyTwoPlanesAndRealSizesExist() {
        assertThatThrownBy(() -> new Nv12Geometry(320, 240).rows(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Nv12Geometry(0, 240)).isInstanceOf(IllegalArgumentException.class);
    }
}
