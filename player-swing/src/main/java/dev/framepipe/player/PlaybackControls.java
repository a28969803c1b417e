package dev.framepipe.player;

import java.time.Duration;
import java.util.Optional;

/**
 * Transport commands of a {@link MediaPlayer}: play, pause, stop, seek, frame steps, rate and looping.
 *
 * <p>Commands may be called from any thread and never block; they are carried out on the player's control thread.
 * Commands still waiting there when a newer one arrives coalesce, so that the last command decides and nothing
 * queues up behind the player, however fast the calls come: a seek replaces a waiting seek, {@code stop()}
 * replaces every waiting command, {@code play()} a waiting {@code pause()} and waiting steps, {@code pause()} a
 * waiting {@code play()}; steps add up; the rate, start and stop time, cycle count and volume are applied as last
 * set. Order is kept where it matters: a step asked for after a seek steps from the seek's position.
 *
 * <p>Commands issued before the player is {@link Status#READY} take effect together when it becomes ready: a seek
 * sets where playback begins (the status stays READY), a pause or stop keeps it READY. Commands on a
 * {@link Status#HALTED} or {@link Status#DISPOSED} player are ignored.
 */
public interface PlaybackControls {
    /** The fastest rate, eight times normal speed. */
    double MAX_RATE = 8.0;
    /** The slowest rate magnitude, one eighth of normal speed. */
    double MIN_RATE = 0.125;
    /** A cycle count that loops for ever. */
    int INDEFINITE = -1;

    /** Starts or resumes playback. At the end of the media, playback restarts from the start time. */
    void play();

    /** Pauses; the current frame stays on screen. */
    void pause();

    /** Pauses and returns to the start time; the status becomes {@link Status#STOPPED}. */
    void stop();

    /**
     * Seeks accurately: the frame shown afterwards is the one at {@code position}. A paused, ready or stopped player
     * becomes {@link Status#PAUSED}; a playing one plays on from there. {@link MediaPlayer#getCurrentTime()} says the
     * target as soon as the seek is sent, and {@link MediaPlayerListener#seekCompleted} is called when it has landed.
     * Where the media cannot seek (a live stream), the player plays on and announces a non-fatal
     * {@link MediaException.Type#OPERATION_UNSUPPORTED} error to its listeners. A seek still waiting to be carried
     * out when a newer one is asked for is replaced by it, so a burst of seeks from a dragged slider or a held key
     * does not queue up behind the player.
     *
     * @param position the target; clamped to the start time and to the stop time or the end of the media (negative
     *                 and far-future positions included)
     */
    void seek(Duration position);

    /**
     * Seeks; a refused seek is announced as for {@link #seek(Duration)}.
     *
     * @param position the target; clamped as for {@link #seek(Duration)}
     * @param mode     {@link SeekMode#FAST} for key frames (scrubbing) or {@link SeekMode#ACCURATE}
     */
    void seek(Duration position, SeekMode mode);

    /** Pauses if playing and shows the next frame. */
    void stepForward();

    /** Pauses if playing and shows the previous frame (an accurate seek one frame back). */
    void stepBackward();

    /**
     * Sets the playback rate. The magnitude is clamped to [{@link #MIN_RATE}, {@link #MAX_RATE}] (infinities
     * included); a negative rate plays backwards where the media allows it. If the media refuses the rate, the
     * previous rate is kept and a non-fatal {@link MediaException.Type#OPERATION_UNSUPPORTED} error event is sent.
     *
     * @param rate the rate, 1.0 for normal speed; must not be 0 (use {@link #pause()}) or NaN
     * @return the rate after clamping
     * @throws IllegalArgumentException if {@code rate} is 0 or NaN
     */
    double setRate(double rate);

    /**
     * Returns the rate last set.
     *
     * @return the rate, 1.0 by default
     */
    double getRate();

    /**
     * Sets how many times the media plays before it ends: 1 (the default) plays once, {@link #INDEFINITE} loops for
     * ever. Loops run between the start and stop times without a visible gap where the media allows segment seeks.
     *
     * @param count at least 1, or {@link #INDEFINITE}
     * @throws IllegalArgumentException for any other value
     */
    void setCycleCount(int count);

    /**
     * Returns the cycle count last set.
     *
     * @return the count, or {@link #INDEFINITE}
     */
    int getCycleCount();

    /**
     * Returns how many cycles have completed since playback started from the beginning.
     *
     * @return the number of completed cycles
     */
    int getCompletedCycles();

    /**
     * Shorthand for {@code setCycleCount(looping ? INDEFINITE : 1)}.
     *
     * @param looping whether to loop for ever
     */
    void setLooping(boolean looping);

    /**
     * Tells whether the cycle count is {@link #INDEFINITE}.
     *
     * @return {@code true} when looping for ever
     */
    boolean isLooping();

    /**
     * Sets where playback starts, stops return to, and loops restart.
     *
     * @param start the start time, {@link Duration#ZERO} by default; not negative, not after the stop time (a start
     *              time past the end of the media starts at the end)
     * @throws IllegalArgumentException if {@code start} is negative or after the stop time (set the stop time
     *                                  first); the message names both
     */
    void setStartTime(Duration start);

    /**
     * Returns the start time.
     *
     * @return the start time
     */
    Duration getStartTime();

    /**
     * Sets where playback ends (or loops), instead of the end of the media.
     *
     * @param stop the stop time, or {@code null} for the end of the media; not negative, not before the start time
     * @throws IllegalArgumentException if {@code stop} is negative or before the start time (set the start time
     *                                  first); the message names both
     */
    void setStopTime(Duration stop);

    /**
     * Returns the stop time.
     *
     * @return the stop time, or empty for the end of the media
     */
    Optional<Duration> getStopTime();
}
