package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.pipeline.PlaybackPipeline;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.FrameRecorder;
import dev.framepipe.player.testing.PlayerThreads;
import dev.framepipe.player.testing.ProcessStatus;
import dev.framepipe.player.testing.TestClips;

/** Real playback of generated clips: frames, status, media facts, timing, disposal. */
class PlaybackTest {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final long FRAME_NANOS = TimeUnit.SECONDS.toNanos(1) / 30;

    private MediaPlayer player;
    private EventRecorder events;
    private FrameRecorder frames;

    @AfterEach
    void dispose() {
        if (player != null) {
            player.dispose();
        }
    }

    private MediaPlayer open(Path clip, PlayerOptions options) {
        player = MediaPlayer.create(MediaSource.of(clip), options);
        return player;
    }

    /** Opens a clip with {@link #events} and {@link #frames} attached, events first. */
    private void openRecording(Path clip, PlayerOptions options) {
        open(clip, options);
        attachRecorders();
    }

    /** Attaches {@link #events} and {@link #frames} to the open player, events first. */
    private void attachRecorders() {
        events = EventRecorder.attach(player);
        frames = new FrameRecorder();
        FrameSource.of(player).orElseThrow().attach(frames);
    }

    @Test
    void everyFrameArrivesInOrderWhenTheConsumerKeepsUp() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().play();

        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events + ", " + frames.count() + " frames");
        assertThat(frames.count()).isEqualTo(90);
        assertThat(frames.timestamps()).isSorted().doesNotHaveDuplicates();
        assertThat(player.statistics().getFramesDelivered()).isEqualTo(90);
        assertThat(player.statistics().getFramesDropped()).isZero();
        events.awaitStatus(Status.PAUSED, TIMEOUT);
        assertThat(events.statuses()).containsExactly(Status.READY, Status.PLAYING, Status.PAUSED);
        assertThat(events.offEdt()).as("events delivered off the EDT").isEmpty();
    }

    @Test
    void reportsWhatTheMediaIsOnceReady() {
        open(TestClips.h264Small(), PlayerOptions.defaults());
        events = EventRecorder.attach(player);
        events.awaitStatus(Status.READY, TIMEOUT);

        assertThat(player.media().getVideoSize()).contains(new VideoSize(320, 240));
        assertThat(player.media().getFrameRate()).isEqualTo(30.0);
        assertThat(player.media().getPixelAspectRatio()).isEqualTo(1.0);
        assertThat(player.media().getDuration().orElseThrow().toMillis()).isBetween(2990L, 3100L);
        assertThat(player.media().getColorimetry()).contains("BT.601, limited range");
        assertThat(player.media().hasVideo()).isTrue();
        assertThat(player.media().hasAudio()).isTrue();
        assertThat(player.media().isSeekable()).isTrue();
        assertThat(player.media().getAudioFormat()).contains("44100 Hz, stereo");
        // Each comes with its own TAG message, so wait for all three rather than read two after waiting for one.
        Await.until(TIMEOUT, () -> player.media().getVideoCodec().isPresent()
                && player.media().getAudioCodec().isPresent() && player.media().getContainerFormat().isPresent(),
                () -> "codec and container tags: " + player.media().getVideoCodec() + ", "
                        + player.media().getAudioCodec() + ", " + player.media().getContainerFormat());
        assertThat(player.media().getVideoCodec().orElseThrow()).startsWith("H.264");
        assertThat(player.media().getAudioCodec().orElseThrow()).contains("AAC");
        assertThat(player.media().getContainerFormat().orElseThrow()).contains("MP4");
    }

    @Test
    void fullHdStreamsAreBt709() {
        open(TestClips.h264FullHd(), PlayerOptions.defaults().withAudioEnabled(false));
        EventRecorder.attach(player).awaitStatus(Status.READY, TIMEOUT);
        assertThat(player.media().getVideoSize()).contains(new VideoSize(1920, 1080));
        assertThat(player.media().getColorimetry()).contains("BT.709, limited range");
    }

    @Test
    void rowsPaddedBeyondTheWidthAreDescribedByTheirStride() {
        open(TestClips.h264PaddedStride(), PlayerOptions.defaults().withAudioEnabled(false));
        frames = new FrameRecorder();
        FrameSource.of(player).orElseThrow().attach(frames);
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.count() >= 5, () -> frames.count() + " frames");

        assertThat(frames.layout().width()).isEqualTo(318);
        assertThat(frames.layout().stride(0)).isEqualTo(320);
        // The decoder's I420 arrives as is; its Cb and Cr planes are interleaved into a tight CbCr copy.
        assertThat(frames.layout().stride(1)).isEqualTo(318);
        // The copied luma plane holds 240 rows of 320 bytes except the last row, which ends at the picture.
        assertThat(frames.luma()).hasSize(320 * 239 + 318);
    }

    @Test
    void aSlowConsumerMakesTheSinkDropFramesInsteadOfQueueing() {
        open(TestClips.h264FullHd(), PlayerOptions.defaults().withAudioEnabled(false));
        events = EventRecorder.attach(player);
        FrameRecorder slow = new FrameRecorder(200);
        FrameSource.of(player).orElseThrow().attach(slow);
        events.awaitStatus(Status.READY, TIMEOUT);
        long rssBefore = ProcessStatus.residentKilobytes();
        long start = System.nanoTime();
        player.controls().play();
        long peakRss = rssBefore;
        while (events.endOfMediaCount() == 0 && System.nanoTime() - start < TIMEOUT.toNanos()) {
            peakRss = Math.max(peakRss, ProcessStatus.residentKilobytes());
            Await.sleep(20);
        }
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(events.endOfMediaCount()).isEqualTo(1);
        // The 2 s clip still plays in about 2 s: the sink drops rather than waiting for the consumer.
        assertThat(wallMillis).isLessThan(3500);
        assertThat(slow.count()).isBetween(8, 20);
        assertThat(player.statistics().getFramesDropped()).isGreaterThanOrEqualTo(60 - slow.count() - 4);
        // 50 queued 1080p NV12 frames would be 150 MB; the three the sink may hold are 9 MB.
        assertThat(peakRss - rssBefore).as("RSS growth in kB").isLessThan(60_000);
    }

    @Test
    void accurateSeekShowsTheFrameAtTheTarget() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        events.awaitStatus(Status.READY, TIMEOUT);

        for (long targetMillis : new long[] {1500, 700, 2450}) {
            long target = TimeUnit.MILLISECONDS.toNanos(targetMillis);
            player.controls().seek(Duration.ofMillis(targetMillis));
            Await.until(TIMEOUT, () -> containsFrameAt(frames, target), () -> "frames " + frames.timestamps());
            Await.until(TIMEOUT, () -> player.getCurrentTime().toMillis() == targetMillis,
                    () -> "time " + player.getCurrentTime());
        }
        assertThat(events.statuses()).containsExactly(Status.READY, Status.PAUSED);
    }

    private static boolean containsFrameAt(FrameRecorder frames, long target) {
        long pts = frames.lastTimestamp();
        return pts <= target && target < pts + FRAME_NANOS;
    }

    @Test
    void fastSeekLandsOnTheNearestKeyFrame() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        events.awaitStatus(Status.READY, TIMEOUT);

        player.controls().seek(Duration.ofMillis(1200), dev.framepipe.player.SeekMode.FAST);
        // Key frames are one second apart (key-int-max=30 at 30 fps).
        Await.until(TIMEOUT, () -> Math.abs(frames.lastTimestamp() - TimeUnit.SECONDS.toNanos(1)) <= 1,
                () -> "frames " + frames.timestamps());
    }

    @Test
    void framesStepExactlyOneFrameForwardAndBack() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        events.awaitStatus(Status.READY, TIMEOUT);
        player.controls().seek(Duration.ofSeconds(1));
        awaitFrame(frames, 30);

        player.controls().stepForward();
        awaitFrame(frames, 31);
        player.controls().stepForward();
        awaitFrame(frames, 32);
        player.controls().stepBackward();
        awaitFrame(frames, 31);
        player.controls().stepBackward();
        awaitFrame(frames, 30);
        // Backwards across a key frame: frame 29 belongs to the previous group of pictures.
        player.controls().stepBackward();
        awaitFrame(frames, 29);
        assertThat(player.getStatus()).isEqualTo(Status.PAUSED);
    }

    @Test
    void aStepRightAfterASeekIsNotLost() {
        openRecording(TestClips.h264Long(), PlayerOptions.defaults().withAudioEnabled(false));
        events.awaitStatus(Status.READY, TIMEOUT);
        for (int second = 1; second <= 4; second++) {
            // The step is asked for while the seek still flushes the pipeline: it must wait for the seek, not vanish.
            player.controls().seek(Duration.ofSeconds(second));
            player.controls().stepForward();
            awaitFrame(frames, second * 30 + 1);
        }
    }

    @Test
    void aSeekReplacesStepsStillWaitingToRun() {
        openRecording(TestClips.h264Long(), PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.count() >= 10, () -> frames.count() + " frames");

        // Steps asked for while playing wait until the pipeline has paused; the seek that follows is what the user
        // wants now, so those steps must not move the picture away from it afterwards.
        for (int i = 0; i < 20; i++) {
            player.controls().stepBackward();
        }
        player.controls().seek(Duration.ofSeconds(4));
        awaitFrame(frames, 120);
        Await.sleep(500);
        assertThat(frameIndex(frames.lastTimestamp())).as("frame on screen").isEqualTo(120);
        assertThat(player.getCurrentTime().toMillis()).as("time, ms").isBetween(3990L, 4040L);
        assertThat(player.getStatus()).isEqualTo(Status.PAUSED);
    }

    @Test
    void aLoopingPlayerPausedAndSeekedStaysThereAndPlaysOnFromThere() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().setLooping(true);
        events.awaitStatus(Status.READY, TIMEOUT);

        // The small clip fits in the demuxer's queues: it has pushed the rest of the loop's segment, and said so,
        // long before the paused pipeline shows it. That is no reason to start the next cycle yet.
        player.controls().seek(Duration.ofSeconds(2));
        awaitFrame(frames, 60);
        Await.sleep(500);
        assertThat(frameIndex(frames.lastTimestamp())).as("frame on screen while paused").isEqualTo(60);
        assertThat(player.getCurrentTime().toMillis()).as("time while paused, ms").isBetween(1990L, 2040L);

        frames.clear();
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.count() >= 10, () -> frames.count() + " frames");
        assertThat(frameIndex(frames.timestamps().get(0))).as("first frame played").isBetween(60L, 61L);
        // On to the end and round again: the loop still goes on.
        Await.until(TIMEOUT, () -> frames.timestamps().stream().anyMatch(pts -> frameIndex(pts) < 30),
                () -> "frames " + tail(frames.timestamps()));
        assertThat(events.errors()).isEmpty();
    }

    @Test
    void aBurstOfSeeksEndsAtTheLastWithoutCarryingOutEachOne() {
        openRecording(TestClips.h264Long(), PlayerOptions.defaults().withAudioEnabled(false));
        events.awaitStatus(Status.READY, TIMEOUT);
        List<Duration> targets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // A fraction of a millisecond no other position has: each published time tells which seek ran.
            targets.add(Duration.ofNanos(TimeUnit.MILLISECONDS.toNanos(1000 + 20 * i) + 123_000));
        }
        List<Object> published = new CopyOnWriteArrayList<>();
        player.events().addPropertyChangeListener(event -> {
            if (PlayerProperties.CURRENT_TIME.equals(event.getPropertyName())) {
                published.add(event.getNewValue());
            }
        });

        // Like a slider dragged across the clip: one seek per mouse event, faster than seeks are carried out.
        targets.forEach(target -> player.controls().seek(target));
        Duration last = targets.get(targets.size() - 1);
        Await.until(TIMEOUT, () -> published.contains(last), () -> published.size() + " times published");
        awaitFrame(frames, (int) (last.toNanos() / FRAME_NANOS));
        long carriedOut = targets.stream().filter(published::contains).count();
        assertThat(carriedOut).as("seeks carried out of " + targets.size()).isBetween(1L, 30L);
        assertThat(player.getStatus()).isEqualTo(Status.PAUSED);
    }

    @Test
    void steppingWhilePlayingPausesOnTheNextFrame() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.count() >= 10, () -> frames.count() + " frames");
        player.controls().stepForward();
        events.awaitStatus(Status.PAUSED, TIMEOUT);
        Await.sleep(300);
        long paused = frames.lastTimestamp();
        player.controls().stepForward();
        Await.until(TIMEOUT, () -> frameIndex(frames.lastTimestamp()) == frameIndex(paused) + 1,
                () -> "frames after " + paused + ": " + frames.timestamps());
    }

    /** Waits until the frame on screen is frame {@code index} of the 30 fps clip. */
    private static void awaitFrame(FrameRecorder frames, int index) {
        Await.until(TIMEOUT, () -> frameIndex(frames.lastTimestamp()) == index,
                () -> "waiting for frame " + index + "; last frames " + tail(frames.timestamps()));
    }

    private static long frameIndex(long streamTime) {
        return Math.round(streamTime * 30.0 / TimeUnit.SECONDS.toNanos(1));
    }

    private static List<Long> tail(List<Long> list) {
        return list.subList(Math.max(0, list.size() - 5), list.size());
    }

    @Test
    void commandsIssuedBeforeReadyTakeEffectAtReady() {
        open(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        frames = new FrameRecorder();
        FrameSource.of(player).orElseThrow().attach(frames);
        player.controls().seek(Duration.ofSeconds(2));
        player.controls().play();
        events = EventRecorder.attach(player);

        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events.toString());
        assertThat(frames.timestamps().get(0)).isCloseTo(2 * TimeUnit.SECONDS.toNanos(1), within(1L));
        assertThat(frames.count()).isBetween(29, 31);
    }

    @Test
    void playsAtTheRequestedRate() {
        open(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        events = EventRecorder.attach(player);
        assertThat(player.controls().setRate(2.0)).isEqualTo(2.0);
        events.awaitStatus(Status.READY, TIMEOUT);
        long start = System.nanoTime();
        player.controls().play();
        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events.toString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(millis).isBetween(1200L, 2300L);
        assertThat(player.controls().getRate()).isEqualTo(2.0);
    }

    @Test
    void playsBackwardsWhereTheMediaAllows() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().seek(Duration.ofSeconds(2));
        player.controls().play();
        events.awaitStatus(Status.PLAYING, TIMEOUT);
        player.controls().setRate(-1.0);
        Await.until(TIMEOUT, () -> frames.lastTimestamp() >= 0 && frames.lastTimestamp() < 1_000_000_000L,
                () -> "frames " + tail(frames.timestamps()) + " events " + events);
        List<Long> times = frames.timestamps();
        List<Long> reversed = times.subList(times.indexOf(frames.lastTimestamp()) - 5, times.size());
        assertThat(reversed).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(events.errors()).isEmpty();
    }

    @Test
    void ratesAreClampedAndZeroIsRefused() {
        open(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        assertThat(player.controls().setRate(100)).isEqualTo(8.0);
        assertThat(player.controls().setRate(-0.01)).isEqualTo(-0.125);
        assertThat(player.controls().setRate(1.5)).isEqualTo(1.5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> player.controls().setRate(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pause()");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> player.controls().setRate(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loopsTheRequestedNumberOfCyclesWithoutAGap() {
        open(TestClips.h264PaddedStride(), PlayerOptions.defaults().withAudioEnabled(false));
        events = EventRecorder.attach(player);
        ArrivalRecorder frames = new ArrivalRecorder();
        FrameSource.of(player).orElseThrow().attach(frames);
        player.controls().setCycleCount(3);
        player.controls().play();

        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events.toString());
        assertThat(events.completedCycles()).isEqualTo(2);
        assertThat(frames.count()).isBetween(88, 91);
        // Each frame arrives about one frame interval after the previous, across the loop boundaries too.
        assertThat(frames.longestGapMillis()).isLessThan(100);
    }

    @Test
    void playsBetweenStartAndStopTime() {
        // Set before the recorders attach, so that the settings are known before the media can be ready: else its
        // first frame, at 0 s, is rightly shown at READY.
        open(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().setStartTime(Duration.ofSeconds(1));
        player.controls().setStopTime(Duration.ofSeconds(2));
        attachRecorders();
        player.controls().play();

        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events.toString());
        assertThat(frames.timestamps()).allSatisfy(pts -> assertThat(pts)
                .isBetween(TimeUnit.SECONDS.toNanos(1), TimeUnit.SECONDS.toNanos(2)));
        assertThat(frames.count()).isBetween(29, 31);
    }

    @Test
    void aClearedStopTimeNoLongerEndsPlayback() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().setStopTime(Duration.ofSeconds(1));
        player.controls().play();
        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events.toString());

        player.controls().setStopTime(null);
        player.controls().seek(Duration.ofMillis(1500));
        player.controls().play();
        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 2, () -> events.toString());
        assertThat(frames.lastTimestamp()).as("last frame, ns").isGreaterThan(TimeUnit.MILLISECONDS.toNanos(2900));
        assertThat(events.errors()).isEmpty();
    }

    @Test
    void playAfterTheEndPlaysTheMediaAgainFromTheStart() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults());
        player.controls().play();
        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events.toString());
        int firstRun = frames.count();

        frames.clear();
        player.controls().play();
        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 2, () -> events + ", " + frames.count() + " frames");
        assertThat(frames.count()).as("frames of the second play-through").isBetween(firstRun - 1, firstRun);
        assertThat(frames.timestamps().get(0)).as("first frame, ns").isLessThan(FRAME_NANOS);
        assertThat(events.errors()).isEmpty();
    }

    @Test
    void stopReturnsToTheStartTime() {
        openRecording(TestClips.h264Small(), PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.count() > 20, () -> frames.count() + " frames");
        player.controls().stop();

        events.awaitStatus(Status.STOPPED, TIMEOUT);
        Await.until(TIMEOUT, () -> frames.lastTimestamp() == 0, () -> "frames " + tail(frames.timestamps()));
        assertThat(player.getCurrentTime()).isEqualTo(Duration.ZERO);
        player.controls().play();
        events.awaitStatus(Status.PLAYING, TIMEOUT);
    }

    @Test
    void volumeAndMuteReachThePipeline() {
        open(TestClips.h264Small(), PlayerOptions.defaults());
        events = EventRecorder.attach(player);
        assertThat(player.audio().setVolume(0.25)).isEqualTo(0.25);
        player.audio().setMuted(true);
        events.awaitStatus(Status.READY, TIMEOUT);
        PlaybackPipeline pipeline = ((GstMediaPlayer) player).pipeline();
        Await.until(TIMEOUT, () -> Boolean.TRUE.equals(pipeline.pipeline().get("mute")), () -> "mute not set");
        assertThat((Double) pipeline.pipeline().get("volume")).as("gain: the cube of the perceptual volume")
                .isCloseTo(0.25 * 0.25 * 0.25, within(1e-6));

        assertThat(player.audio().setVolume(7)).isEqualTo(1.0);
        player.audio().setMuted(false);
        Await.until(TIMEOUT, () -> Boolean.FALSE.equals(pipeline.pipeline().get("mute")), () -> "mute not cleared");
        assertThat((Double) pipeline.pipeline().get("volume")).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void audioOnlyMediaPlaysAndReportsNoVideo() {
        open(TestClips.audioOnly(), PlayerOptions.defaults());
        events = EventRecorder.attach(player);
        player.controls().play();
        Await.until(TIMEOUT, () -> events.endOfMediaCount() == 1, () -> events.toString());
        assertThat(player.media().hasVideo()).isFalse();
        assertThat(player.media().hasAudio()).isTrue();
        assertThat(player.media().getVideoSize()).isEmpty();
        assertThat(player.getError()).isEmpty();
    }

    @Test
    void disposeDuringPlaybackFromAnotherThreadTwiceLeavesNothingRunning() throws Exception {
        List<String> before = PlayerThreads.live();
        openRecording(TestClips.h264Small(), PlayerOptions.defaults());
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.count() > 5, () -> frames.count() + " frames");

        Thread disposer = new Thread(player::dispose, "test-disposer");
        disposer.start();
        disposer.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(disposer.isAlive()).isFalse();
        javax.swing.SwingUtilities.invokeAndWait(player::dispose);
        player.dispose();

        events.awaitStatus(Status.DISPOSED, TIMEOUT);
        assertThat(PlayerThreads.live()).isEqualTo(before);
        int delivered = frames.count();
        Await.sleep(200);
        assertThat(frames.count()).isEqualTo(delivered);
        player.controls().play();
        assertThat(player.getStatus()).isEqualTo(Status.DISPOSED);
    }

    @Test
    void everyConcurrentDisposeReturnsOnlyWhenThePlayerIsReleased() throws Exception {
        List<String> before = PlayerThreads.live();
        open(TestClips.h264Small(), PlayerOptions.defaults());
        frames = new FrameRecorder();
        FrameSource.of(player).orElseThrow().attach(frames);
        player.controls().play();
        Await.until(TIMEOUT, () -> frames.count() > 5, () -> frames.count() + " frames");

        // Two callers at once: the one that loses the race must not return while the other is still stopping.
        CountDownLatch start = new CountDownLatch(1);
        List<List<String>> seenOnReturn = new CopyOnWriteArrayList<>();
        List<Thread> disposers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread disposer = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                player.dispose();
                seenOnReturn.add(PlayerThreads.live());
            }, "test-disposer-" + i);
            disposer.start();
            disposers.add(disposer);
        }
        start.countDown();
        for (Thread disposer : disposers) {
            disposer.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(disposer.isAlive()).isFalse();
        }
        assertThat(seenOnReturn).containsExactly(before, before);
    }

    @Test
    void filesWithAwkwardNamesPlay() {
        for (String name : new String[] {"my clip (final) = v2!.mp4", "quote's \"clip\".mp4", "vidéo ü 日本.mp4",
                "a ! filesink location=x.mp4"}) {
            Path clip = TestClips.copyNamed(TestClips.h264PaddedStride(), name);
            assertThat(Files.exists(clip)).isTrue();
            try (MediaPlayer named = MediaPlayer.create(MediaSource.of(clip),
                    PlayerOptions.defaults().withAudioEnabled(false))) {
                EventRecorder namedEvents = EventRecorder.attach(named);
                named.controls().play();
                Await.until(TIMEOUT, () -> namedEvents.endOfMediaCount() == 1, () -> name + ": " + namedEvents);
                assertThat(namedEvents.errors()).isEmpty();
            }
        }
        assertThat(Files.exists(Path.of("x.mp4"))).isFalse();
    }

    /** Records when each frame arrives, to find gaps. */
    private static final class ArrivalRecorder implements dev.framepipe.player.frame.FrameConsumer {
        private final List<Long> arrivals = new CopyOnWriteArrayList<>();

        @Override
        public void onFrame(dev.framepipe.player.frame.VideoFrame frame) {
            arrivals.add(System.nanoTime());
        }

        int count() {
            return arrivals.size();
        }

        long longestGapMillis() {
            long longest = 0;
            for (int i = 1; i < arrivals.size(); i++) {
                longest = Math.max(longest, arrivals.get(i) - arrivals.get(i - 1));
            }
            return TimeUnit.NANOSECONDS.toMillis(longest);
        }
    }
}
