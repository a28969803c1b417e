package dev.framepipe.player.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.sun.management.ThreadMXBean;

/**
 * Steady-state conversion allocates nothing: not on the calling thread (a player's frame thread) and not on the
 * pool's workers. Measured per thread with {@link ThreadMXBean#getThreadAllocatedBytes(long)}.
 *
 * <p>The warm-up first converts a tiny frame often enough for C2 to compile every method that runs once per frame
 * (HotSpot compiles at about 5000 calls; until then an interpreted or C1 frame may allocate what C2 later
 * removes, and the switch itself was measured to cost a few hundred bytes once), then converts the measured size
 * so that the working rows grow to it.
 */
class Nv12ConverterAllocationTest {
    private static final int PER_FRAME_WARM_UP = 12_000;
    private static final int SIZE_WARM_UP = 1000;
    private static final int MEASURED = 1000;

    @ParameterizedTest(name = "1280x720 to {0}x{1}")
    @CsvSource({"1280, 720", "640, 360", "960, 540", "427, 240"})
    void convertingAllocatesNothingOnTheCallerOrTheWorkers(int width, int height) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        Nv12Picture tiny = picture("ball", 32, 18);
        Nv12Picture picture = picture("ball", 1280, 720);
        int[] rgb = new int[width * height];
        try (ConversionPool pool = ConversionPool.create(3)) {
            Nv12Converter converter = new Nv12Converter(pool);
            convert(converter, tiny, rgb, 32, 18, PER_FRAME_WARM_UP);
            convert(converter, picture, rgb, width, height, SIZE_WARM_UP);
            long caller = Thread.currentThread().getId();
            long[] workers = pool.workerThreadIds();
            long[] workersBefore = threads.getThreadAllocatedBytes(workers);
            long[] workerCpuBefore = threads.getThreadCpuTime(workers);
            threads.getThreadAllocatedBytes(caller);
            long callerBefore = threads.getThreadAllocatedBytes(caller);

            convert(converter, picture, rgb, width, height, MEASURED);

            long callerAllocated = threads.getThreadAllocatedBytes(caller) - callerBefore;
            long[] workersAfter = threads.getThreadAllocatedBytes(workers);
            long[] workerCpuAfter = threads.getThreadCpuTime(workers);
            assertThat(callerAllocated).as("bytes allocated by the calling thread").isZero();
            for (int i = 0; i < workers.length; i++) {
                assertThat(workersAfter[i] - workersBefore[i]).as("bytes allocated by worker %d", i).isZero();
                // The workers took part: each spent CPU time on bands (well over a millisecond in 1000 frames).
                assertThat(workerCpuAfter[i] - workerCpuBefore[i]).as("CPU time of worker %d", i)
                        .isGreaterThan(1_000_000L);
            }
        }
    }

    private static Nv12Picture picture(String pattern, int width, int height) {
        return Nv12Picture.readGStreamerFile(GstFrames.testPattern(pattern, width, height, ColourCase.BT709_LIMITED),
                width, height, ColourCase.BT709_LIMITED.colorimetry);
    }

    private static void convert(Nv12Converter converter, Nv12Picture picture, int[] rgb, int width, int height,
                                int times) {
        for (int i = 0; i < times; i++) {
            converter.convert(picture.y, picture.uv, picture.layout, rgb, width, height, width);
        }
    }
}
