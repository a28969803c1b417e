package dev.framepipe.player.engine;

import java.util.EnumSet;

import dev.framepipe.player.SeekMode;
import dev.framepipe.player.TrackType;

/**
 * The user commands waiting for the control thread, coalesced: a command replaces the waiting ones it makes
 * pointless, so however many calls arrive, what waits is bounded by the kinds of command (a few bytes), and the
 * last command decides.
 *
 * <p>Waiting commands are kept in a canonical order, the order in which {@link CommandBatch} applies them:
 * stop, seek, steps, then play or pause; rate, start/stop time and volume are settings, applied as they stand when
 * the batch runs. The rules that keep the order right:
 * <ul>
 *   <li>{@code stop} replaces everything waiting before it (its own seek to the start makes them pointless);</li>
 *   <li>a seek replaces a waiting seek and waiting steps (they would step from a position about to be left, but
 *       the pause they imply stays), and keeps a waiting stop before it ({@code stop; seek} ends paused at the
 *       seek's position);</li>
 *   <li>steps add up, keeping the furthest back they reached (a step back at the first frame is no step, so back,
 *       back, forward, forward there is two frames on, not none), and replace a waiting play (a step pauses);</li>
 *   <li>{@code play} replaces waiting steps and a waiting pause; {@code pause} replaces a waiting play and keeps
 *       waiting steps (a step pauses anyway).</li>
 * </ul>
 *
 * <p>Thread-safe: any thread posts, the control thread {@linkplain #take() takes}. The first post after a take
 * wakes the control thread once; further posts only update what waits.
 */
final class CommandMailbox {
    private static final int MAX_STEPS = 1_000_000;

    private final Runnable wake;
    private final EnumSet<CommandBatch.Kind> kinds = EnumSet.noneOf(CommandBatch.Kind.class);
    private long seekNanos;
    private SeekMode seekMode = SeekMode.ACCURATE;
    private int steps;
    private int lowestSteps;
    private int audioTrack = CommandBatch.NO_CHOICE;
    private int subtitleTrack = CommandBatch.NO_CHOICE;
    private boolean wakeSent;

    /**
     * Creates an empty mailbox.
     *
     * @param wake asks the control thread to take the mailbox; called at most once per take
     */
    CommandMailbox(Runnable wake) {
        this.wake = wake;
    }

    /** Posts {@code play()}. */
    void play() {
        post(CommandBatch.Kind.PLAY, 0, null, 0);
    }

    /** Posts {@code pause()}. */
    void pause() {
        post(CommandBatch.Kind.PAUSE, 0, null, 0);
    }

    /** Posts {@code stop()}. */
    void stop() {
        post(CommandBatch.Kind.STOP, 0, null, 0);
    }

    /**
     * Posts a seek.
     *
     * @param nanos the target, not yet clamped
     * @param mode  fast or accurate
     */
    void seek(long nanos, SeekMode mode) {
        post(CommandBatch.Kind.SEEK, nanos, mode, 0);
    }

    /**
     * Posts a frame step.
     *
     * @param frames +1 forwards, -1 backwards
     */
    void step(int frames) {
        post(CommandBatch.Kind.STEPS, 0, null, frames);
    }

    /** Posts that the rate setting changed. */
    void rateChanged() {
        post(CommandBatch.Kind.RATE, 0, null, 0);
    }

    /** Posts that the start time, stop time or cycle count changed. */
    void rangeChanged() {
        post(CommandBatch.Kind.RANGE, 0, null, 0);
    }

    /** Posts that the volume or mute setting changed. */
    void volumeChanged() {
        post(CommandBatch.Kind.VOLUME, 0, null, 0);
    }

    /** Another audio output was chosen; the control thread reads which from the settings. */
    void outputChanged() {
        post(CommandBatch.Kind.OUTPUT, 0, null, 0);
    }

    /**
     * Chooses the audio or subtitle track; the newest choice per type wins.
     *
     * @param type  {@link TrackType#AUDIO} or {@link TrackType#SUBTITLE}
     * @param index the track's index, or {@link CommandBatch#OFF}
     */
    void chooseTrack(TrackType type, int index) {
        synchronized (this) {
            if (type == TrackType.AUDIO) {
                audioTrack = index;
            } else {
                subtitleTrack = index;
            }
        }
        post(CommandBatch.Kind.TRACKS, 0, null, 0);
    }

    private void post(CommandBatch.Kind kind, long nanos, SeekMode mode, int frames) {
        boolean wakeNow;
        synchronized (this) {
            switch (kind) {
                case STOP:
                    kinds.removeAll(CommandBatch.TRANSPORT);
                    break;
                case SEEK:
                    if (kinds.remove(CommandBatch.Kind.STEPS)) {
                        // The steps' moves are pointless now, but not the pause they asked for.
                        kinds.add(CommandBatch.Kind.PAUSE);
                    }
                    seekNanos = nanos;
                    seekMode = mode;
                    break;
                case STEPS:
                    // Clamped so that no storm of steps can overflow the count; no one steps a million frames by hand.
                    boolean first = !kinds.contains(CommandBatch.Kind.STEPS);
                    steps = Math.max(-MAX_STEPS, Math.min(MAX_STEPS, first ? frames : steps + frames));
                    lowestSteps = first ? steps : Math.min(lowestSteps, steps);
                    kinds.remove(CommandBatch.Kind.PLAY);
                    break;
                case PAUSE:
                    kinds.remove(CommandBatch.Kind.PLAY);
                    break;
                case PLAY:
                    kinds.remove(CommandBatch.Kind.STEPS);
                    kinds.remove(CommandBatch.Kind.PAUSE);
                    break;
                default:
                    break;
            }
            kinds.add(kind);
            wakeNow = !wakeSent;
            wakeSent = true;
        }
        if (wakeNow) {
            wake.run();
        }
    }

    /**
     * Takes everything waiting, leaving the mailbox empty.
     *
     * @return the commands, or {@code null} if none wait
     */
    synchronized CommandBatch take() {
        wakeSent = false;
        if (kinds.isEmpty()) {
            return null;
        }
        CommandBatch batch = new CommandBatch(EnumSet.copyOf(kinds), seekNanos, seekMode, steps, lowestSteps,
                audioTrack, subtitleTrack);
        kinds.clear();
        steps = 0;
        lowestSteps = 0;
        audioTrack = CommandBatch.NO_CHOICE;
        subtitleTrack = CommandBatch.NO_CHOICE;
        return batch;
    }
}
