package dev.framepipe.bench.e2e;

import java.nio.file.Path;

import dev.framepipe.player.testing.TestClips;

/**
 * The benchmark's clips, made by GStreamer on first use: H.264 High at about 8 Mb/s with AAC, in MP4, whose
 * pictures make the decoder work: SMPTE bars scrolling sideways, fresh noise ("snow") over them at 12 % opacity
 * every frame, a ball sweeping across and the running time. Without the noise the encoder undershoots the bitrate
 * by half, and a cheap-to-decode clip would flatter every player equally.
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
     * Returns a clip, making it first if needed.
     *
     * @param width   the width
     * @param height  the height
     * @param fps     frames per second
     * @param seconds the length
     * @return the clip
     */
    static Clip clip(int width, int height, int fps, int seconds) {
        String name = height + "p" + fps + (seconds == 20 ? "" : "-" + seconds + "s");
        int frames = fps * seconds;
        String caps = ",width=" + width + ",height=" + height + ",framerate=" + fps + "/1";
        String description = "compositor name=mix background=black sink_1::alpha=0.12 "
                + "! video/x-raw,format=AYUV" + caps + " ! videoconvert ! video/x-raw,format=I420 "
                + "! timeoverlay halignment=center valignment=bottom font-desc=\"Sans 48\" "
                + "! x264enc speed-preset=veryfast bitrate=8000 key-int-max=" + 2 * fps
                + " ! video/x-h264,profile=high ! h264parse ! queue ! mux. "
                + "videotestsrc pattern=smpte horizontal-speed=6 num-buffers=" + frames
                + " ! video/x-raw,format=I420" + caps + " ! mix.sink_0 "
                + "videotestsrc pattern=snow num-buffers=" + frames + " ! video/x-raw,format=I420" + caps
                + " ! mix.sink_1 "
                + "videotestsrc pattern=ball motion=sweep animation-mode=frames background-color=0x00000000 "
                + "num-buffers=" + frames + " ! video/x-raw,format=AYUV" + caps + " ! mix.sink_2 "
                + "audiotestsrc samplesperbuffer=960 num-buffers=" + seconds * 50
                + " ! audio/x-raw,rate=48000,channels=2 ! audioconvert ! avenc_aac bitrate=128000 ! aacparse "
                + "! queue ! mux. mp4mux name=mux faststart=true ! filesink location=%s";
        return new Clip(TestClips.clip("bench-" + name + ".mp4", description), name, frames, seconds * 1000L);
    }
}
