package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.Colorimetry.Matrix;
import dev.framepipe.player.frame.Colorimetry.Range;

/** The pool and buffer lifecycle, against a counting allocator and a queued stand-in for the main thread. */
class PixelBufferPresenterTest {
    private static final Colorimetry BT709 = Colorimetry.of(Matrix.BT709, Range.LIMITED);

    private final CountingAllocator allocator = new CountingAllocator();
    private final QueuedMainThread mainThread = new QueuedMainThread();
    private final RecordingTarget target = new RecordingTarget();
    private final PixelBufferPresenter presenter = new PixelBufferPresenter(allocator, mainThread, target);
    private int poolsBefore;

    @BeforeEach
    void watchTheScreen() {
        allocator.watch(target);
        poolsBefore = LiveResources.PIXEL_BUFFER_POOLS.count();
    }

    @Test
    void framesOfOneSizeShareOnePool() {
        for (int i = 0; i < 10; i++) {
            presenter.present(TestFrame.patterned(320, 240, BT709));
            mainThread.runPending();
        }

        assertThat(allocator.poolsCreated()).hasSize(1);
        assertThat(allocator.livePools()).isEqualTo(1);
        assertThat(LiveResources.PIXEL_BUFFER_POOLS.count()).isEqualTo(poolsBefore + 1);
        assertThat(allocator.buffersCreated()).isEqualTo(10);
        assertThat(allocator.liveBuffers()).as("only the displayed buffer is kept").isEqualTo(1);
        assertThat(allocator.misuse()).isEmpty();
        presenter.dispose();
    }

    @Test
    void aNewSizeOrRangeMakesANewPoolAndReleasesTheOldOne() {
        presenter.present(TestFrame.patterned(320, 240, BT709));
        presenter.present(TestFrame.patterned(640, 480, BT709));

        assertThat(allocator.poolsCreated()).hasSize(2);
        assertThat(allocator.poolsReleased()).isEqualTo(1);
        assertThat(allocator.livePools()).isEqualTo(1);
        assertThat(LiveResources.PIXEL_BUFFER_POOLS.count()).isEqualTo(poolsBefore + 1);

        presenter.present(TestFrame.patterned(640, 480, Colorimetry.of(Matrix.BT709, Range.FULL)));

        assertThat(allocator.poolsCreated()).hasSize(3);
        assertThat(allocator.poolsCreated().get(2).pixelFormat()).isEqualTo(FourCC.NV12_FULL_RANGE);
        assertThat(allocator.livePools()).isEqualTo(1);
        assertThat(allocator.misuse()).isEmpty();
        presenter.dispose();
    }

    @Test
    void aMatrixChangeKeepsThePoolButChangesTheSpec() {
        presenter.present(TestFrame.patterned(320, 240, BT709));
        presenter.present(TestFrame.patterned(320, 240, Colorimetry.of(Matrix.BT601, Range.LIMITED)));

        assertThat(allocator.poolsCreated()).hasSize(1);
        assertThat(presenter.spec().colorimetry().matrix()).isEqualTo(Matrix.BT601);
        assertThat(allocator.misuse()).as("each frame is written with its own spec").isEmpty();
        presenter.dispose();
    }

    @Test
    void framesFasterThanTheMainThreadQueueOneTaskAndReleaseTheSupersededBuffers() {
        for (int i = 0; i < 5; i++) {
            presenter.present(TestFrame.patterned(320, 240, BT709));
        }

        assertThat(mainThread.waiting()).isEqualTo(1);
        assertThat(allocator.buffersReleased()).isEqualTo(4);
        assertThat(allocator.liveBuffers()).isEqualTo(1);

        mainThread.runPending();

        assertThat(target.shown()).as("only the newest frame is shown").containsExactly(allocator.lastBuffer());
        assertThat(allocator.misuse()).isEmpty();
        presenter.dispose();
    }

