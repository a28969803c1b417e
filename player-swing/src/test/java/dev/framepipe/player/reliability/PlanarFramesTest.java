package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.sun.jna.Pointer;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.gst.NativeFrameReader;
import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * I420, YV12, I420_10LE and P010_10LE frames, as decoders give them, read by {@link NativeFrameReader} over memory
 * that ends at a guard page: the consumer gets exactly the NV12 planes an NV12 frame of the same picture gives (the
 * Cb and Cr planes interleaved, 10-bit samples rounded to the nearest 8-bit level), at every size odd or even, and a
 * buffer too short for its planes is refused before a byte is read.
 */
class PlanarFramesTest {
    private static final int[][] SIZES = {{1, 1}, {2, 2}, {3, 5}, {5, 3}, {64, 48}, {321, 241}, {40, 31}};

    @Test
    void planarFramesGiveTheNv12PlanesOfTheSamePicture() {
        GStreamerRuntime.ensureInitialized();
        Random random = new Random(FuzzSeed.seed("planar frames"));
        try (NativeFrameReader reader = new NativeFrameReader()) {
            for (int[] size : SIZES) {
                Picture picture = new Picture(size[0], size[1], random);
                byte[][] nv12 = read(reader, "NV12", picture.nv12(), size[0], size[1]);
                for (String format : new String[] {"I420", "YV12"}) {
                    byte[][] planar = read(reader, format, picture.planar(format.equals("I420")), size[0], size[1]);
                    String what = format + " " + size[0] + "x" + size[1];
                    assertThat(planar[0]).as("Y of " + what).isEqualTo(nv12[0]);
                    assertThat(planar[1]).as("CbCr of " + what).isEqualTo(nv12[1]);
                }
                for (String format : new String[] {"I420_10LE", "P010_10LE"}) {
                    byte[][] wide = read(reader, format, picture.tenBit(format.startsWith("P010")), size[0],
                            size[1]);
                    String what = format + " " + size[0] + "x" + size[1];
                    assertThat(wide[0]).as("Y of " + what).isEqualTo(nv12[0]);
                    assertThat(wide[1]).as("CbCr of " + what).isEqualTo(nv12[1]);
                }
            }
        }
    }

    @Test
    void tenBitSamplesRoundToTheNearestLevel() {
        GStreamerRuntime.ensureInitialized();
        // 10-bit 513 is 8-bit 128.25 (rounds down), 514 is 128.5 (up), 1023 is 255.75 (stays at the top).
        int[][] cases = {{513, 128}, {514, 129}, {1023, 255}, {0, 0}, {3, 1}};
        try (NativeFrameReader reader = new NativeFrameReader()) {
            for (boolean highBits : new boolean[] {false, true}) {
                for (int[] sample : cases) {
                    Picture flat = Picture.flat(4, 2, sample[0]);
                    byte[][] planes = read(reader, highBits ? "P010_10LE" : "I420_10LE", flat.tenBit(highBits), 4, 2);
                    assertThat(planes[0]).as("luma %d", sample[0]).containsOnly((byte) sample[1]);
                    assertThat(planes[1]).as("chroma %d", sample[0]).containsOnly((byte) sample[1]);
                }
            }
        }
    }

    @Test
    void aPlanarBufferTooShortForItsChromaIsRefusedBeforeReading() {
        GStreamerRuntime.ensureInitialized();
        Picture picture = new Picture(64, 48, new Random(1));
        byte[] whole = picture.planar(true);
        try (NativeFrameReader reader = new NativeFrameReader();
                GuardedFrames memory = new GuardedFrames(whole.length - 1)) {
            memory.data().write(0, whole, 0, whole.length - 1);
            Pointer sample = memory.sample(caps("I420", 64, 48), null);
            try {
                assertThatThrownBy(() -> reader.map(Pointer.nativeValue(sample)))
                        .isInstanceOf(FrameLayoutException.class).hasMessageContaining("plane 2")
                        .hasMessageContaining("reaches past the buffer's " + (whole.length - 1) + " bytes");
            } finally {
                GuardedFrames.release(sample);
            }
        }
    }

