package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.render.Nv12Converter;

/**
 * Random frame metadata against the layout checks and the converter. Every layout the oracle calls inconsistent
 * is refused with a {@link FrameLayoutException}, every consistent one accepted; {@code checkFits} agrees with the
 * oracle for random buffer sizes; and the converter, given planes exactly as long as the layout says, never reads
 * past them (that would throw), never reads stride padding, and never writes outside the destination rows.
 */
class LayoutFuzzTest {
    private static final Colorimetry COLOUR = Colorimetry.of(Colorimetry.Matrix.BT601, Colorimetry.Range.LIMITED);
    private static final int SENTINEL = 0x7E57_ED00;

    @Test
    void layoutsAreAcceptedExactlyWhenTheyAreConsistent() {
        Random random = new Random(FuzzSeed.seed("layout validation"));
        int cases = FuzzSeed.cases(50_000);
        int accepted = 0;
        for (int i = 0; i < cases; i++) {
            int width = dimension(random);
            int height = dimension(random);
            long yOffset = offset(random);
            int yStride = stride(random, width);
            long uvOffset = random.nextBoolean() ? yOffset + (long) yStride * height + random.nextInt(64) - 32
                    : offset(random);
            int uvStride = stride(random, width);
            boolean expected = LayoutOracle.consistent(width, height, yOffset, yStride, uvOffset, uvStride);
            String values = width + "x" + height + " Y " + yOffset + "/" + yStride + " UV " + uvOffset + "/" + uvStride;
            VideoLayout layout;
            try {
                layout = VideoLayout.nv12(new VideoFormat(width, height, COLOUR, 1, 1, 30, 1), yOffset, yStride,
                        uvOffset, uvStride);
            } catch (FrameLayoutException e) {
                assertThat(expected).as("refused a consistent layout: " + values + " (" + e.getMessage() + ")")
                        .isFalse();
                continue;
            }
            assertThat(expected).as("accepted an inconsistent layout: " + values).isTrue();
            accepted++;
            long size = bufferSize(random, layout);
            boolean fits = LayoutOracle.fits(layout, size);
            checkFitsAgrees(layout, size, fits, values + " in " + size + " bytes");
        }
        System.out.println("[reliability] layout validation | " + cases + " layouts, " + accepted + " consistent");
        assertThat(accepted).as("the generator makes both kinds").isBetween(cases / 20, cases - cases / 20);
    }

    private static void checkFitsAgrees(VideoLayout layout, long size, boolean fits, String what) {
        try {
            layout.checkFits(size);
            assertThat(fits).as("checkFits let through a layout that does not fit: " + what).isTrue();
        } catch (FrameLayoutException e) {
            assertThat(fits).as("checkFits refused a layout that fits: " + what + " (" + e.getMessage() + ")")
                    .isFalse();
        }
    }

