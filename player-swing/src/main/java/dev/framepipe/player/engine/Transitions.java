package dev.framepipe.player.engine;

import java.util.EnumMap;
import java.util.Map;

/**
 * The engine's transition table: for each {@link Phase} and {@link Trigger}, the next phase, or none when the trigger
 * does nothing in that phase. This table is the only place phases change; {@code docs/architecture.md} shows it as
 * {@link #toMarkdown()} renders it (a test keeps the two equal).
 */
final class Transitions {
    private static final Map<Phase, Map<Trigger, Phase>> TABLE = new EnumMap<>(Phase.class);

    static {
        on(Phase.OPENING, Trigger.OPENED, Phase.READY);
        for (Phase paused : new Phase[] {Phase.READY, Phase.PAUSED, Phase.STOPPED, Phase.ENDED}) {
            on(paused, Trigger.PLAY, Phase.PLAYING);
            // At the end, a pause keeps the player where play() starts again from the start time.
            on(paused, Trigger.PAUSE, paused == Phase.ENDED ? Phase.ENDED : Phase.PAUSED);
            on(paused, Trigger.STOP, Phase.STOPPED);
            on(paused, Trigger.SEEK, Phase.PAUSED);
            on(paused, Trigger.STEP_BACKWARD, Phase.PAUSED);
            if (paused != Phase.ENDED) {
                // At the end there is no next frame to step to, and no end to reach again.
                on(paused, Trigger.STEP_FORWARD, Phase.PAUSED);
                // Paused phases end too: a loop segment whose cycle count was lowered, an empty segment.
                on(paused, Trigger.END, Phase.ENDED);
            }
        }
        on(Phase.PLAYING, Trigger.PLAY, Phase.PLAYING);
        on(Phase.PLAYING, Trigger.SEEK, Phase.PLAYING);
        on(Phase.PLAYING, Trigger.END, Phase.ENDED);
        on(Phase.PLAYING, Trigger.BUFFERING, Phase.STALLED);
        on(Phase.STALLED, Trigger.PLAY, Phase.STALLED);
        on(Phase.STALLED, Trigger.SEEK, Phase.STALLED);
        on(Phase.STALLED, Trigger.END, Phase.ENDED);
        on(Phase.STALLED, Trigger.BUFFERED, Phase.PLAYING);
        for (Phase playing : new Phase[] {Phase.PLAYING, Phase.STALLED, Phase.RECONNECTING}) {
            on(playing, Trigger.DROPPED, Phase.RECONNECTING);
        }
        on(Phase.RECONNECTING, Trigger.RECONNECTED, Phase.PLAYING);
        on(Phase.RECONNECTING, Trigger.PLAY, Phase.RECONNECTING);
        // Pausing gives up the attempts; play() connects again.
        on(Phase.RECONNECTING, Trigger.PAUSE, Phase.PAUSED);
        on(Phase.RECONNECTING, Trigger.STOP, Phase.STOPPED);
        for (Phase playing : new Phase[] {Phase.PLAYING, Phase.STALLED}) {
            on(playing, Trigger.PAUSE, Phase.PAUSED);
            on(playing, Trigger.STOP, Phase.STOPPED);
            on(playing, Trigger.STEP_FORWARD, Phase.PAUSED);
            on(playing, Trigger.STEP_BACKWARD, Phase.PAUSED);
        }
        for (Phase phase : Phase.values()) {
            if (!phase.status().isFinal()) {
                on(phase, Trigger.FAIL, Phase.HALTED);
            }
            if (phase != Phase.DISPOSED) {
                on(phase, Trigger.DISPOSE, Phase.DISPOSED);
            }
        }
    }

    private Transitions() {
    }

    private static void on(Phase from, Trigger trigger, Phase to) {
        TABLE.computeIfAbsent(from, phase -> new EnumMap<>(Trigger.class)).put(trigger, to);
    }

    /**
     * Returns the phase a trigger leads to.
     *
     * @param from    the current phase
     * @param trigger what happened
     * @return the next phase (possibly {@code from} itself), or {@code null} if the trigger does nothing in
     *         {@code from}
     */
    static Phase next(Phase from, Trigger trigger) {
        Map<Trigger, Phase> row = TABLE.get(from);
        return row == null ? null : row.get(trigger);
    }

    /**
     * Renders the table as Markdown: one row per phase (with its public status), one column per trigger; "·" where
     * a trigger does nothing.
     *
     * @return the table, lines ending in {@code \n}
     */
    static String toMarkdown() {
        StringBuilder table = new StringBuilder("| phase (status) |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Trigger trigger : Trigger.values()) {
            table.append(' ').append(trigger).append(" |");
            rule.append("---|");
        }
        table.append('\n').append(rule).append('\n');
        for (Phase phase : Phase.values()) {
            table.append("| ").append(phase).append(" (").append(phase.status()).append(") |");
            for (Trigger trigger : Trigger.values()) {
                Phase next = next(phase, trigger);
                table.append(' ').append(next == null ? "·" : next).append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }
}
