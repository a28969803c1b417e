package dev.framepipe.player.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

class ConversionPoolTest {
    @Test
    void severalCallersConvertDifferentFramesAtOnceThroughTheSharedPool() throws Exception {
        int[][] cases = {{640, 480, 640, 480}, {642, 482, 321, 241}, {321, 241, 200, 150}, {963, 723, 321, 241}};
        String[] patterns = {"ball", "smpte", "snow", "gradient"};
        List<Nv12Picture> pictures = new ArrayList<>();
        List<int[]> expected = new ArrayList<>();
        try (ConversionPool alone = ConversionPool.create(1)) {
            for (int i = 0; i < cases.length; i++) {
                Nv12Picture picture = Nv12Picture.readGStreamerFile(GstFrames.testPattern(patterns[i], cases[i][0],
                        cases[i][1], ColourCase.BT601_LIMITED), cases[i][0], cases[i][1],
                        ColourCase.BT601_LIMITED.colorimetry);
                pictures.add(picture);
                expected.add(picture.convert(new Nv12Converter(alone), cases[i][2], cases[i][3]));
            }
        }
        CyclicBarrier start = new CyclicBarrier(cases.length);
        ExecutorService callers = Executors.newFixedThreadPool(cases.length);
        try {
            List<Future<Integer>> mismatches = new ArrayList<>();
            for (int i = 0; i < cases.length; i++) {
                int index = i;
                mismatches.add(callers.submit(() -> {
                    Nv12Converter converter = new Nv12Converter();
                    start.await();
                    int wrong = 0;
                    for (int round = 0; round < 300; round++) {
                        int[] rgb = pictures.get(index).convert(converter, cases[index][2], cases[index][3]);
                        wrong += java.util.Arrays.equals(rgb, expected.get(index)) ? 0 : 1;
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : mismatches) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isZero();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void workersAreDaemonThreadsNamedForTheConverter() throws InterruptedException {
        try (ConversionPool pool = ConversionPool.create(3)) {
            assertThat(pool.parallelism()).isEqualTo(3);
            List<Thread> workers = threads(pool.workerThreadIds());
            assertThat(workers).hasSize(2).allSatisfy(worker -> {
                assertThat(worker.isDaemon()).isTrue();
                assertThat(worker.getName()).matches("framepipe-convert-\\d+");
            });
        }
    }

    @Test
    void parallelismOneMeansTheCallerAlone() {
        try (ConversionPool pool = ConversionPool.create(1)) {
            assertThat(pool.workerThreadIds()).isEmpty();
            assertThat(pool.bandsFor(1080)).isEqualTo(1);
        }
    }

    @Test
    void theSharedPoolIsSizedToTheMachineAndCannotBeClosed() {
        ConversionPool shared = ConversionPool.shared();
        assertThat(shared).isSameAs(ConversionPool.shared());
        assertThat(shared.parallelism()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors()));
        assertThatThrownBy(shared::close).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ConversionPool.create(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingStopsTheWorkersAndConversionStillCompletes() throws InterruptedException {
        Nv12Picture picture = Nv12Picture.readGStreamerFile(GstFrames.testPattern("ball", 320, 240,
                ColourCase.BT709_LIMITED), 320, 240, ColourCase.BT709_LIMITED.colorimetry);
        int[] expected = picture.convert(new Nv12Converter(), 320, 240);
        ConversionPool pool = ConversionPool.create(3);
        List<Thread> workers = threads(pool.workerThreadIds());
        pool.close();
        for (Thread worker : workers) {
            worker.join(10_000);
            assertThat(worker.isAlive()).as(worker.getName()).isFalse();
        }
        assertThat(picture.convert(new Nv12Converter(pool), 320, 240)).isEqualTo(expected);
        pool.close();
    }

    @Test
    void idleWorkersEndAndTheNextFramesBringThemBack() throws InterruptedException {
        try (ConversionPool pool = ConversionPool.create(3, TimeUnit.MILLISECONDS.toNanos(200))) {
            for (Thread worker : threads(pool.workerThreadIds())) {
                worker.join(10_000);
                assertThat(worker.isAlive()).as(worker.getName() + " still alive after idling").isFalse();
            }
            Set<String> runners = ConcurrentHashMap.newKeySet();
            BandedJob slowBands = new BandedJob() {
                @Override
                void runBand(int band, int bands, RowScratch scratch) {
                    runners.add(Thread.currentThread().getName());
                    LockSupport.parkNanos(2_000_000);
                }
            };
            for (int frame = 0; frame < 20; frame++) {
                pool.execute(slowBands, 12, new RowScratch());
            }
            assertThat(runners).filteredOn(name -> name.startsWith("framepipe-convert-")).hasSize(2);
        }
    }

    @Test
    void aFailedBandReachesTheCallerAndThePoolGoesOn() {
        AtomicInteger bandsRun = new AtomicInteger();
        BandedJob failing = new BandedJob() {
            @Override
            void runBand(int band, int bands, RowScratch scratch) {
                bandsRun.incrementAndGet();
                if (band == 5) {
                    throw new ArrayIndexOutOfBoundsException("band 5");
                }
            }
        };
        try (ConversionPool pool = ConversionPool.create(3)) {
            for (int round = 0; round < 20; round++) {
                assertThatThrownBy(() -> pool.execute(failing, 12, new RowScratch()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasCauseInstanceOf(ArrayIndexOutOfBoundsException.class);
            }
            assertThat(bandsRun).hasValue(20 * 12);
        }
    }

    private static List<Thread> threads(long[] ids) {
        List<Thread> found = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            for (long id : ids) {
                if (thread.getId() == id) {
                    found.add(thread);
                }
            }
        }
        return found;
    }
}
