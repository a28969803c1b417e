package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.JFrame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
 * Eight threads issue random commands, valid and invalid, to one player shown in a component, for a bounded time.
 * No call blocks (each returns within {@link #CALL_BOUND_MILLIS} ms, a bound for a loaded machine: commands are
 * only queued), no exception escapes but the documented {@link IllegalArgumentException} for invalid arguments,
 * every announced status follows the documented state machine, no error is fatal, no thread deadlocks; afterwards
 * the player still obeys, and disposes cleanly.
 */
@ExtendWith(EdtChecked.class)
class CommandStormTest {
    private static final int THREADS = 8;
    private static final long STORM_MILLIS = Long.getLong("framepipe.storm.millis", 8_000);
    private static final long CALL_BOUND_MILLIS = 2_000;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration BACKLOG_WAIT = Duration.ofSeconds(60);

    @Test
    void eightThreadsOfRandomCommandsLeaveAConsistentPlayer() throws InterruptedException {
        Leaks baseline = Leaks.baseline();
        MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults().withAudioEnabled(false));
        EventRecorder events = EventRecorder.attach(player);
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        JFrame frame = Windows.show(video, new Dimension(320, 240));
        long seed = FuzzSeed.seed("command storm");
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        AtomicLong calls = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
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
                        Await.sleep(random.nextInt(3));
                    }
                }, "test-storm-" + i);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join(STORM_MILLIS + WAIT.toMillis());
                assertThat(thread.isAlive()).as(thread.getName() + " stuck").isFalse();
            }
            long slowestMillis = TimeUnit.NANOSECONDS.toMillis(slowest.get());
            System.out.println("[reliability] command storm, " + THREADS + " threads for " + STORM_MILLIS + " ms | "
                    + calls.get() + " calls, " + refused.get() + " refused as documented, slowest call "
                    + slowestMillis + " ms, " + events.statuses().size() + " status changes, "
                    + events.errors().size() + " non-fatal errors");
            assertThat(unexpected).as("undocumented exceptions").isEmpty();
            assertThat(slowestMillis).as("slowest command, ms").isLessThan(CALL_BOUND_MILLIS);
            assertThat(ManagementFactory.getThreadMXBean().findDeadlockedThreads()).as("deadlocked threads").isNull();
            assertThat(events.errors()).allSatisfy(error -> assertThat(error.isFatal()).as(error.getMessage())
                    .isFalse());
            assertThat(StatusRules.firstIllegal(events.statuses())).as("transitions " + events.statuses()).isNull();
            stillObeys(player, video);
        } finally {
            Windows.onEdt(() -> {
                video.dispose();
                frame.dispose();
            });
        }
        long start = System.nanoTime();
        player.dispose();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("dispose()").isLessThan(Duration.ofSeconds(2));
        events.awaitStatus(Status.DISPOSED, WAIT);
        baseline.awaitBackToBaseline(Duration.ofSeconds(5));
    }

    /**
     * After the storm: pause, seek and play are carried out as usual and frames are painted again. Commands are
     * queued, and the storm leaves thousands for the control thread, so the check first waits for its own seek: its
     * target has a fraction of a millisecond, which no storm seek has.
     */
    private static void stillObeys(MediaPlayer player, VideoComponent video) {
        PlaybackControls controls = player.controls();
        controls.setRate(1.0);
        controls.setStartTime(Duration.ZERO);
        controls.setStopTime(null);
        controls.setCycleCount(PlaybackControls.INDEFINITE);
        controls.pause();
        Duration mark = Duration.ofNanos(1_234_567_000L);
        controls.seek(mark);
        long queued = System.nanoTime();
        Await.until(BACKLOG_WAIT, () -> player.getCurrentTime().equals(mark) && player.getStatus() == Status.PAUSED,
                () -> "time " + player.getCurrentTime() + ", status " + player.getStatus());
        System.out.println("[reliability] command storm | afterwards: the seek queued behind the storm's commands was "
                + "carried out after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - queued) + " ms");
        long painted = video.getRenderStatistics().getFramesRendered();
        controls.play();
        Await.until(WAIT, () -> player.getStatus() == Status.PLAYING, () -> "status " + player.getStatus());
        Await.until(WAIT, () -> video.getRenderStatistics().getFramesRendered() > painted + 10,
                () -> "painted " + video.getRenderStatistics().getFramesRendered());
        // Ten frames on from 1.23 s, and far from the end: a snap back to the start would read below it.
        assertThat(player.getCurrentTime()).as("time after the seek and play").isGreaterThan(mark)
                .isLessThan(Duration.ofMillis(2_900));
    }

    /** One random call of the public API, sometimes with an argument the API documents as refused. */
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
                controls.seek(Duration.ofMillis(random.nextInt(3500)),
                        random.nextBoolean() ? SeekMode.FAST : SeekMode.ACCURATE);
                break;
            case 4:
                controls.stepForward();
                break;
            case 5:
                controls.stepBackward();
                break;
            case 6:
                controls.setRate(new double[] {-2, -1, 0.125, 0.5, 1, 2, 8, 20, 0, Double.NaN}[random.nextInt(10)]);
                break;
            case 7:
                controls.setCycleCount(random.nextInt(4) - 1);
                break;
            case 8:
                controls.setStartTime(Duration.ofMillis(random.nextInt(1500) - 100));
                break;
            case 9:
                controls.setStopTime(random.nextBoolean() ? null : Duration.ofMillis(1500 + random.nextInt(2000)));
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
}
