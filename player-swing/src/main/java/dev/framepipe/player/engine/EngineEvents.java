package dev.framepipe.player.engine;

import java.time.Duration;

import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaException;
import dev.framepipe.player.ReconnectAttempt;
import dev.framepipe.player.Status;

/**
 * What the engine announces to applications. {@link EventPublisher} delivers each on the Swing event dispatch thread;
 * the engine's tests record them. Called on the control thread, except the settings' property changes, which come
 * from the thread that changed the setting.
 */
interface EngineEvents {
    /**
     * The status changed (not to a final one: see {@link #publishHalt}).
     *
     * @param status the new status
     */
    void publishStatus(Status status);

    /**
     * The position changed.
     *
     * @param time the new position
     */
    void publishTime(Duration time);

    /**
     * Something about the media became known or changed.
     *
     * @param facts everything known now
     */
    void publishMedia(MediaFacts facts);

    /**
     * A non-fatal error, such as a refused seek.
     *
     * @param error the error
     */
    void publishError(MediaException error);

    /**
     * A fatal error: the player is HALTED.
     *
     * @param error the error
     */
    void publishHalt(MediaException error);

    /** The last cycle reached the end. */
    void publishEndOfMedia();

    /**
     * A loop cycle completed and the next began.
     *
     * @param completedCycles cycles completed so far
     */
    void publishCycleCompleted(int completedCycles);

    /**
     * A live stream dropped and a reconnect attempt is scheduled.
     *
     * @param attempt the attempt
     */
    void publishReconnecting(ReconnectAttempt attempt);

    /**
     * A seek asked for with {@code seek()} landed: the pipeline prerolled there.
     *
     * @param position where it landed (the key frame for a fast seek)
     */
    void publishSeekCompleted(Duration position);

    /**
     * A bound property changed.
     *
     * @param name the property name
     * @param old  the old value
     * @param now  the new value
     */
    void publishProperty(String name, Object old, Object now);

    /**
     * The track list or the choice of audio or subtitle track changed.
     *
     * @param tracks the tracks and choices now
     */
    void publishTracks(TrackState tracks);

    /**
     * The caption for the frame on screen changed.
     *
     * @param caption the cue shown now, or {@code null} for none
     */
    void publishCaption(Caption caption);

    /**
     * Announces how full the network buffer is.
     *
     * @param percent 0 to 100
     */
    void publishBufferLevel(int percent);
}
