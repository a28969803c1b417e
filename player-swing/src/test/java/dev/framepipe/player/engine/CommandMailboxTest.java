package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.SeekMode;
import dev.framepipe.player.engine.CommandBatch.Kind;

/** How waiting commands coalesce: the last command decides, order is kept where it matters, nothing grows. */
class CommandMailboxTest {
    private final AtomicInteger wakes = new AtomicInteger();
    private final CommandMailbox mailbox = new CommandMailbox(wakes::incrementAndGet);

    private List<Kind> kinds(CommandBatch batch) {
        List<Kind> present = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (batch.has(kind)) {
                present.add(kind);
            }
        }
        return present;
    }

    @Test
    void playAfterPauseAfterPlayCollapsesToTheLast() {
        mailbox.play();
        mailbox.pause();
        mailbox.play();
        assertThat(kinds(mailbox.take())).containsExactly(Kind.PLAY);
        mailbox.pause();
        mailbox.play();
        mailbox.pause();
        assertThat(kinds(mailbox.take())).containsExactly(Kind.PAUSE);
    }

    @Test
    void theNewestSeekWins() {
        mailbox.seek(1_000, SeekMode.FAST);
        mailbox.seek(2_000, SeekMode.ACCURATE);
        CommandBatch batch = mailbox.take();
        assertThat(batch.seekNanos()).isEqualTo(2_000);
        assertThat(batch.seekMode()).isEqualTo(SeekMode.ACCURATE);
    }

    @Test
    void stopReplacesEverythingBeforeItButNotWhatFollows() {
        mailbox.seek(1_000, SeekMode.ACCURATE);
        mailbox.step(1);
        mailbox.play();
        mailbox.stop();
        assertThat(kinds(mailbox.take())).containsExactly(Kind.STOP);

        mailbox.stop();
        mailbox.seek(3_000, SeekMode.ACCURATE);
        assertThat(kinds(mailbox.take())).as("stop; seek ends paused at the seek").containsExactly(Kind.STOP,
                Kind.SEEK);
    }

    @Test
    void aStepAfterASeekStepsFromTheSeekAndASeekAfterStepsKeepsOnlyTheirPause() {
        mailbox.seek(1_000, SeekMode.ACCURATE);
        mailbox.step(1);
        CommandBatch batch = mailbox.take();
        assertThat(kinds(batch)).containsExactly(Kind.SEEK, Kind.STEPS);
        assertThat(batch.steps()).isEqualTo(1);

        mailbox.play();
        mailbox.step(-1);
        mailbox.step(-1);
        mailbox.seek(5_000, SeekMode.ACCURATE);
        assertThat(kinds(mailbox.take())).containsExactly(Kind.SEEK, Kind.PAUSE);
    }

    @Test
    void stepsKeepTheFurthestBackTheyReached() {
        mailbox.step(-1);
        mailbox.step(-1);
        mailbox.step(1);
        mailbox.step(1);
        CommandBatch batch = mailbox.take();
        assertThat(batch.steps()).isZero();
        assertThat(batch.lowestSteps()).isEqualTo(-2);
        mailbox.step(1);
        assertThat(mailbox.take().lowestSteps()).as("a new batch starts afresh").isEqualTo(1);
    }

    @Test
    void stepsAddUpAndPlayReplacesThem() {
        mailbox.step(1);
        mailbox.step(1);
        mailbox.step(-1);
        mailbox.step(1);
        assertThat(mailbox.take().steps()).isEqualTo(2);
        mailbox.step(1);
        mailbox.play();
        assertThat(kinds(mailbox.take())).containsExactly(Kind.PLAY);
    }

    @Test
    void settingsStayBesideTransportCommands() {
        mailbox.rateChanged();
        mailbox.stop();
        mailbox.volumeChanged();
        mailbox.rangeChanged();
        assertThat(kinds(mailbox.take())).containsExactly(Kind.STOP, Kind.RANGE, Kind.RATE, Kind.VOLUME);
    }

    @Test
    void aMillionCallsWakeTheControlThreadOnceAndLeaveOneBatch() {
        for (int i = 0; i < 1_000_000; i++) {
            mailbox.seek(i, SeekMode.FAST);
            mailbox.step(1);
            mailbox.play();
            mailbox.rateChanged();
        }
        assertThat(wakes.get()).isEqualTo(1);
        CommandBatch batch = mailbox.take();
        assertThat(kinds(batch)).containsExactly(Kind.SEEK, Kind.RATE, Kind.PLAY);
        assertThat(batch.seekNanos()).isEqualTo(999_999);
        assertThat(mailbox.take()).isNull();
        mailbox.pause();
        assertThat(wakes.get()).as("the first post after a take wakes again").isEqualTo(2);
    }

    @Test
    void stepsCannotOverflow() {
        for (int i = 0; i < 3_000_000; i++) {
            mailbox.step(1);
        }
        assertThat(mailbox.take().steps()).isPositive().isLessThanOrEqualTo(1_000_000);
    }
}
