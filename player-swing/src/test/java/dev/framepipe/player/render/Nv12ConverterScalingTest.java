package dev.framepipe.player.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scaling down in the converter, against two references computed in double precision ({@link ReferenceScaling}):
 * the box or bilinear filter applied to the converter's own 1:1 RGB output, and the same filter applied to Y, Cb
 * and Cr followed by the standard's matrix.
 *
 * <p>The converter filters Y, Cb and Cr and converts afterwards (see {@link BoxSampler}), so it matches the second
 * reference within rounding everywhere, and the first wherever no pixel of a block is clamped. Where the picture
 * leaves the RGB cube the orders differ: at the edges of SMPTE bars, whose chroma is shared by two pixels of
 * different bars, by a few levels; around the ringing of an encoded frame by much more (the bounds state the
 * measured values).
 */
class Nv12ConverterScalingTest {
    private final Nv12Converter converter = new Nv12Converter();

    @ParameterizedTest(name = "{0} {1}x{2} to 1/{3} x 1/{4}")
    @CsvSource({
            // pattern, size, factors, and the largest difference from the RGB reference, as measured
            "gradient, 642, 482, 2, 2, 1",
            "ball, 963, 723, 3, 3, 1",
            "gradient, 640, 480, 2, 1, 0",
            "smpte75, 640, 480, 2, 2, 4",
            "smpte75, 1280, 720, 4, 4, 3",
            "smpte75, 642, 481, 1, 13, 0",
            "snow, 320, 240, 2, 2, 1"})
    void boxFilterAveragesWholeBlocks(String pattern, int width, int height, int factorX, int factorY,
                                      int rgbBound) {
        Nv12Picture picture = testPattern(pattern, width, height);
        check("box " + pattern + " " + width + "x" + height + " / " + factorX + "x" + factorY,
                picture.convert(converter, width / factorX, height / factorY),
                ReferenceScaling.box(ReferenceScaling.rgb(picture.convert(converter, width, height), width), width,
                        height, factorX, factorY),
                ReferenceScaling.box(ReferenceScaling.yuv(picture), width, height, factorX, factorY),
                picture, width / factorX, rgbBound);
    }

    @Test
    void boxFilterHalvesADecodedFrame() {
        Nv12Picture picture = Nv12Picture.readGStreamerFile(GstFrames.decodedH264Frame(), 1920, 1080,
                ColourCase.BT709_LIMITED.colorimetry);
        check("box decoded H.264 1920x1080 / 2x2", picture.convert(converter, 960, 540),
                ReferenceScaling.box(ReferenceScaling.rgb(picture.convert(converter, 1920, 1080), 1920), 1920, 1080,
                        2, 2),
                ReferenceScaling.box(ReferenceScaling.yuv(picture), 1920, 1080, 2, 2), picture, 960, 50);
    }

    @ParameterizedTest(name = "{0} {1}x{2} to {3}x{4}")
    @CsvSource({
            // pattern, size, destination size, and the largest difference from the RGB reference, as measured
            "gradient, 1920, 1080, 1366, 768, 1",
            "ball, 320, 240, 319, 239, 1",
            "gradient, 640, 480, 640, 300, 1",
            "ball, 17, 9, 5, 3, 0",
            "smpte75, 321, 241, 200, 150, 3",
            "smpte75, 640, 480, 250, 480, 3"})
    void bilinearInterpolatesOtherFactors(String pattern, int width, int height, int outWidth, int outHeight,
                                          int rgbBound) {
        Nv12Picture picture = testPattern(pattern, width, height);
        check("bilinear " + pattern + " " + width + "x" + height + " to " + outWidth + "x" + outHeight,
                picture.convert(converter, outWidth, outHeight),
                ReferenceScaling.bilinear(ReferenceScaling.rgb(picture.convert(converter, width, height), width),
                        width, height, outWidth, outHeight),
                ReferenceScaling.bilinear(ReferenceScaling.yuv(picture), width, height, outWidth, outHeight),
                picture, outWidth, rgbBound);
    }