    /** Maps a buffer holding exactly these bytes (the guard page right after) and copies both NV12 planes out. */
    private static byte[][] read(NativeFrameReader reader, String format, byte[] bytes, int width, int height) {
        try (GuardedFrames memory = new GuardedFrames(bytes.length)) {
            memory.data().write(0, bytes, 0, bytes.length);
            Pointer sample = memory.sample(caps(format, width, height), null);
            try {
                assertThat(reader.map(Pointer.nativeValue(sample))).isTrue();
                try {
                    VideoLayout layout = reader.layout();
                    byte[][] planes = new byte[2][];
                    for (int plane = 0; plane < 2; plane++) {
                        planes[plane] = new byte[(int) layout.planeSpan(plane)];
                        reader.copyPlane(plane, planes[plane]);
                    }
                    // Rows of the copies without their stride padding: what the picture is.
                    return new byte[][] {rows(planes[0], layout, 0), rows(planes[1], layout, 1)};
                } finally {
                    reader.unmap();
                }
            } finally {
                GuardedFrames.release(sample);
            }
        }
    }

    private static byte[] rows(byte[] plane, VideoLayout layout, int index) {
        int rowBytes = layout.planeRowBytes(index);
        byte[] packed = new byte[rowBytes * layout.planeRows(index)];
        for (int row = 0; row < layout.planeRows(index); row++) {
            System.arraycopy(plane, row * layout.stride(index), packed, row * rowBytes, rowBytes);
        }
        return packed;
    }

    private static String caps(String format, int width, int height) {
        return "video/x-raw,format=" + format + ",width=" + width + ",height=" + height + ",framerate=30/1";
    }

    /**
     * A random picture, laid out as GStreamer lays out NV12, I420, YV12, I420_10LE and P010_10LE buffers without a
     * video meta. Its 10-bit samples are four times the 8-bit ones plus 0 or 1, which round back to the 8-bit ones.
     */
    private static final class Picture {
        private final int width;
        private final int height;
        private final byte[] luma;
        private final byte[] cb;
        private final byte[] cr;
        private final int[] tenBitLuma;
        private final int[] tenBitCb;
        private final int[] tenBitCr;

        Picture(int width, int height, Random random) {
            this.width = width;
            this.height = height;
            luma = new byte[width * height];
            cb = new byte[chromaWidth() * chromaRows()];
            cr = new byte[cb.length];
            random.nextBytes(luma);
            random.nextBytes(cb);
            random.nextBytes(cr);
            tenBitLuma = widen(luma, random);
            tenBitCb = widen(cb, random);
            tenBitCr = widen(cr, random);
        }

        private Picture(int width, int height, int tenBitValue) {
            this.width = width;
            this.height = height;
            luma = new byte[width * height];
            cb = new byte[chromaWidth() * chromaRows()];
            cr = cb;
            tenBitLuma = new int[luma.length];
            tenBitCb = new int[cb.length];
            tenBitCr = tenBitCb;
            Arrays.fill(tenBitLuma, tenBitValue);
            Arrays.fill(tenBitCb, tenBitValue);
        }

        /** A picture whose every 10-bit sample is the same (its 8-bit planes are unused). */
        static Picture flat(int width, int height, int tenBitValue) {
            return new Picture(width, height, tenBitValue);
        }

        private static int[] widen(byte[] samples, Random random) {
            int[] wide = new int[samples.length];
            for (int i = 0; i < samples.length; i++) {
                wide[i] = (samples[i] & 0xff) * 4 + random.nextInt(2);
            }
            return wide;
        }

        private int chromaWidth() {
            return (width + 1) / 2;
        }

        private int chromaRows() {
            return (height + 1) / 2;
        }