    @Test
    void theConverterReadsOnlyThePictureAndWritesOnlyTheDestinationRows() {
        Random random = new Random(FuzzSeed.seed("converter bounds"));
        Nv12Converter converter = new Nv12Converter();
        int cases = FuzzSeed.cases(3_000);
        int converted = 0;
        for (int i = 0; i < cases; i++) {
            int width = 1 + random.nextInt(48);
            int height = 1 + random.nextInt(48);
            // The offsets do not matter here: the arrays start at their plane.
            VideoLayout layout = VideoLayout.nv12(new VideoFormat(width, height, COLOUR, 1, 1, 30, 1), 0,
                    width + random.nextInt(9), 1L << 20, LayoutOracle.chromaRowBytes(width) + random.nextInt(9));
            boolean shortPlane = random.nextInt(10) == 0;
            byte[] y = new byte[(int) layout.planeSpan(0) - (shortPlane ? 1 : 0)];
            byte[] uv = new byte[(int) layout.planeSpan(1)];
            int dstWidth = 1 + random.nextInt(width + (random.nextInt(10) == 0 ? 2 : 0));
            int dstHeight = 1 + random.nextInt(height + (random.nextInt(10) == 0 ? 2 : 0));
            int scanline = dstWidth + random.nextInt(5) - (random.nextInt(10) == 0 ? 1 : 0);
            int needed = (dstHeight - 1) * scanline + dstWidth;
            int[] dst = new int[Math.max(0, needed + random.nextInt(4) - (random.nextInt(10) == 0 ? 1 : 0))];
            boolean valid = !shortPlane && dstWidth <= width && dstHeight <= height && scanline >= dstWidth
                    && dst.length >= needed;
            String what = layout + " to " + dstWidth + "x" + dstHeight + " scanline " + scanline + " in " + dst.length;
            fillPicture(random, y, uv, layout);
            Arrays.fill(dst, SENTINEL);
            if (!valid) {
                assertThatCode(() -> converter.convert(y, uv, layout, dst, dstWidth, dstHeight, scanline))
                        .as(what).isInstanceOf(IllegalArgumentException.class);
                assertThat(Arrays.stream(dst).allMatch(pixel -> pixel == SENTINEL)).as("written before refusing: "
                        + what).isTrue();
                continue;
            }
            converter.convert(y, uv, layout, dst, dstWidth, dstHeight, scanline);
            int[] first = dst.clone();
            fillPadding(random, y, uv, layout);
            converter.convert(y, uv, layout, dst, dstWidth, dstHeight, scanline);
            assertThat(dst).as("stride padding changed the picture: " + what).isEqualTo(first);
            assertOnlyRowsWritten(dst, dstWidth, dstHeight, scanline, what);
            converted++;
        }
        System.out.println("[reliability] converter bounds | " + cases + " conversions, " + converted + " valid");
        assertThat(converted).isBetween(cases / 4, cases - cases / 20);
    }

    private static void assertOnlyRowsWritten(int[] dst, int width, int height, int scanline, String what) {
        for (int index = 0; index < dst.length; index++) {
            int row = index / scanline;
            boolean inPicture = row < height && index % scanline < width;
            if (!inPicture) {
                assertThat(dst[index]).as("wrote outside the rows at " + index + ": " + what).isEqualTo(SENTINEL);
            }
        }
    }

    /** Random picture bytes; stride padding gets a fixed value so a second fill can change only the padding. */
    private static void fillPicture(Random random, byte[] y, byte[] uv, VideoLayout layout) {
        random.nextBytes(y);
        random.nextBytes(uv);
        fillPadding(random, y, uv, layout);
    }

    private static void fillPadding(Random random, byte[] y, byte[] uv, VideoLayout layout) {
        byte[][] planes = {y, uv};
        for (int plane = 0; plane < VideoLayout.PLANES; plane++) {
            for (int row = 0; row < layout.planeRows(plane); row++) {
                int from = row * layout.stride(plane) + layout.planeRowBytes(plane);
                int to = Math.min(planes[plane].length, (row + 1) * layout.stride(plane));
                for (int index = from; index < to; index++) {
                    planes[plane][index] = (byte) random.nextInt();
                }
            }
        }
    }

    /** Mostly small sizes, some at and past the limits, some nonsense. */
    private static int dimension(Random random) {
        switch (random.nextInt(8)) {
            case 0:
                return random.nextInt(3) - 1;
            case 1:
                return VideoLayout.MAX_DIMENSION - 1 + random.nextInt(3);
            case 2:
                return random.nextInt();
            default:
                return 1 + random.nextInt(4096);
        }
    }

    private static long offset(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return -1 - random.nextInt(1000);
            case 1:
                return Long.MAX_VALUE - random.nextInt(1 << 20);
            case 2:
                return random.nextLong();
            default:
                return random.nextInt(1 << 24);
        }
    }

    private static int stride(Random random, int width) {
        switch (random.nextInt(6)) {
            case 0:
                return width - 1 - random.nextInt(4);
            case 1:
                return Integer.MAX_VALUE - random.nextInt(16);
            case 2:
                return random.nextInt();
            default:
                return Math.max(width, 0) + random.nextInt(128);
        }
    }

    private static long bufferSize(Random random, VideoLayout layout) {
        long end = Math.max(layout.planeEnd(0), layout.planeEnd(1));
        return random.nextBoolean() ? end - 2 + random.nextInt(4)
                : Math.max(0, end + random.nextInt(1 << 16) - (1 << 15));
    }
}