    private static void check(String label, int[] scaled, double[][] rgbReference, double[][] yuvReference,
                              Nv12Picture picture, int width, int rgbBound) {
        ChannelDifference fromRgb = new ChannelDifference().add(label, scaled,
                ReferenceScaling.pack(rgbReference), width);
        ChannelDifference fromYuv = new ChannelDifference().add(label, scaled,
                ReferenceScaling.convert(yuvReference, picture.layout.format().colorimetry()), width);
        System.out.println(label + ": against filtered RGB " + fromRgb + "; against filtered YUV " + fromYuv);
        // Rounding the filtered values to a quarter code value before the matrix, and the result after it.
        assertThat(fromYuv.max()).as("against filtered YUV: %s", fromYuv).isLessThanOrEqualTo(1);
        assertThat(fromRgb.max()).as("against filtered RGB: %s", fromRgb).isLessThanOrEqualTo(rgbBound);
    }

    @Test
    void halfSamplerEqualsTheGeneralBoxFilter() {
        Nv12Picture picture = testPattern("snow", 642, 482);
        RowSampler half = RowSampler.forSizes(642, 482, 321, 241);
        RowSampler box = new BoxSampler(642, 482, 321, 241);
        assertThat(half).isInstanceOf(HalfSampler.class);
        RowScratch halfRows = new RowScratch();
        RowScratch boxRows = new RowScratch();
        halfRows.startBand(321, half.sourceRowsWidth());
        boxRows.startBand(321, box.sourceRowsWidth());
        for (int row = 0; row < 241; row++) {
            half.sampleRows(picture.y, picture.layout.stride(0), picture.uv, picture.layout.stride(1), row, 241,
                    halfRows);
            box.sampleRows(picture.y, picture.layout.stride(0), picture.uv, picture.layout.stride(1), row, 241,
                    boxRows);
            assertThat(Arrays.copyOf(halfRows.yuv, 321)).as("row %d", row).isEqualTo(Arrays.copyOf(boxRows.yuv, 321));
        }
    }

    @Test
    void destinationSizeMayChangeBetweenFrames() {
        Nv12Picture picture = testPattern("ball", 640, 480);
        int[][] sizes = {{320, 240}, {640, 480}, {500, 333}, {213, 160}, {320, 240}, {640, 480}};
        for (int[] size : sizes) {
            int[] expected = picture.convert(new Nv12Converter(), size[0], size[1]);
            assertThat(picture.convert(converter, size[0], size[1])).as("%dx%d", size[0], size[1])
                    .isEqualTo(expected);
        }
    }

    @Test
    void leavesTheScanlinePaddingAlone() {
        Nv12Picture picture = testPattern("smpte75", 321, 241);
        int scanline = 400;
        int[] padded = new int[scanline * 241];
        Arrays.fill(padded, 0xDEADBEEF);
        converter.convert(picture.y, picture.uv, picture.layout, padded, 321, 241, scanline);
        int[] tight = picture.convert(converter, 321, 241);
        for (int row = 0; row < 241; row++) {
            assertThat(Arrays.copyOfRange(padded, row * scanline, row * scanline + 321)).as("row %d", row)
                    .isEqualTo(Arrays.copyOfRange(tight, row * 321, row * 321 + 321));
            if (row < 240) {
                assertThat(Arrays.copyOfRange(padded, row * scanline + 321, (row + 1) * scanline))
                        .containsOnly(0xDEADBEEF);
            }
        }
    }

    @Test
    void refusesDestinationsItCannotFill() {
        Nv12Picture picture = testPattern("smpte75", 320, 240);
        assertThatThrownBy(() -> converter.convert(picture.y, picture.uv, picture.layout, new int[640 * 480], 640,
                480, 640)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Java2D");
        assertThatThrownBy(() -> converter.convert(picture.y, picture.uv, picture.layout, new int[1], 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> converter.convert(picture.y, picture.uv, picture.layout, new int[320 * 240 - 1],
                320, 240, 320)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pixels");
        assertThatThrownBy(() -> converter.convert(picture.y, picture.uv, picture.layout, new int[320 * 240], 320,
                240, 319)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scanline");
        assertThatThrownBy(() -> converter.convert(Arrays.copyOf(picture.y, 100), picture.uv, picture.layout,
                new int[320 * 240], 320, 240, 320)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("planes");
    }

    private static Nv12Picture testPattern(String pattern, int width, int height) {
        return Nv12Picture.readGStreamerFile(GstFrames.testPattern(pattern, width, height, ColourCase.BT709_LIMITED),
                width, height, ColourCase.BT709_LIMITED.colorimetry);
    }
}
