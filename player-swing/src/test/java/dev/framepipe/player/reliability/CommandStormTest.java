package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.JFrame;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * Eight threads issue random commands, valid and invalid, to one player of a 20-second 720p clip shown in a
 * component, for a bounded time: once paced (a few thousand calls a second, like a very busy UI) and once as fast as
 * the threads can call. No call blocks (each returns within {@link #CALL_BOUND_MILLIS} ms: commands are only
 * posted), no exception escapes but the documented {@link IllegalArgumentException} for invalid arguments, every
 * announced status follows the documented state machine, no error is fatal, no thread deadlocks, and the heap does not
 * grow with the number of calls. Then the last commands an application sends decide the final state at once, frames
 * are painted again, and the player disposes within its bound.
 */
@ExtendWith(EdtChecked.class)
class CommandStormTest {
    private static final int THREADS = 8;
    private static final long STORM_MILLIS = Long.getLong("framepipe.storm.millis", 6_000);
    private static final long CALL_BOUND_MILLIS = 2_000;
    /** Generous for a shared 2-core machine; the figure printed is what matters (aim: 100 ms). */
    private static final Duration LAST_COMMAND_BOUND = Duration.ofSeconds(1);
    /** What the storm may leave on the heap: coalesced commands are a few bytes, not one object per call. */
    private static final long HEAP_GROWTH_BOUND = 24L << 20;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration MARK = Duration.ofNanos(1_234_567_000L);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paced", "full speed"})
    void theLastCommandDecidesAfterAStormOfRandomCommands(String pace) throws InterruptedException {
        boolean paced = pace.equals("paced");
        Leaks baseline = Leaks.baseline();
        MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264Hd20s()),
                PlayerOptions.defaults().withAudioEnabled(false));
        EventRecorder events = EventRecorder.attach(player);
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        JFrame frame = Windows.show(video, new Dimension(320, 240));
        events.awaitStatus(Status.READY, WAIT);
        long seed = FuzzSeed.seed("command storm " + pace);
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        AtomicLong calls = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        long heapBefore = usedHeapAfterGc();
        try {
            List<Thread> threads = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STORM_MILLIS);
            for (int i = 0; i < THREADS; i++) {
                Random random = new Random(seed + i);
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            randomCommand(player, random);
                        } catch (IllegalArgumentException e) {
                            refused.incrementAndGet();
                        } catch (RuntimeException | Error e) {
                            unexpected.add(e);
                        }
                        slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                        calls.incrementAndGet();
                        if (paced) {
                            Await.sleep(random.nextInt(3));
                        }
                    }
                }, "test-storm-" + i);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join(STORM_MILLIS + WAIT.toMillis());
                assertThat(thread.isAlive()).as(thread.getName() + " stuck").isFalse();
            }
            long heapGrowth = usedHeapAfterGc() - heapBefore;
            long slowestMillis = TimeUnit.NANOSECONDS.toMillis(slowest.get());
            System.out.println("[reliability] command storm, " + pace + ", " + THREADS + " threads for "
                    + STORM_MILLIS + " ms | " + calls.get() + " calls (" + calls.get() * 1000 / STORM_MILLIS
                    + "/s), " + refused.get() + " refused as documented, slowest call " + slowestMillis
                    + " ms, heap " + (heapGrowth >= 0 ? "+" : "") + (heapGrowth >> 10) + " KB, "
                    + events.statuses().size() + " status changes, " + events.errors().size()
                    + " non-fatal errors");
            assertThat(unexpected).as("undocumented exceptions").isEmpty();
            assertThat(slowestMillis).as("slowest command, ms").isLessThan(CALL_BOUND_MILLIS);
            assertThat(heapGrowth).as("heap growth over the storm, bytes").isLessThan(HEAP_GROWTH_BOUND);
            assertThat(ManagementFactory.getThreadMXBean().findDeadlockedThreads()).as("deadlocked threads").isNull();
            assertThat(events.errors()).allSatisfy(error -> assertThat(error.isFatal()).as(error.getMessage())
                    .isFalse());
            assertThat(StatusRules.firstIllegal(events.statuses())).as("transitions " + events.statuses()).isNull();
            lastCommandsDecide(player, video, events, pace);
        } finally {
            Windows.onEdt(() -> {
                video.dispose();
                frame.dispose();
            });
        }
        long start = System.nanoTime();
        player.dispose();
        Duration disposal = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("[reliability] command storm, " + pace + " | dispose() " + disposal.toMillis() + " ms");
        assertThat(disposal).as("dispose()").isLessThan(Duration.ofSeconds(2));
        assertThat(player.getStatus()).as("status right after dispose()").isEqualTo(Status.DISPOSED);
        events.awaitStatus(Status.DISPOSED, WAIT);
        baseline.awaitBackToBaseline(Duration.ofSeconds(5));
    }

    private static <T> List<T> last(List<T> list, int count) {
        return list.subList(Math.max(0, list.size() - count), list.size());
    }

    /**
     * What an application sends once the storm is over: plain settings, an accurate seek and play. They take effect
     * together, whatever the storm left: the seek lands where asked, the player plays from there, frames are
     * painted.
     */
    private static void lastCommandsDecide(MediaPlayer player, VideoComponent video, EventRecorder events,
                                           String pace) {
        PlaybackControls controls = player.controls();
        int seeksBefore = events.seeksCompleted().size();
        long painted = video.getRenderStatistics().getFramesRendered();
        long sent = System.nanoTime();
        controls.setRate(1.0);
        controls.setStopTime(null);
        controls.setStartTime(Duration.ZERO);
        controls.setLooping(false);
        controls.seek(MARK, SeekMode.ACCURATE);
        controls.play();
        Await.until(WAIT, () -> events.seeksCompleted().size() > seeksBefore
                        && events.seeksCompleted().get(events.seeksCompleted().size() - 1).equals(MARK)
                        && player.getStatus() == Status.PLAYING,
                () -> "status " + player.getStatus() + ", seeks landed " + events.seeksCompleted()
                        + ", last statuses " + last(events.statuses(), 12) + ", position " + player.getCurrentTime()
                        + ", ends of media " + events.endOfMediaCount());
        Duration tookEffect = Duration.ofNanos(System.nanoTime() - sent);
        System.out.println("[reliability] command storm, " + pace + " | afterwards: seek to " + MARK.toMillis()
                + " ms + play took effect (landed, PLAYING) after " + tookEffect.toMillis() + " ms");
        assertThat(tookEffect).as("the last commands took effect after").isLessThan(LAST_COMMAND_BOUND);
        Await.until(WAIT, () -> video.getRenderStatistics().getFramesRendered() > painted + 10,
                () -> "painted " + video.getRenderStatistics().getFramesRendered());
        // Ten frames on from 1.23 s, and far from the end: a snap back to the start would read below it.
        assertThat(player.getCurrentTime()).as("time after the seek and play").isGreaterThan(MARK)
                .isLessThan(Duration.ofSeconds(10));
        assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
    }

    /** One random call of the public API, sometimes with an argument the API documents as refused or clamped. */
    private static void randomCommand(MediaPlayer player, Random random) {
        PlaybackControls controls = player.controls();
        switch (random.nextInt(14)) {
            case 0:
                controls.play();
                break;
            case 1:
                controls.pause();
                break;
            case 2:
                controls.stop();
                break;
            case 3:
                // Negative and past the end of the 20-s clip: clamped.
                controls.seek(Duration.ofMillis(random.nextInt(26_000) - 3_000),
                        random.nextBoolean() ? SeekMode.FAST : SeekMode.ACCURATE);
                break;
            case 4:
                controls.stepForward();
                break;
            case 5:
                controls.stepBackward();
                break;
            case 6:
                controls.setRate(new double[] {-2, -1, -0.5, 0.125, 0.5, 1, 2, 4, 20, 0, Double.NaN,
                        Double.POSITIVE_INFINITY}[random.nextInt(12)]);
                break;
            case 7:
                controls.setCycleCount(random.nextInt(4) - 1);
                break;
            case 8:
                // Sometimes negative, sometimes after the stop time: refused.
                controls.setStartTime(Duration.ofMillis(random.nextInt(12_000) - 500));
                break;
            case 9:
                controls.setStopTime(random.nextBoolean() ? null : Duration.ofMillis(random.nextInt(25_000)));
                break;
            case 10:
                player.audio().setVolume(random.nextDouble() * 1.5 - 0.2);
                break;
            case 11:
                player.audio().setMuted(random.nextBoolean());
                break;
            case 12:
                controls.setLooping(random.nextBoolean());
                break;
            default:
                readEverything(player);
                break;
        }
    }

    private static void readEverything(MediaPlayer player) {
        Status status = player.getStatus();
        Duration time = player.getCurrentTime();
        assertThat(time).isNotNull();
        assertThat(status).isNotNull();
        assertThat(player.getError().map(MediaException::isFatal)).isNotEqualTo(java.util.Optional.of(true));
        player.media().getDuration();
        player.media().getVideoSize();
        player.statistics().getFramesDropped();
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
