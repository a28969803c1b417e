package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.Colorimetry.Matrix;
import dev.framepipe.player.frame.Colorimetry.Range;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoLayout;

class PixelBufferSpecTest {
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyColorimetry")
    void buffersAreIoSurfaceBackedMetalCompatibleNv12OfTheFrameSizeAndRange(Matrix matrix, Range range) {
        PixelBufferSpec spec = PixelBufferSpec.of(321, 241, Colorimetry.of(matrix, range));
        int format = range == Range.FULL ? 0x34323066 : 0x34323076;

        assertThat(spec.pixelFormat()).isEqualTo(format);
        assertThat(spec.pixelBufferAttributes()).containsExactly(
                entry(CvSymbol.PIXEL_FORMAT_TYPE_KEY, format),
                entry(CvSymbol.WIDTH_KEY, 321),
                entry(CvSymbol.HEIGHT_KEY, 241),
                entry(CvSymbol.IOSURFACE_PROPERTIES_KEY, Collections.emptyMap()),
                entry(CvSymbol.METAL_COMPATIBILITY_KEY, Boolean.TRUE));
    }

    static Stream<Arguments> everyColorimetry() {
        return Arrays.stream(Matrix.values())
                .flatMap(matrix -> Arrays.stream(Range.values()).map(range -> Arguments.of(matrix, range)));
    }

    @Test
    void thePoolKeepsFourBuffersReady() {
        PixelBufferSpec spec = PixelBufferSpec.of(640, 480, Colorimetry.of(Matrix.BT601, Range.LIMITED));

        assertThat(spec.poolAttributes()).containsExactly(entry(CvSymbol.POOL_MINIMUM_BUFFER_COUNT_KEY, 4));
    }

    /** BT.601 gets SMPTE C primaries (GStreamer's BT.601 default) and the BT.709 transfer function it shares. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "BT601, YCBCR_MATRIX_ITU_R_601_4, COLOR_PRIMARIES_SMPTE_C, TRANSFER_FUNCTION_ITU_R_709_2",
        "BT709, YCBCR_MATRIX_ITU_R_709_2, COLOR_PRIMARIES_ITU_R_709_2, TRANSFER_FUNCTION_ITU_R_709_2",
        "BT2020, YCBCR_MATRIX_ITU_R_2020, COLOR_PRIMARIES_ITU_R_2020, TRANSFER_FUNCTION_ITU_R_2020",
    })
    void eachMatrixGetsItsMatrixPrimariesAndTransferWhateverTheRange(Matrix matrix, CvSymbol ycbcrMatrix,
                                                                     CvSymbol primaries, CvSymbol transfer) {
        Map<CvSymbol, CvSymbol> limited = PixelBufferSpec.of(64, 64, Colorimetry.of(matrix, Range.LIMITED))
                .colorAttachments();

        assertThat(limited).containsOnly(
                entry(CvSymbol.YCBCR_MATRIX_KEY, ycbcrMatrix),
                entry(CvSymbol.COLOR_PRIMARIES_KEY, primaries),
                entry(CvSymbol.TRANSFER_FUNCTION_KEY, transfer));
        assertThat(PixelBufferSpec.of(64, 64, Colorimetry.of(matrix, Range.FULL)).colorAttachments())
                .isEqualTo(limited);
    }

    @Test
    void symbolsAreTheExportedCoreVideoNames() {
        assertThat(CvSymbol.PIXEL_FORMAT_TYPE_KEY.symbol()).isEqualTo("kCVPixelBufferPixelFormatTypeKey");
        assertThat(CvSymbol.IOSURFACE_PROPERTIES_KEY.symbol()).isEqualTo("kCVPixelBufferIOSurfacePropertiesKey");
        assertThat(CvSymbol.METAL_COMPATIBILITY_KEY.symbol()).isEqualTo("kCVPixelBufferMetalCompatibilityKey");
        assertThat(CvSymbol.POOL_MINIMUM_BUFFER_COUNT_KEY.symbol())
                .isEqualTo("kCVPixelBufferPoolMinimumBufferCountKey");
        assertThat(CvSymbol.YCBCR_MATRIX_ITU_R_601_4.symbol()).isEqualTo("kCVImageBufferYCbCrMatrix_ITU_R_601_4");
        for (CvSymbol symbol : CvSymbol.values()) {
            assertThat(symbol.symbol()).startsWith("kCV");
        }
    }

    @Test
    void onePoolServesAColorimetryChangeButNotASizeOrRangeChange() {
        PixelBufferSpec bt601 = PixelBufferSpec.of(640, 480, Colorimetry.of(Matrix.BT601, Range.LIMITED));

        assertThat(bt601.sharesPoolWith(PixelBufferSpec.of(640, 480, Colorimetry.of(Matrix.BT709, Range.LIMITED))))
                .isTrue();
        assertThat(bt601.sharesPoolWith(PixelBufferSpec.of(640, 480, Colorimetry.of(Matrix.BT601, Range.FULL))))
                .isFalse();
        assertThat(bt601.sharesPoolWith(PixelBufferSpec.of(640, 482, Colorimetry.of(Matrix.BT601, Range.LIMITED))))
                .isFalse();
        assertThat(bt601.sharesPoolWith(PixelBufferSpec.of(642, 480, Colorimetry.of(Matrix.BT601, Range.LIMITED))))
                .isFalse();
    }

    @Test
    void describesFramesOfTheSameSizeAndColorimetryWhateverTheirStrides() {
        Colorimetry colorimetry = Colorimetry.of(Matrix.BT709, Range.LIMITED);
        PixelBufferSpec spec = PixelBufferSpec.of(318, 240, colorimetry);

        assertThat(spec.describes(VideoLayout.packedNv12(318, 240, colorimetry))).isTrue();
        assertThat(spec.describes(VideoLayout.nv12(VideoFormat.of(318, 240, colorimetry), 0, 384, 384 * 240, 384)))
                .isTrue();
        assertThat(spec.describes(VideoLayout.packedNv12(318, 240, Colorimetry.of(Matrix.BT601, Range.LIMITED))))
                .isFalse();
        assertThat(spec.describes(VideoLayout.packedNv12(320, 240, colorimetry))).isFalse();
    }
}