        byte[] nv12() {
            VideoLayout layout = VideoLayout.packedNv12(width, height, Colorimetry.of(Colorimetry.Matrix.BT601,
                    Colorimetry.Range.LIMITED));
            byte[] bytes = new byte[(int) layout.planeEnd(1)];
            writeLuma(bytes, layout.stride(0));
            for (int row = 0; row < chromaRows(); row++) {
                for (int x = 0; x < chromaWidth(); x++) {
                    int at = (int) layout.offset(1) + row * layout.stride(1) + 2 * x;
                    bytes[at] = cb[row * chromaWidth() + x];
                    bytes[at + 1] = cr[row * chromaWidth() + x];
                }
            }
            return bytes;
        }

        /** GStreamer's video-info.c: strides rounded up to 4, planes after rows rounded up to an even height. */
        byte[] planar(boolean cbFirst) {
            int yStride = roundUp4(width);
            int chromaStride = roundUp4(roundUp2(width) / 2);
            int chromaHeight = roundUp2(height) / 2;
            int first = yStride * roundUp2(height);
            int second = first + chromaStride * chromaHeight;
            byte[] bytes = new byte[second + chromaStride * (chromaRows() - 1) + chromaWidth()];
            writeLuma(bytes, yStride);
            for (int row = 0; row < chromaRows(); row++) {
                System.arraycopy(cbFirst ? cb : cr, row * chromaWidth(), bytes, first + row * chromaStride,
                        chromaWidth());
                System.arraycopy(cbFirst ? cr : cb, row * chromaWidth(), bytes, second + row * chromaStride,
                        chromaWidth());
            }
            return bytes;
        }

        /**
         * GStreamer's video-info.c: I420_10LE has a Y stride of twice the width and chroma strides of the width, each
         * rounded up to 4, planes after rows rounded up to an even height; P010_10LE has one CbCr plane of the Y
         * plane's stride after it, each sample shifted into the high 10 bits.
         */
        byte[] tenBit(boolean p010) {
            int yStride = roundUp4(width * 2);
            int chromaStride = p010 ? yStride : roundUp4(width);
            int chromaHeight = roundUp2(height) / 2;
            int first = yStride * roundUp2(height);
            int second = first + chromaStride * chromaHeight;
            int end = p010 ? first + chromaStride * (chromaRows() - 1) + 4 * chromaWidth()
                    : second + chromaStride * (chromaRows() - 1) + 2 * chromaWidth();
            byte[] bytes = new byte[end];
            int shift = p010 ? 6 : 0;
            for (int row = 0; row < height; row++) {
                for (int x = 0; x < width; x++) {
                    putSample(bytes, row * yStride + 2 * x, tenBitLuma[row * width + x] << shift);
                }
            }
            for (int row = 0; row < chromaRows(); row++) {
                for (int x = 0; x < chromaWidth(); x++) {
                    int at = row * chromaWidth() + x;
                    if (p010) {
                        putSample(bytes, first + row * chromaStride + 4 * x, tenBitCb[at] << shift);
                        putSample(bytes, first + row * chromaStride + 4 * x + 2, tenBitCr[at] << shift);
                    } else {
                        putSample(bytes, first + row * chromaStride + 2 * x, tenBitCb[at]);
                        putSample(bytes, second + row * chromaStride + 2 * x, tenBitCr[at]);
                    }
                }
            }
            return bytes;
        }

        private static void putSample(byte[] bytes, int at, int value) {
            bytes[at] = (byte) value;
            bytes[at + 1] = (byte) (value >> 8);
        }

        private void writeLuma(byte[] bytes, int stride) {
            for (int row = 0; row < height; row++) {
                System.arraycopy(luma, row * width, bytes, row * stride, width);
            }
        }

        private static int roundUp2(int value) {
            return (value + 1) & ~1;
        }

        private static int roundUp4(int value) {
            return (value + 3) & ~3;
        }
    }
}
