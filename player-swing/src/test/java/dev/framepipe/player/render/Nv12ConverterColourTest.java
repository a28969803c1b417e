package dev.framepipe.player.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoLayout;

/**
 * The converter's colours at 1:1, for every matrix and range, against GStreamer's {@code videoconvert} converting
 * the same frames (test patterns drawn by {@code videotestsrc} in that colorimetry, and a decoded H.264 frame), and
 * against the ITU formulas in double precision. Even and odd sizes, GStreamer's strides and padded ones.
 *
 * <p>Why the bounds against GStreamer differ by range: GStreamer 1.22's {@code videoconvert} converts NV12 to BGRx
 * with a fast 8-bit path ({@code video_orc_convert_AYUV_ARGB}) that ignores the matrix's offsets. For limited range
 * it comes out about 2.4 levels dark (limited-range white, Y = 235, becomes 253; see
 * {@link #limitedRangeWhiteAndBlackAreExact()}), and its 8-bit coefficients add up to about one level more. The
 * converter follows the standards instead: within one level of the double-precision formulas everywhere.
 */
class Nv12ConverterColourTest {
    private static final String[] PATTERNS = {"smpte", "smpte75", "snow", "ball", "gradient"};
    private static final int[][] SIZES = {{320, 240}, {321, 241}, {17, 9}};

    /**
     * The largest per-channel difference from videoconvert allowed in limited range: its ignored offsets (about 2.4
     * levels), its 8-bit coefficients and rounding (up to 2 more) and ours (up to 1). Measured with GStreamer 1.22.0
     * on Debian 12: R/G/B at most 4/5/4 (see docs/performance.md); the decoded frame varies a little with each
     * encode, so the bound is the reasoned one, not one run's maximum.
     */
    private static final int LIMITED_RANGE_BOUND = 6;
    /** The same for full range, where only the rounding differs: measured at most 1/3/2. */
    private static final int FULL_RANGE_BOUND = 3;

    private final Nv12Converter converter = new Nv12Converter();

    @ParameterizedTest
    @EnumSource(ColourCase.class)
    void matchesVideoconvertAndTheStandardForTestPatterns(ColourCase colour) {
        ChannelDifference fromGStreamer = new ChannelDifference();
        ChannelDifference fromStandard = new ChannelDifference();
        for (String pattern : PATTERNS) {
            for (int[] size : SIZES) {
                Path file = GstFrames.testPattern(pattern, size[0], size[1], colour);
                Nv12Picture picture = Nv12Picture.readGStreamerFile(file, size[0], size[1], colour.colorimetry);
                String label = pattern + " " + size[0] + "x" + size[1];
                int[] converted = convertWithBothStrides(picture, label);
                fromGStreamer.add(label, converted, GstFrames.videoconvert(file, size[0], size[1], colour), size[0]);
                fromStandard.add(label, converted, SpecConversion.convert(picture), size[0]);
            }
        }
        report(colour, "test patterns", fromGStreamer, fromStandard);
        assertWithin(colour, fromGStreamer, fromStandard);
    }

    @ParameterizedTest
    @EnumSource(ColourCase.class)
    void matchesVideoconvertAndTheStandardForADecodedFrame(ColourCase colour) {
        Path file = GstFrames.decodedH264Frame();
        Nv12Picture picture = Nv12Picture.readGStreamerFile(file, 1920, 1080, colour.colorimetry);
        int[] converted = convertWithBothStrides(picture, "decoded H.264");
        ChannelDifference fromGStreamer = new ChannelDifference()
                .add("decoded H.264", converted, GstFrames.videoconvert(file, 1920, 1080, colour), 1920);
        ChannelDifference fromStandard = new ChannelDifference()
                .add("decoded H.264", converted, SpecConversion.convert(picture), 1920);
        report(colour, "decoded H.264", fromGStreamer, fromStandard);
        assertWithin(colour, fromGStreamer, fromStandard);
    }

    @Test
    void limitedRangeWhiteAndBlackAreExact() {
        for (ColourCase colour : ColourCase.values()) {
            if (colour.colorimetry.range() == Colorimetry.Range.LIMITED) {
                assertThat(convertFlat(235, colour.colorimetry)).as("white, %s", colour).isEqualTo(0xFFFFFF);
                assertThat(convertFlat(16, colour.colorimetry)).as("black, %s", colour).isEqualTo(0x000000);
            } else {
                assertThat(convertFlat(255, colour.colorimetry)).as("white, %s", colour).isEqualTo(0xFFFFFF);
                assertThat(convertFlat(0, colour.colorimetry)).as("black, %s", colour).isEqualTo(0x000000);
            }
        }
    }

    @Test
    void takesTheMatrixFromTheLayout() {
        Nv12Picture bars = Nv12Picture.readGStreamerFile(GstFrames.testPattern("smpte", 320, 240,
                ColourCase.BT709_LIMITED), 320, 240, ColourCase.BT709_LIMITED.colorimetry);
        int[] as709 = bars.convert(converter, 320, 240);
        int[] as601 = bars.as(ColourCase.BT601_LIMITED.colorimetry).convert(converter, 320, 240);
        assertThat(new ChannelDifference().add("709 against 601", as709, as601, 320).max()).isGreaterThan(10);
    }

    private int[] convertWithBothStrides(Nv12Picture picture, String label) {
        int[] converted = picture.convert(converter, picture.layout.width(), picture.layout.height());
        int[] padded = picture.withPaddedStrides(13, 7, label.hashCode())
                .convert(converter, picture.layout.width(), picture.layout.height());
        assertThat(padded).as("%s with padded strides", label).isEqualTo(converted);
        return converted;
    }

    private int convertFlat(int luma, Colorimetry colorimetry) {
        VideoLayout layout = VideoLayout.nv12(VideoFormat.of(4, 2, colorimetry), 0, 4, 8, 4);
        byte[] y = new byte[8];
        byte[] uv = {(byte) 128, (byte) 128, (byte) 128, (byte) 128};
        Arrays.fill(y, (byte) luma);
        int[] rgb = new int[8];
        converter.convert(y, uv, layout, rgb, 4, 2, 4);
        assertThat(rgb).containsOnly(rgb[0]);
        return rgb[0];
    }

    private static void report(ColourCase colour, String frames, ChannelDifference fromGStreamer,
                               ChannelDifference fromStandard) {
        System.out.println(colour + ", " + frames + ": against videoconvert " + fromGStreamer);
        System.out.println(colour + ", " + frames + ": against the standard " + fromStandard);
    }

    private static void assertWithin(ColourCase colour, ChannelDifference fromGStreamer,
                                     ChannelDifference fromStandard) {
        int bound = colour.colorimetry.range() == Colorimetry.Range.LIMITED ? LIMITED_RANGE_BOUND : FULL_RANGE_BOUND;
        for (int channel = 0; channel < 3; channel++) {
            assertThat(fromStandard.max(channel)).as("against the standard: %s", fromStandard).isLessThanOrEqualTo(1);
            assertThat(fromGStreamer.max(channel)).as("against videoconvert: %s", fromGStreamer)
                    .isLessThanOrEqualTo(bound);
        }
    }
}
