package dev.framepipe.bench;

import java.util.concurrent.TimeUnit;

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

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.render.ConversionPool;
import dev.framepipe.player.render.Nv12Converter;

/**
 * Time to convert one NV12 frame to 32-bit RGB: Framepipe's {@link Nv12Converter} against GStreamer's
 * {@code videoconvert} ({@link GstVideoConverter}), same frame, same destination size, same number of threads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConversionBenchmark {
    /** The case both converters run: frame size, size shown, threads, and the frame itself. */
    @State(Scope.Benchmark)
    public static class Case {
        /** The frame size, and after {@code >} the size shown when the converter scales down. */
        @Param({"640x360", "1280x720", "1920x1080", "3840x2160", "1920x1080>960x540"})
        public String size;
        /** Threads converting one frame: 1, or all available processors. */
        @Param({"1", "all"})
        public String threads;

        Scenario scenario;
        BenchFrame frame;

        /** Reads the parameters and loads the frame. */
        @Setup(Level.Trial)
        public void setUp() {
            scenario = Scenario.parse(size, threads);
            frame = BenchFrame.load(scenario.width, scenario.height);
        }
    }

    /** Framepipe's converter on a pool of the case's parallelism. */
    @State(Scope.Benchmark)
    public static class Framepipe {
        private ConversionPool pool;
        private Nv12Converter converter;
        private VideoLayout layout;
        private int[] rgb;

        /**
         * Makes the pool and the destination.
         *
         * @param test the case
         */
        @Setup(Level.Trial)
        public void setUp(Case test) {
            Scenario scenario = test.scenario;
            VideoFormat format = new VideoFormat(scenario.width, scenario.height,
                    Colorimetry.of(Colorimetry.Matrix.BT709, Colorimetry.Range.LIMITED), 1, 1, 30, 1);
            layout = VideoLayout.nv12(format, 0, scenario.width, (long) scenario.width * scenario.height,
                    scenario.width);
            rgb = new int[scenario.outWidth * scenario.outHeight];
            pool = ConversionPool.create(scenario.threads);
            converter = new Nv12Converter(pool);
        }

        /** Stops the pool's workers. */
        @TearDown(Level.Trial)
        public void tearDown() {
            pool.close();
        }
    }

    /** GStreamer's converter with {@code threads} set to the case's parallelism. */
    @State(Scope.Benchmark)
    public static class GStreamer {
        private GstVideoConverter converter;

        /**
         * Sets up the converter.
         *
         * @param test the case
         */
        @Setup(Level.Trial)
        public void setUp(Case test) {
            converter = new GstVideoConverter(test.scenario, test.frame.nv12);
        }

        /** Frees the converter and its frames. */
        @TearDown(Level.Trial)
        public void tearDown() {
            converter.close();
        }
    }

    /**
     * Converts the frame with Framepipe.
     *
     * @param test  the case
     * @param state the converter
     * @return the destination, so that the work cannot be eliminated
     */
    @Benchmark
    public int[] framepipe(Case test, Framepipe state) {
        Scenario scenario = test.scenario;
        state.converter.convert(test.frame.y, test.frame.uv, state.layout, state.rgb, scenario.outWidth,
                scenario.outHeight, scenario.outWidth);
        return state.rgb;
    }

    /**
     * Converts the frame with GStreamer.
     *
     * @param test  the case (its parameters select the converter)
     * @param state the converter and mapped frames
     */
    @Benchmark
    public void videoconvert(Case test, GStreamer state) {
        state.converter.convert();
    }
}
