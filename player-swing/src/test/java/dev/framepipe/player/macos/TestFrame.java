package dev.framepipe.player.macos;

import java.util.Arrays;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.frame.VideoLayout;

/**
 * A {@link VideoFrame} held in Java arrays, laid out as GStreamer packs NV12 (strides rounded up to 4). Luma bytes
 * encode their position ({@code (row * 7 + column) & 0xff}) unless a solid colour is asked for, so a copy that
 * shifts or truncates rows is caught.
 */
final class TestFrame implements VideoFrame {
    private final VideoLayout layout;
    private final byte[][] planes = new byte[VideoLayout.PLANES][];

    private TestFrame(VideoLayout layout) {
        this.layout = layout;
        for (int plane = 0; plane < VideoLayout.PLANES; plane++) {
            planes[plane] = new byte[(int) layout.planeSpan(plane)];
        }
    }

    /**
     * Creates a frame whose bytes encode their position.
     *
     * @param width       pixels
     * @param height      pixels
     * @param colorimetry the colorimetry
     * @return the frame
     */
    static TestFrame patterned(int width, int height, Colorimetry colorimetry) {
        TestFrame frame = new TestFrame(VideoLayout.packedNv12(width, height, colorimetry));
        for (int plane = 0; plane < VideoLayout.PLANES; plane++) {
            byte[] bytes = frame.planes[plane];
            int stride = frame.layout.stride(plane);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) ((i / stride) * 7 + (i % stride) + plane * 101);
            }
        }
        return frame;
    }

    /**
     * Creates a frame of one colour.
     *
     * @param width  pixels
     * @param height pixels
     * @param y      luma
     * @param cb     blue-difference chroma
     * @param cr     red-difference chroma
     * @return a BT.601 limited-range frame
     */
    static TestFrame solid(int width, int height, int y, int cb, int cr) {
        TestFrame frame = new TestFrame(VideoLayout.packedNv12(width, height,
                Colorimetry.of(Colorimetry.Matrix.BT601, Colorimetry.Range.LIMITED)));
        Arrays.fill(frame.planes[0], (byte) y);
        byte[] chroma = frame.planes[1];
        for (int i = 0; i + 1 < chroma.length; i += 2) {
            chroma[i] = (byte) cb;
            chroma[i + 1] = (byte) cr;
        }
        return frame;
    }

    /**
     * Returns the bytes of a plane, stride padding included.
     *
     * @param plane 0 or 1
     * @return the array (not a copy)
     */
    byte[] plane(int plane) {
        return planes[plane];
    }

    @Override
    public VideoLayout layout() {
        return layout;
    }

    @Override
    public long streamTimeNanos() {
        return 0;
    }

    @Override
    public void copyPlane(int plane, byte[] destination) {
        System.arraycopy(planes[plane], 0, destination, 0, planes[plane].length);
    }
}
