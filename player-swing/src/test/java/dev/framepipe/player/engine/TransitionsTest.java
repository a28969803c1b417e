package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.Status;

/** The transition table: what the documentation shows is the code's, and it keeps the documented status rules. */
class TransitionsTest {

    @Test
    void theArchitecturePageShowsTheTableTheCodeUses() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "architecture.md"), StandardCharsets.UTF_8);
        assertThat(page).as("docs/architecture.md holds Transitions.toMarkdown(); paste it there after a change")
                .contains(Transitions.toMarkdown());
    }

    @Test
    void finalPhasesOnlyLeadToDisposal() {
        for (Trigger trigger : Trigger.values()) {
            Phase afterHalt = Transitions.next(Phase.HALTED, trigger);
            assertThat(afterHalt).as("HALTED + " + trigger).isIn(null, Phase.DISPOSED);
            assertThat(Transitions.next(Phase.DISPOSED, trigger)).as("DISPOSED + " + trigger).isNull();
        }
    }

    @Test
    void everyOpenPhaseCanBeDisposedAndHalted() {
        for (Phase phase : Phase.values()) {
            if (!phase.status().isFinal()) {
                assertThat(Transitions.next(phase, Trigger.FAIL)).as(phase + " + FAIL").isEqualTo(Phase.HALTED);
                assertThat(Transitions.next(phase, Trigger.DISPOSE)).as(phase + " + DISPOSE")
                        .isEqualTo(Phase.DISPOSED);
            }
        }
    }

    @Test
    void noTransitionAnnouncesAStatusChangeThatStatusDoesNotDocument() {
        for (Phase from : Phase.values()) {
            for (Trigger trigger : Trigger.values()) {
                Phase to = Transitions.next(from, trigger);
                if (to != null && to.status() != from.status() && from != Phase.OPENING) {
                    assertThat(documented(from.status(), to.status()))
                            .as(from + " --" + trigger + "--> " + to).isTrue();
                }
            }
        }
    }

    /** The transitions {@link Status}'s Javadoc table lists. */
    private static boolean documented(Status from, Status to) {
        switch (to) {
            case PLAYING:
                return from == Status.READY || from == Status.PAUSED || from == Status.STOPPED
                        || from == Status.STALLED || from == Status.RECONNECTING;
            case PAUSED:
            case STOPPED:
                return from == Status.READY || from == Status.PLAYING || from == Status.PAUSED
                        || from == Status.STALLED || from == Status.STOPPED || from == Status.RECONNECTING;
            case STALLED:
                return from == Status.PLAYING;
            case RECONNECTING:
                return from == Status.PLAYING || from == Status.STALLED;
            case HALTED:
            case DISPOSED:
                return true;
            default:
                return false;
        }
    }
}
