package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.DisplayState;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * {@code dispose()} at awkward moments: while the media opens, right after a seek, from inside listener callbacks on
 * the EDT, from several threads at once. Every call returns within {@link #DISPOSE_BOUND}, the player ends DISPOSED,
 * and its threads and native resources are released.
 */
@ExtendWith(EdtChecked.class)
class DisposeTest {
    /** Far above the tens of milliseconds dispose takes, far below the 5 s after which it abandons a pipeline. */
    private static final Duration DISPOSE_BOUND = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final PlayerOptions OPTIONS = PlayerOptions.defaults().withAudioEnabled(false);
    private Leaks baseline;

    @BeforeEach
    void takeBaseline() {
        TestClips.h264FullHd();
        baseline = Leaks.baseline();
    }

    @AfterEach
    void everythingIsReleased() {
        baseline.awaitBackToBaseline(DISPOSE_BOUND);
    }

    private static long timedDispose(MediaPlayer player) {
        long start = System.nanoTime();
        player.dispose();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(millis).as("dispose() took").isLessThan(DISPOSE_BOUND.toMillis());
        return millis;
    }

    @ParameterizedTest(name = "after {0} ms")
    @ValueSource(ints = {0, 1, 5, 20, 50})
    void disposeWhileTheMediaOpens(int delayMillis) {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264FullHd()), OPTIONS);
        EventRecorder events = EventRecorder.attach(player);
        Await.sleep(delayMillis);
        long millis = timedDispose(player);
        events.awaitStatus(Status.DISPOSED, WAIT);
        System.out.println("[reliability] dispose " + delayMillis + " ms into preroll | " + millis + " ms, statuses "
                + events.statuses());
        assertThat(StatusRules.firstIllegal(events.statuses())).isNull();
    }

    @Test
    void disposeRightAfterSeeks() {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264FullHd()), OPTIONS);
        EventRecorder events = EventRecorder.attach(player);
        events.awaitStatus(Status.READY, WAIT);
        player.controls().play();
        for (int i = 0; i < 10; i++) {
            player.controls().seek(Duration.ofMillis(150L * i));
        }
        long millis = timedDispose(player);
        events.awaitStatus(Status.DISPOSED, WAIT);
        System.out.println("[reliability] dispose right after 10 seeks | " + millis + " ms");
    }

    @Test
    void disposeFromAStatusListenerOnTheEdt() {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()), OPTIONS);
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        javax.swing.JFrame frame = Windows.show(video, new java.awt.Dimension(320, 240));
        List<Long> millis = new ArrayList<>();
        player.events().addPropertyChangeListener(PlayerProperties.STATUS, event -> {
            if (event.getNewValue() == Status.PLAYING) {
                millis.add(timedDispose(player));
            }
        });
        EventRecorder events = EventRecorder.attach(player);
        player.controls().play();
        events.awaitStatus(Status.DISPOSED, WAIT);
        assertThat(Windows.onEdt(video::getDisplayState)).isEqualTo(DisplayState.NO_MEDIA);
        Windows.onEdt(() -> {
            video.dispose();
            frame.dispose();
        });
        System.out.println("[reliability] dispose from a status listener on the EDT | " + millis.get(0) + " ms");
    }

    @Test
    void disposeFromAnErrorListenerOnTheEdt() {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.textNamedMp4()), OPTIONS);
        CountDownLatch disposed = new CountDownLatch(1);
        player.events().addListener(new MediaPlayerListener() {
            @Override
            public void error(MediaPlayer source, MediaException error) {
                timedDispose(source);
                disposed.countDown();
            }
        });
        Await.until(WAIT, () -> disposed.getCount() == 0, () -> "no error reported");
        Await.until(WAIT, () -> player.getStatus() == Status.DISPOSED, () -> "status " + player.getStatus());
    }

    @Test
    void disposeFromFourThreadsAtOnceWhilePlaying() throws InterruptedException {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.h264FullHd()), OPTIONS);
        EventRecorder events = EventRecorder.attach(player);
        player.controls().play();
        events.awaitStatus(Status.PLAYING, WAIT);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                timedDispose(player);
            }, "test-disposer-" + i);
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(DISPOSE_BOUND.toMillis() * 2);
            assertThat(thread.isAlive()).as(thread.getName() + " still in dispose()").isFalse();
        }
        events.awaitStatus(Status.DISPOSED, WAIT);
        assertThat(events.statuses()).endsWith(Status.DISPOSED).containsOnlyOnce(Status.DISPOSED);
    }
}
