package dev.framepipe.player.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The size frames are converted at: reduced by the converter only by whole factors that keep it at least the size
 * shown, so that Java2D's last scaling step is by a factor between ½ and 1 (or up), never a skip over pixels.
 */
class ConversionSizeTest {
    @ParameterizedTest(name = "{0}x{1} shown at {2}x{3} is converted at {4}x{5}")
    @CsvSource({
        // Exact halves and quarters: the converter does it all, Java2D draws 1:1.
        "1920, 1080, 960, 540, 960, 540",
        "3840, 2160, 1920, 1080, 1920, 1080",
        "1920, 1080, 480, 270, 480, 270",
        // In between: the nearest whole reduction above the size shown, Java2D the rest.
        "1280, 720, 960, 540, 1280, 720",
        "640, 360, 318, 178, 320, 180",
        "3840, 2160, 1000, 562, 1280, 720",
        // Shown larger, or the same: the frame's own size.
        "1280, 720, 1920, 1080, 1280, 720",
        "1920, 1080, 1920, 1080, 1920, 1080",
        // A factor that does not divide both dimensions is not taken: 1921 is odd.
        "1921, 1080, 960, 540, 1921, 1080",
        // The smaller factor that divides both: 3 does not divide 1000, 2 does.
        "3000, 1000, 1000, 333, 1500, 500",
        // Before the first paint the renderer assumes a full-HD screen: a huge frame is not converted whole.
        "8192, 8192, 1920, 1080, 2048, 2048",
    })
    void convertsAtTheFramesSizeReducedByAWholeFactor(int frameWidth, int frameHeight, int shownWidth,
            int shownHeight, int width, int height) {
        long size = ConversionSize.of(frameWidth, frameHeight, shownWidth, shownHeight);
        assertThat((int) (size >>> 32)).as("width").isEqualTo(width);
        assertThat((int) size).as("height").isEqualTo(height);
        assertThat((int) (size >>> 32)).as("never smaller than shown, or the frame")
                .isGreaterThanOrEqualTo(Math.min(shownWidth, frameWidth));
    }
}
