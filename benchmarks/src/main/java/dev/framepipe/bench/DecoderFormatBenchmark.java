package dev.framepipe.bench;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

import com.sun.jna.Pointer;

import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.elements.AppSink;
import org.freedesktop.gstreamer.glib.Natives;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.gst.NativeFrameReader;
import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * Turning a decoder's frame into the NV12 planes the converter reads, per 1080p frame, the two ways the Java2D path
 * has done it: before, playbin's {@code videoconvert} made NV12 of the decoder's I420 (or I420_10LE), and the frame
 * reader copied the NV12 planes into Java ({@link #gstreamerConvertsToNv12} plus {@link #framepipeCopiesNv12});
 * now the frame reader takes the decoder's frame and interleaves (and narrows) it into the same arrays itself
 * ({@link #framepipeReadsTheDecodersFrame}). One thread each, as playbin's {@code videoconvert} (one thread by
 * default).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecoderFormatBenchmark {
    private static final int FORMAT_NV12 = 23;
    private static final int FORMAT_I420 = 2;
    private static final int FORMAT_I420_10LE = 43;

    /** A 1080p frame of noise in the decoder's format and in NV12, as GStreamer's own buffers. */
    @State(Scope.Benchmark)
    public static class Frames {
        /** The decoder's format: I420 (8-bit decoders) or I420_10LE (10-bit software decoders). */
        @Param({"I420", "I420_10LE"})
        public String format;

        Sample decoded;
        Sample nv12;
        long decodedSample;
        long nv12Sample;
        GstVideoConverter videoconvert;
        NativeFrameReader reader;
        byte[] luma;
        byte[] chroma;

        /** Makes both frames with {@code videotestsrc}, GStreamer's converter, and the reader's arrays. */
        @Setup(Level.Trial)
        public void setUp() {
            GStreamerRuntime.ensureInitialized();
            decoded = frame(format);
            nv12 = frame("NV12");
            decodedSample = Pointer.nativeValue(Natives.getRawPointer(decoded));
            nv12Sample = Pointer.nativeValue(Natives.getRawPointer(nv12));
            videoconvert = new GstVideoConverter("I420".equals(format) ? FORMAT_I420 : FORMAT_I420_10LE,
                    FORMAT_NV12, Scenario.parse("1920x1080", "1"), bytes(decoded), "");
            reader = new NativeFrameReader();
            reader.map(nv12Sample);
            VideoLayout layout = reader.layout();
            luma = new byte[(int) layout.planeSpan(0)];
            chroma = new byte[(int) layout.planeSpan(1)];
            reader.unmap();
        }

        /** Releases everything. */
        @TearDown(Level.Trial)
        public void tearDown() {
            reader.close();
            videoconvert.close();
            decoded.dispose();
            nv12.dispose();
        }

        private static Sample frame(String format) {
            Pipeline pipeline = (Pipeline) Gst.parseLaunch("videotestsrc pattern=snow num-buffers=1 "
                    + "! video/x-raw,format=" + format + ",width=1920,height=1080 ! appsink name=out");
            pipeline.play();
            Sample sample = ((AppSink) pipeline.getElementByName("out")).pullSample();
            pipeline.stop();
            pipeline.dispose();
            return sample;
        }

        private static byte[] bytes(Sample sample) {
            Buffer buffer = sample.getBuffer();
            ByteBuffer mapped = buffer.map(false);
            byte[] bytes = new byte[mapped.remaining()];
            mapped.get(bytes);
            buffer.unmap();
            return bytes;
        }
    }

    /**
     * Now: the reader maps the decoder's frame and copies it into NV12 arrays, interleaving the chroma planes.
     *
     * @param frames the frames
     * @return the arrays, so that nothing is optimised away
     */
    @Benchmark
    public byte[] framepipeReadsTheDecodersFrame(Frames frames) {
        return read(frames, frames.decodedSample);
    }

    /**
     * Before, second half: the reader copies an NV12 frame's planes into the arrays.
     *
     * @param frames the frames
     * @return the arrays
     */
    @Benchmark
    public byte[] framepipeCopiesNv12(Frames frames) {
        return read(frames, frames.nv12Sample);
    }

    /** Before, first half: {@code videoconvert}'s converter makes NV12 of the decoder's frame. */
    @Benchmark
    public void gstreamerConvertsToNv12(Frames frames) {
        frames.videoconvert.convert();
    }

    private static byte[] read(Frames frames, long sample) {
        NativeFrameReader reader = frames.reader;
        reader.map(sample);
        try {
            reader.copyPlane(0, frames.luma);
            reader.copyPlane(1, frames.chroma);
        } finally {
            reader.unmap();
        }
        return frames.chroma;
    }
}
