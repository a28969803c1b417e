package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

import com.sun.jna.Pointer;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.gst.NativeFrameReader;
import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * I420 and YV12 frames, as decoders give them, read by {@link NativeFrameReader} over memory that ends at a guard
 * page: the consumer gets exactly the NV12 planes an NV12 frame of the same picture gives (the Cb and Cr planes
 * interleaved), at every size odd or even, and a buffer too short for its chroma planes is refused before a byte is
 * read.
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
                        .isInstanceOf(FrameLayoutException.class).hasMessageContaining("chroma planes");
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

    /** A random picture, laid out as GStreamer lays out NV12, I420 and YV12 buffers without a video meta. */
    private static final class Picture {
        private final int width;
        private final int height;
        private final byte[] luma;
        private final byte[] cb;
        private final byte[] cr;

        Picture(int width, int height, Random random) {
            this.width = width;
            this.height = height;
            luma = new byte[width * height];
            cb = new byte[chromaWidth() * chromaRows()];
            cr = new byte[cb.length];
            random.nextBytes(luma);
            random.nextBytes(cb);
            random.nextBytes(cr);
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
