package dev.framepipe.player.reliability;

import java.util.EnumSet;
import java.util.List;

import dev.framepipe.player.Status;

/** The transitions {@link Status} documents, so a test can check every sequence of statuses a player announced. */
final class StatusRules {
    private StatusRules() {
    }

    /**
     * Tells whether the documented state machine allows a transition.
     *
     * @param from the status before
     * @param to   the status after
     * @return {@code true} if {@code Status}'s table lists it
     */
    static boolean allowed(Status from, Status to) {
        switch (to) {
            case READY:
                return from == Status.UNKNOWN;
            case PLAYING:
                return EnumSet.of(Status.READY, Status.PAUSED, Status.STOPPED, Status.STALLED).contains(from);
            case PAUSED:
                return EnumSet.of(Status.READY, Status.PLAYING, Status.STALLED, Status.STOPPED).contains(from);
            case STOPPED:
                return EnumSet.of(Status.READY, Status.PLAYING, Status.PAUSED, Status.STALLED).contains(from);
            case STALLED:
                return EnumSet.of(Status.READY, Status.PLAYING, Status.PAUSED, Status.STOPPED).contains(from);
            case HALTED:
                return from != Status.DISPOSED && from != Status.HALTED;
            case DISPOSED:
                return from != Status.DISPOSED;
            default:
                return false;
        }
    }

    /**
     * Returns the first transition in a sequence (starting from {@link Status#UNKNOWN}) the state machine does not
     * allow.
     *
     * @param announced the statuses in the order they were announced
     * @return a description such as {@code "PLAYING -> READY"}, or {@code null} if every step is allowed
     */
    static String firstIllegal(List<Status> announced) {
        Status previous = Status.UNKNOWN;
        for (Status next : announced) {
            if (!allowed(previous, next)) {
                return previous + " -> " + next;
            }
            previous = next;
        }
        return null;
    }
}
