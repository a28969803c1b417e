package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CvReturnTest {
    @Test
    void minus6660IsTheGenericErrorNotAPixelFormatError() {
        assertThat(CvReturn.forCode(-6660)).isEqualTo(CvReturn.ERROR);
        assertThat(CvReturn.describe(-6660)).isEqualTo("kCVReturnError (-6660)");
        assertThat(CvReturn.forCode(-6680)).isEqualTo(CvReturn.INVALID_PIXEL_FORMAT);
        assertThat(CvReturn.describe(-6680)).isEqualTo("kCVReturnInvalidPixelFormat (-6680)");
    }

    @Test
    void everyCodeFromTheHeaderMapsToItsName() {
        assertThat(CvReturn.describe(0)).isEqualTo("kCVReturnSuccess (0)");
        assertThat(CvReturn.describe(-6682)).isEqualTo("kCVReturnInvalidPixelBufferAttributes (-6682)");
        assertThat(CvReturn.describe(-6689)).isEqualTo("kCVReturnWouldExceedAllocationThreshold (-6689)");
        assertThat(CvReturn.describe(-6692)).isEqualTo("kCVReturnRetry (-6692)");
        assertThat(Arrays.stream(CvReturn.values()).map(CvReturn::code).distinct().count())
                .isEqualTo(CvReturn.values().length);
    }

    @Test
    void unknownCodesAreKeptAsNumbers() {
        assertThat(CvReturn.forCode(-7000)).isNull();
        assertThat(CvReturn.describe(-7000)).isEqualTo("unknown CVReturn -7000");
        assertThatThrownBy(() -> CvReturn.check(-7000, "CVPixelBufferPoolCreate"))
                .isInstanceOfSatisfying(CoreVideoException.class, e -> assertThat(e.code()).isEqualTo(-7000))
                .hasMessage("CVPixelBufferPoolCreate failed: unknown CVReturn -7000");
    }

    @Test
    void checkPassesSuccessAndNamesFailures() {
        assertThatCode(() -> CvReturn.check(0, "CVPixelBufferLockBaseAddress")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CvReturn.check(-6660, "CVPixelBufferPoolCreate"))
                .hasMessage("CVPixelBufferPoolCreate failed: kCVReturnError (-6660)");
    }
}
