package dev.framepipe.player.engine;

import java.time.Duration;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.SeekMode;

/**
 * One call an application makes, for the model-based test: applied the same way to the model (the controller over a
 * {@link FakePipeline}) and to a real player, and printed readably when a sequence fails. Immutable.
 */
final class UserCommand {
    /** What the command does. */
    enum Kind {
        PLAY, PAUSE, STOP, SEEK_FAST, SEEK_ACCURATE, STEP_FORWARD, STEP_BACKWARD, RATE, START_TIME, STOP_TIME,
        LOOPING, DISPOSE
    }

    private final Kind kind;
    private final long millis;
    private final double rate;

    private UserCommand(Kind kind, long millis, double rate) {
        this.kind = kind;
        this.millis = millis;
        this.rate = rate;
    }

    static UserCommand of(Kind kind) {
        return new UserCommand(kind, 0, 0);
    }

    static UserCommand at(Kind kind, long millis) {
        return new UserCommand(kind, millis, 0);
    }

    static UserCommand rate(double rate) {
        return new UserCommand(Kind.RATE, 0, rate);
    }

    Kind kind() {
        return kind;
    }

    /** Whether the command moves to a position the model knows exactly (the frame then agrees). */
    boolean placesExactly() {
        return kind == Kind.SEEK_ACCURATE || kind == Kind.STOP;
    }

    /**
     * Whether the command lands on a key frame, which the demuxer chooses (the model has one every second, the real
     * clip's encoder decides).
     */
    boolean landsOnAKeyFrame() {
        return kind == Kind.SEEK_FAST;
    }

    /** Whether the command starts the clock, after which the real player's position runs ahead of the model's. */
    boolean letsTimePass() {
        return kind == Kind.PLAY;
    }

    /**
     * Applies the command.
     *
     * @param controls the player's controls
     * @throws IllegalArgumentException where the API documents it
     */
    void applyTo(PlaybackControls controls) {
        switch (kind) {
            case PLAY:
                controls.play();
                break;
            case PAUSE:
                controls.pause();
                break;
            case STOP:
                controls.stop();
                break;
            case SEEK_FAST:
                controls.seek(Duration.ofMillis(millis), SeekMode.FAST);
                break;
            case SEEK_ACCURATE:
                controls.seek(Duration.ofMillis(millis), SeekMode.ACCURATE);
                break;
            case STEP_FORWARD:
                controls.stepForward();
                break;
            case STEP_BACKWARD:
                controls.stepBackward();
                break;
            case RATE:
                controls.setRate(rate);
                break;
            case START_TIME:
                controls.setStartTime(Duration.ofMillis(millis));
                break;
            case STOP_TIME:
                controls.setStopTime(millis < 0 ? null : Duration.ofMillis(millis));
                break;
            case LOOPING:
                controls.setLooping(millis != 0);
                break;
            default:
                throw new IllegalStateException("dispose is not a control: " + kind);
        }
    }

    /**
     * Applies the command to a whole player (dispose included).
     *
     * @param player the player
     */
    void applyTo(MediaPlayer player) {
        if (kind == Kind.DISPOSE) {
            player.dispose();
        } else {
            applyTo(player.controls());
        }
    }

    @Override
    public String toString() {
        switch (kind) {
            case SEEK_FAST:
            case SEEK_ACCURATE:
            case START_TIME:
                return kind + "(" + millis + " ms)";
            case STOP_TIME:
                return kind + "(" + (millis < 0 ? "end" : millis + " ms") + ")";
            case RATE:
                return kind + "(" + rate + ")";
            case LOOPING:
                return kind + "(" + (millis != 0) + ")";
            default:
                return kind.toString();
        }
    }
}
