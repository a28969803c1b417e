package dev.framepipe.player.render;

import java.nio.file.Path;
import java.util.Arrays;

import dev.framepipe.player.testing.TestClips;

/**
 * NV12 frames made by GStreamer, and GStreamer's own conversion of the same frames to RGB: the oracle the converter
 * is compared with. Files are kept in the test-clip directory and made once per build.
 */
final class GstFrames {
    private GstFrames() {
    }

    /**
     * One frame of a {@code videotestsrc} pattern, drawn by GStreamer in the given colorimetry.
     *
     * @param pattern a {@code videotestsrc} pattern name
     * @param width   the width
     * @param height  the height
     * @param colour  the matrix and range
     * @return the raw NV12 file
     */
    static Path testPattern(String pattern, int width, int height, ColourCase colour) {
        return TestClips.clip(String.format("nv12-%s-%dx%d-%s.nv12", pattern, width, height, colour),
                "videotestsrc num-buffers=1 pattern=" + pattern + " ! video/x-raw,format=NV12,width=" + width
                        + ",height=" + height + ",colorimetry=" + colour.gstreamer + " ! filesink location=%s");
    }

    /**
     * The frame at one second of {@link TestClips#h264FullHd()}, decoded by GStreamer: real encoder output, with
     * the blocking and ringing of a P-frame.
     *
     * @return the raw 1920×1080 NV12 file
     */
    static Path decodedH264Frame() {
        Path frames = TestClips.clip("nv12-h264-1920x1080-1fps.nv12", "filesrc location=" + TestClips.h264FullHd()
                + " ! qtdemux ! h264parse ! avdec_h264 ! videoconvert ! video/x-raw,format=NV12"
                + " ! videorate drop-only=true ! video/x-raw,framerate=1/1 ! filesink location=%s");
        int frameBytes = 1920 * 1080 * 3 / 2;
        byte[] all = Nv12Picture.bytes(frames);
        if (all.length < 2 * frameBytes) {
            throw new IllegalStateException(frames + " holds " + all.length + " bytes, not two 1080p frames");
        }
        return TestClips.file("nv12-h264-1920x1080-at-1s.nv12", Arrays.copyOfRange(all, frameBytes, 2 * frameBytes));
    }

    /**
     * GStreamer's conversion of a raw NV12 file: {@code videoconvert dither=none chroma-mode=none} to BGRx, the same
     * nearest-neighbour chroma as the converter.
     *
     * @param nv12   the raw NV12 file
     * @param width  the width
     * @param height the height
     * @param colour the matrix and range to read the file with
     * @return {@code 0x00RRGGBB} pixels, row-major
     */
    static int[] videoconvert(Path nv12, int width, int height, ColourCase colour) {
        String name = nv12.getFileName().toString().replace(".nv12", "") + "-as-" + colour + ".bgrx";
        Path bgrx = TestClips.clip(name, "filesrc location=" + nv12 + " ! rawvideoparse format=nv12 width=" + width
                + " height=" + height + " colorimetry=" + colour.gstreamer + " framerate=30/1"
                + " ! videoconvert dither=none chroma-mode=none ! video/x-raw,format=BGRx ! filesink location=%s");
        byte[] bytes = Nv12Picture.bytes(bgrx);
        if (bytes.length != 4 * width * height) {
            throw new IllegalStateException(bgrx + " holds " + bytes.length + " bytes, not " + width + "x" + height
                    + " BGRx");
        }
        int[] rgb = new int[width * height];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (bytes[4 * i + 2] & 0xFF) << 16 | (bytes[4 * i + 1] & 0xFF) << 8 | (bytes[4 * i] & 0xFF);
        }
        return rgb;
    }
}
