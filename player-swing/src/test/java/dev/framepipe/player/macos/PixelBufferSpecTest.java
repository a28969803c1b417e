package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.Colorimetry.Matrix;
import dev.framepipe.player.frame.Colorimetry.Range;
import dev.framepipe.player.frame.VideoLayout;

class PixelBufferSpecTest {
    @ParameterizedTest
    @EnumSource(Matrix.class)
    void limitedRangeFramesGetIoSurfaceBackedMetalCompatible420vBuffers(Matrix matrix) {
        PixelBufferSpec spec = PixelBufferSpec.of(1920, 1080, Colorimetry.of(matrix, Range.LIMITED));

        assertThat(spec.pixelBufferAttributes()).containsExactly(
                entry(CvSymbol.PIXEL_FORMAT_TYPE_KEY, 0x34323076),
                entry(CvSymbol.WIDTH_KEY, 1920),
                entry(CvSymbol.HEIGHT_KEY, 1080),
                entry(CvSymbol.IOSURFACE_PROPERTIES_KEY, Collections.emptyMap()),
                entry(CvSymbol.METAL_COMPATIBILITY_KEY, Boolean.TRUE));
    }

    @ParameterizedTest
    @EnumSource(Matrix.class)
    void fullRangeFramesGet420fBuffers(Matrix matrix) {
        PixelBufferSpec spec = PixelBufferSpec.of(321, 241, Colorimetry.of(matrix, Range.FULL));

        assertThat(spec.pixelFormat()).isEqualTo(FourCC.of("420f"));
        assertThat(spec.pixelBufferAttributes()).containsExactly(
                entry(CvSymbol.PIXEL_FORMAT_TYPE_KEY, 0x34323066),
                entry(CvSymbol.WIDTH_KEY, 321),
                entry(CvSymbol.HEIGHT_KEY, 241),
                entry(CvSymbol.IOSURFACE_PROPERTIES_KEY, Collections.emptyMap()),
                entry(CvSymbol.METAL_COMPATIBILITY_KEY, Boolean.TRUE));
    }

    @Test
    void thePoolKeepsFourBuffersReady() {
        PixelBufferSpec spec = PixelBufferSpec.of(640, 480, Colorimetry.of(Matrix.BT601, Range.LIMITED));

        assertThat(spec.poolAttributes()).containsExactly(entry(CvSymbol.POOL_MINIMUM_BUFFER_COUNT_KEY, 4));
    }

    @Test
    void bt601GetsItsMatrixSmpteCPrimariesAndTheSharedBt709Transfer() {
        assertThat(attachments(Matrix.BT601)).containsOnly(
                entry(CvSymbol.YCBCR_MATRIX_KEY, CvSymbol.YCBCR_MATRIX_ITU_R_601_4),
                entry(CvSymbol.COLOR_PRIMARIES_KEY, CvSymbol.COLOR_PRIMARIES_SMPTE_C),
                entry(CvSymbol.TRANSFER_FUNCTION_KEY, CvSymbol.TRANSFER_FUNCTION_ITU_R_709_2));
    }

    @Test
    void bt709GetsBt709Throughout() {
        assertThat(attachments(Matrix.BT709)).containsOnly(
                entry(CvSymbol.YCBCR_MATRIX_KEY, CvSymbol.YCBCR_MATRIX_ITU_R_709_2),
                entry(CvSymbol.COLOR_PRIMARIES_KEY, CvSymbol.COLOR_PRIMARIES_ITU_R_709_2),
                entry(CvSymbol.TRANSFER_FUNCTION_KEY, CvSymbol.TRANSFER_FUNCTION_ITU_R_709_2));
    }

    @Test
    void bt2020GetsBt2020Throughout() {
        assertThat(attachments(Matrix.BT2020)).containsOnly(
                entry(CvSymbol.YCBCR_MATRIX_KEY, CvSymbol.YCBCR_MATRIX_ITU_R_2020),
                entry(CvSymbol.COLOR_PRIMARIES_KEY, CvSymbol.COLOR_PRIMARIES_ITU_R_2020),
                entry(CvSymbol.TRANSFER_FUNCTION_KEY, CvSymbol.TRANSFER_FUNCTION_ITU_R_2020));
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
        assertThat(spec.describes(VideoLayout.nv12(318, 240, 0, 384, 384 * 240, 384, colorimetry, 1, 1, 0, 1)))
                .isTrue();
        assertThat(spec.describes(VideoLayout.packedNv12(318, 240, Colorimetry.of(Matrix.BT601, Range.LIMITED))))
                .isFalse();
        assertThat(spec.describes(VideoLayout.packedNv12(320, 240, colorimetry))).isFalse();
    }

    private static Map<CvSymbol, CvSymbol> attachments(Matrix matrix) {
        Map<CvSymbol, CvSymbol> limited = PixelBufferSpec.of(64, 64, Colorimetry.of(matrix, Range.LIMITED))
                .colorAttachments();
        assertThat(PixelBufferSpec.of(64, 64, Colorimetry.of(matrix, Range.FULL)).colorAttachments())
                .isEqualTo(limited);
        return limited;
    }
}
