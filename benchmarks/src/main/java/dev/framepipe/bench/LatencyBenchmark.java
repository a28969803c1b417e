package dev.framepipe.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.elements.AppSink;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.StreamOptions;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.testing.StampedCamera;

/**
 * Glass-to-glass latency of a live RTSP camera on 127.0.0.1: from the moment a frame is made (its clock is drawn into
 * it, see {@link StampedCamera}) to the moment the player hands it to the renderer at its display time, for the
 * default stream options, the low-latency preset, the preset over TCP, and no jitter buffer at all. The reference,
 * measured in the same run, is the fastest GStreamer can do: {@code rtspsrc latency=0} into a decoder and an appsink
 * that does not wait for the clock. The last column is what the player adds beyond the jitter buffer it was asked
 * for and the reference's path. Run from the project root with {@code ./framepipe bench latency}.
 */
public final class LatencyBenchmark {
    private static final long WARM_UP_MILLIS = 3_000;
    private static final long MEASURE_MILLIS = 10_000;

    private LatencyBenchmark() {
    }

    /**
     * Runs the measurements and prints them.
     *
     * @param args ignored
     * @throws InterruptedException if interrupted while measuring
     */
    public static void main(String[] args) throws InterruptedException {
        try (StampedCamera camera = StampedCamera.start()) {
            System.out.printf(Locale.ROOT, "glass-to-glass latency, %dx%d H.264 at %d fps over RTSP on 127.0.0.1, "
                    + "%d s per row after %d s warm-up%n", StampedCamera.WIDTH, StampedCamera.HEIGHT,
                    StampedCamera.FPS, MEASURE_MILLIS / 1000, WARM_UP_MILLIS / 1000);
            System.out.println("| receiver | frames | p50 ms | p95 ms | max ms | p50 minus the latency asked for "
                    + "and the reference's p50 |");
            System.out.println("|---|---|---|---|---|---|");
            List<Long> reference = gstreamerFloor(camera);
            long floor = percentile(reference, 50);
            print("GStreamer: rtspsrc latency=0, appsink sync=false (reference)", reference, floor, Duration.ZERO);
            for (StreamOptions options : List.of(StreamOptions.defaults(), StreamOptions.lowLatency(),
                    StreamOptions.lowLatency().withTransport(StreamOptions.Transport.TCP),
                    StreamOptions.lowLatency().withLatency(Duration.ZERO))) {
                print("Framepipe, latency " + options.getLatency().toMillis() + " ms" + (options.isDropLate()
                        ? ", late packets dropped" : "") + ", " + options.getTransport(), player(camera, options),
                        floor, options.getLatency());
            }
        }
    }

    /** Plays the camera in a player and takes the age of each frame it hands over. */
    private static List<Long> player(StampedCamera camera, StreamOptions options) throws InterruptedException {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(camera.uri()),
                PlayerOptions.defaults().withAudioEnabled(false).withStreaming(options));
        Ages ages = new Ages();
        FrameSource.of(player).orElseThrow().attach(ages);
        player.controls().play();
        Thread.sleep(WARM_UP_MILLIS);
        ages.start();
        Thread.sleep(MEASURE_MILLIS);
        player.dispose();
        return ages.taken();
    }

    /** GStreamer alone, as fast as it can: no jitter buffer, no waiting for the clock. */
    private static List<Long> gstreamerFloor(StampedCamera camera) throws InterruptedException {
        Pipeline pipeline = (Pipeline) Gst.parseLaunch("rtspsrc location=" + camera.uri() + " latency=0 "
                + "! rtph264depay ! avdec_h264 ! appsink name=sink sync=false emit-signals=true max-buffers=3 "
                + "drop=true caps=video/x-raw,format=I420");
        AppSink sink = (AppSink) pipeline.getElementByName("sink");
        Ages ages = new Ages();
        byte[] rows = new byte[StampedCamera.WIDTH * StampedCamera.STAMP_ROWS];
        sink.connect((AppSink.NEW_SAMPLE) appSink -> {
            Sample sample = appSink.pullSample();
            Buffer buffer = sample.getBuffer();
            ByteBuffer pixels = buffer.map(false);
            // I420 at 640 pixels: the luma rows are 640 bytes apart; the stamp lies in the first rows.
            if (pixels.remaining() >= rows.length) {
                pixels.get(rows);
                ages.take(StampedCamera.stampOf(rows, StampedCamera.WIDTH));
            }
            buffer.unmap();
            sample.dispose();
            return FlowReturn.OK;
        });
        pipeline.play();
        Thread.sleep(WARM_UP_MILLIS);
        ages.start();
        Thread.sleep(MEASURE_MILLIS);
        pipeline.stop();
        pipeline.dispose();
        return ages.taken();
    }

    private static void print(String receiver, List<Long> ages, long reference, Duration asked) {
        long p50 = percentile(ages, 50);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", receiver, ages.size(), p50,
                percentile(ages, 95), percentile(ages, 100), p50 - asked.toMillis() - reference);
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Takes the age of each frame once started; the stamp is read from a copy of the luma plane. */
    private static final class Ages implements FrameConsumer {
        private final List<Long> ages = new CopyOnWriteArrayList<>();
        private volatile boolean started;
        private byte[] luma = new byte[0];

        void start() {
            started = true;
        }

        List<Long> taken() {
            return new ArrayList<>(ages);
        }

        void take(long stamp) {
            long age = StampedCamera.ageOf(stamp);
            // A frame whose stamp did not survive the encoder reads as nonsense: far outside any plausible delay.
            if (started && age < TimeUnit.SECONDS.toMillis(10)) {
                ages.add(age);
            }
        }

        @Override
        public void onFrame(VideoFrame frame) {
            long span = frame.layout().planeSpan(0);
            if (luma.length != span) {
                luma = new byte[(int) span];
            }
            frame.copyPlane(0, luma);
            take(StampedCamera.stampOf(luma, frame.layout().stride(0)));
        }
    }
}
