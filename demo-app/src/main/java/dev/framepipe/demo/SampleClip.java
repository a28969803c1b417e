package dev.framepipe.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import dev.framepipe.player.MediaSource;

/**
 * The built-in sample: twenty seconds of an orange ball bouncing over indigo, with the Framepipe name, a running
 * clock and a tick each second. GStreamer encodes it once, on the first run, into the user's cache directory (see
 * {@link SamplePreparation}), so the demo plays a real file with a duration, a seek bar, codecs and a container to
 * show, and needs no file or network. Where no encoder is installed, the same picture is played live instead.
 *
 * <p>Each encoding is tried in turn: H.264 with AAC in MP4, VP8 with Vorbis in WebM, then either without sound.
 */
final class SampleClip {
    /** The title of the sample in the playlist. */
    static final String TITLE = "Framepipe sample";
    /** Where the sample comes from, for the playlist. */
    static final String ORIGIN = "Built in \u00b7 made by GStreamer";
    /** How long the clip is. */
    static final Duration LENGTH = Duration.ofSeconds(20);

    /** Part of the file name: change it when the recipe changes, so an older clip in the cache is not used. */
    private static final String NAME = "sample-v1";
    private static final int FPS = 30;
    private static final int AUDIO_RATE = 48000;
    private static final int SAMPLES_PER_BUFFER = 1024;
    private static final String PREVIEW_SINK = "preview";

    /** The ways of encoding the clip, best first. */
    enum Encoding {
        /** H.264 and AAC in MP4: what most players and browsers play. */
        H264_AAC("mp4", "H.264 and AAC", x264(), "mp4mux", "avenc_aac ! aacparse"),
        /** VP8 and Vorbis in WebM: every part is in GStreamer's good and base plug-in sets. */
        VP8_VORBIS("webm", "VP8 and Vorbis", vp8(), "webmmux", "vorbisenc"),
        /** H.264 in MP4, without sound (no AAC encoder). */
        H264("mp4", "H.264", x264(), "mp4mux", null),
        /** VP8 in WebM, without sound. */
        VP8("webm", "VP8", vp8(), "webmmux", null);

        private final String extension;
        private final String title;
        private final String videoEncoder;
        private final String muxer;
        private final String audioEncoder;

        Encoding(String extension, String title, String videoEncoder, String muxer, String audioEncoder) {
            this.extension = extension;
            this.title = title;
            this.videoEncoder = videoEncoder;
            this.muxer = muxer;
            this.audioEncoder = audioEncoder;
        }

        /**
         * Returns the codecs, for the progress display.
         *
         * @return for instance "H.264 and AAC"
         */
        String title() {
            return title;
        }

        /**
         * Returns where the finished clip is kept.
         *
         * @param cacheDirectory the demo's cache directory
         * @return the file
         */
        Path file(Path cacheDirectory) {
            return cacheDirectory.resolve(NAME + "." + extension);
        }

        /**
         * Returns a pipeline that encodes the clip into a file as fast as it can, and shows each picture in an
         * {@code appsink} named {@value #PREVIEW_SINK} on the way. The preview branch's queue drops pictures when
         * the screen is slower than the encoder, so the preview never holds the encoder back (or keeps the
         * pipeline from starting: a sink that has its first picture waits for the others).
         *
         * @param output the file to write
         * @return the gst-launch description
         */
        String pipeline(Path output) {
            String audio = audioEncoder == null ? ""
                    : " " + tone(LENGTH) + " ! audioconvert ! " + audioEncoder + " ! mux.";
            return picture(LENGTH) + " ! tee name=split"
                    + " split. ! queue ! videoconvert ! video/x-raw,format=I420 ! " + videoEncoder
                    + " ! " + muxer + " name=mux ! filesink location=" + quoted(output)
                    + " split. ! queue leaky=downstream max-size-buffers=2 ! videoconvert ! appsink name="
                    + PREVIEW_SINK + audio;
        }

        /**
         * Returns the name of the appsink in {@link #pipeline(Path)} that receives the preview.
         *
         * @return the appsink's name
         */
        static String previewSink() {
            return PREVIEW_SINK;
        }
    }

    private SampleClip() {
    }

    /**
     * Finds a clip made by an earlier run.
     *
     * @param cacheDirectory the demo's cache directory
     * @return the clip, or empty if there is none yet
     */
    static Optional<Path> cached(Path cacheDirectory) {
        for (Encoding encoding : Encoding.values()) {
            Path file = encoding.file(cacheDirectory);
            try {
                if (Files.isRegularFile(file) && Files.size(file) > 0) {
                    return Optional.of(file);
                }
            } catch (IOException e) {
                // Unreadable: treated as missing, and made again.
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the sample played live, for when no encoder is installed: the same picture and sound, without end,
     * so it has no duration and cannot be seeked.
     *
     * @return the source
     */
    static MediaSource live() {
        return MediaSource.ofPipeline(picture(null) + " ! videoconvert ! appsink name=video " + tone(null)
                + " ! audioconvert ! volume name=volume ! autoaudiosink", "video");
    }

    /**
     * The picture, for a given length or without end ({@code null}). The ball is drawn at a quarter of the size and
     * scaled up, which makes it large and soft-edged at almost no cost; the text is drawn at full size.
     */
    private static String picture(Duration length) {
        String frames = length == null ? "" : " num-buffers=" + length.getSeconds() * FPS;
        return "videotestsrc pattern=ball motion=wavy background-color=0xff312e81 foreground-color=0xfff59e0b"
                + frames + " ! video/x-raw,width=320,height=180,framerate=" + FPS + "/1"
                + " ! videoscale ! video/x-raw,width=1280,height=720"
                + " ! textoverlay text=Framepipe valignment=center halignment=center font-desc=\"Sans Bold 28\""
                + " ! timeoverlay valignment=bottom halignment=center ypad=40 font-desc=\"Monospace 16\"";
    }

    /** A quiet tick each second, for a given length or without end ({@code null}). */
    private static String tone(Duration length) {
        String buffers = length == null ? ""
                : " num-buffers=" + (length.getSeconds() * AUDIO_RATE + SAMPLES_PER_BUFFER - 1) / SAMPLES_PER_BUFFER;
        return "audiotestsrc wave=ticks volume=0.4 samplesperbuffer=" + SAMPLES_PER_BUFFER + buffers
                + " ! audio/x-raw,rate=" + AUDIO_RATE + ",channels=2";
    }

    private static String x264() {
        return "x264enc speed-preset=veryfast key-int-max=" + FPS + " ! h264parse";
    }

    private static String vp8() {
        return "vp8enc deadline=1 cpu-used=8 threads=2 keyframe-max-dist=" + FPS + " target-bitrate=3000000";
    }

    /**
     * Quotes a path for a gst-launch description. The path is the demo's own cache file, but user names (and so
     * home directories) may contain spaces or quotes.
     */
    static String quoted(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