    @Test
    void theDisplayedBufferIsReleasedOnlyAfterANewerOneIsOnScreen() {
        presenter.present(TestFrame.patterned(320, 240, BT709));
        mainThread.runPending();
        long first = target.current();
        presenter.present(TestFrame.patterned(320, 240, BT709));

        assertThat(allocator.liveBuffers()).as("displayed and pending").isEqualTo(2);

        mainThread.runPending();

        assertThat(target.current()).isNotEqualTo(first);
        assertThat(allocator.liveBuffers()).isEqualTo(1);
        assertThat(allocator.misuse()).as("no buffer released while on screen").isEmpty();
        presenter.dispose();
    }

    @Test
    void disposeReleasesThePoolThePendingAndTheDisplayedBufferOnce() {
        presenter.present(TestFrame.patterned(320, 240, BT709));
        mainThread.runPending();
        presenter.present(TestFrame.patterned(320, 240, BT709));

        presenter.dispose();
        presenter.dispose();

        assertThat(allocator.livePools()).isZero();
        assertThat(allocator.closes()).isEqualTo(1);
        assertThat(LiveResources.PIXEL_BUFFER_POOLS.count()).isEqualTo(poolsBefore);
        assertThat(allocator.liveBuffers()).as("the displayed buffer waits for the main thread").isEqualTo(1);

        mainThread.runPending();

        assertThat(target.current()).isZero();
        assertThat(allocator.liveBuffers()).isZero();
        assertThat(allocator.buffersReleased()).isEqualTo(allocator.buffersCreated());
        assertThat(allocator.misuse()).isEmpty();
    }

    @Test
    void aShowTaskStillQueuedAtDisposeReleasesWithoutShowing() {
        presenter.present(TestFrame.patterned(320, 240, BT709));
        presenter.dispose();

        mainThread.runPending();

        assertThat(target.shown()).containsExactly(0L);
        assertThat(allocator.liveBuffers()).isZero();
        assertThat(allocator.misuse()).isEmpty();
    }

    @Test
    void framesAfterDisposeAreIgnored() {
        presenter.dispose();

        presenter.present(TestFrame.patterned(320, 240, BT709));
        mainThread.runPending();

        assertThat(allocator.poolsCreated()).isEmpty();
        assertThat(allocator.buffersCreated()).isZero();
        assertThat(target.shown()).containsExactly(0L);
    }

    @Test
    void aFailedCopyReleasesItsBufferAndShowsNothing() {
        allocator.failWrites(new IllegalStateException("plane too small"));

        assertThatThrownBy(() -> presenter.present(TestFrame.patterned(320, 240, BT709)))
                .hasMessage("plane too small");
        mainThread.runPending();

        assertThat(allocator.liveBuffers()).isZero();
        assertThat(target.shown()).isEmpty();
        presenter.dispose();
        assertThat(allocator.misuse()).isEmpty();
    }

    @Test
    void aProducerThreadAgainstABusyMainThreadNeitherLeaksNorDoubleReleases() throws Exception {
        mainThread.startThread();
        AtomicReference<Throwable> producerFailure = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 3000; i++) {
                    int width = i % 500 < 250 ? 320 : 322;
                    presenter.present(TestFrame.patterned(width, 240, BT709));
                }
            } catch (Throwable e) {
                producerFailure.set(e);
            }
        }, "frame-thread stand-in");

        producer.start();
        producer.join(30_000);
        int maxWaitingWhilePlaying = mainThread.maxWaiting();
        presenter.dispose();
        mainThread.stopThread();

        assertThat(producerFailure.get()).isNull();
        assertThat(maxWaitingWhilePlaying).as("show tasks waiting at once").isLessThanOrEqualTo(1);
        assertThat(allocator.buffersCreated()).isEqualTo(3000);
        assertThat(allocator.buffersReleased()).isEqualTo(3000);
        assertThat(allocator.liveBuffers()).isZero();
        assertThat(allocator.livePools()).isZero();
        assertThat(allocator.poolsCreated()).hasSize(12);
        assertThat(target.current()).isZero();
        assertThat(target.threads()).allMatch(thread -> thread.getName().equals("main-thread stand-in"));
        assertThat(allocator.misuse()).isEmpty();
        assertThat(LiveResources.PIXEL_BUFFER_POOLS.count()).isEqualTo(poolsBefore);
    }
}
