package dev.framepipe.bench.e2e;

import java.nio.file.Path;

import dev.framepipe.player.testing.TestClips;

/**
 * The benchmark's clips, made by GStreamer on first use: H.264 High (or HEVC Main 10) with AAC, in MP4 (Matroska for
 * HEVC), at 8 Mb/s for 720p and 1080p, whose pictures make the decoder work: SMPTE bars scrolling sideways, fresh
 * noise ("snow") over them at 12 % opacity every frame, a ball sweeping across and the running time. Without the
 * noise the encoder undershoots the bitrate by half, and a cheap-to-decode clip would flatter every player equally.
 */
final class BenchClips {
    private BenchClips() {
    }

    /** One clip of the benchmark. */
    static final class Clip {
        final Path path;
        final String name;
        final int frames;
        final long millis;

        Clip(Path path, String name, int frames, long millis) {
            this.path = path;
            this.name = name;
            this.frames = frames;
            this.millis = millis;
        }
    }

    /**
     * Returns an H.264 clip, making it first if needed.
     *
     * @param width   the width
     * @param height  the height
     * @param fps     frames per second
     * @param seconds the length
     * @return the clip
     */
    static Clip clip(int width, int height, int fps, int seconds) {
        return clip(width, height, fps, seconds, false);
    }

    /**
     * The bitrate a clip is encoded at: 8 Mb/s for 720p and 1080p (as every earlier figure), about what streaming
     * services use for each size elsewhere: 16 Mb/s for 4K, 1 Mb/s for 360p.
     */
    private static int bitrateKbps(int height) {
        return height > 1080 ? 16_000 : height < 720 ? 1_000 : 8_000;
    }

    /**
     * Returns a clip, making it first if needed: H.264 High, or HEVC Main 10 (drawn in 10 bits, at the same bitrate),
     * which software decoders give as I420_10LE.
     *
     * @param width   the width
     * @param height  the height
     * @param fps     frames per second
     * @param seconds the length
     * @param hevc10  HEVC Main 10 rather than H.264
     * @return the clip
     */
    static Clip clip(int width, int height, int fps, int seconds, boolean hevc10) {
        String name = height + "p" + fps + (hevc10 ? "-hevc10" : "") + (seconds == 20 ? "" : "-" + seconds + "s");
        int frames = fps * seconds;
        String caps = ",width=" + width + ",height=" + height + ",framerate=" + fps + "/1";
        String encoder = hevc10
                ? "videoconvert ! video/x-raw,format=I420_10LE ! x265enc speed-preset=ultrafast bitrate="
                        + bitrateKbps(height) + " key-int-max=" + 2 * fps
                        + " ! video/x-h265,profile=main-10 ! h265parse"
                : "x264enc speed-preset=veryfast bitrate=" + bitrateKbps(height) + " key-int-max=" + 2 * fps
                        + " ! video/x-h264,profile=high ! h264parse";
        String description = "compositor name=mix background=black sink_1::alpha=0.12 "
                + "! video/x-raw,format=AYUV" + caps + " ! videoconvert ! video/x-raw,format=I420 "
                + "! timeoverlay halignment=center valignment=bottom font-desc=\"Sans 48\" ! " + encoder
                + " ! queue ! mux. "
                + "videotestsrc pattern=smpte horizontal-speed=6 num-buffers=" + frames
                + " ! video/x-raw,format=I420" + caps + " ! mix.sink_0 "
                + "videotestsrc pattern=snow num-buffers=" + frames + " ! video/x-raw,format=I420" + caps
                + " ! mix.sink_1 "
                + "videotestsrc pattern=ball motion=sweep animation-mode=frames background-color=0x00000000 "
                + "num-buffers=" + frames + " ! video/x-raw,format=AYUV" + caps + " ! mix.sink_2 "
                + "audiotestsrc samplesperbuffer=960 num-buffers=" + seconds * 50
                + " ! audio/x-raw,rate=48000,channels=2 ! audioconvert ! avenc_aac bitrate=128000 ! aacparse "
                + "! queue ! mux. " + (hevc10 ? "matroskamux" : "mp4mux faststart=true")
                + " name=mux ! filesink location=%s";
        return new Clip(TestClips.clip("bench-" + name + (hevc10 ? ".mkv" : ".mp4"), description), name, frames,
                seconds * 1000L);
    }
}
