package dev.framepipe.player;

import java.time.Duration;
import java.util.Optional;

/**
 * Plays one {@link MediaSource} through GStreamer and hands its frames to the video components that show it.
 *
 * <p>The API is split by what a caller wants to do, so each part stays small:
 * {@link #controls()} (play, pause, seek, step, rate, looping), {@link #audio()} (volume, mute), {@link #tracks()}
 * (audio and subtitle tracks, captions), {@link #chapters()} (chapter navigation), {@link #media()} (what the media
 * is: duration, size, frame rate, chapters), {@link #events()} (listeners) and {@link #statistics()} (frame
 * counters).
 *
 * <pre>{@code
 * MediaPlayer player = MediaPlayer.create(MediaSource.of(Path.of("clip.mp4")));
 * player.events().addListener(new MediaPlayerListener() {
 *     public void error(MediaPlayer p, MediaException e) { statusLabel.setText(e.getMessage()); }
 * });
 * videoComponent.setMediaPlayer(player);
 * player.controls().play();          // takes effect as soon as the media is READY
 * ...
 * player.dispose();
 * }</pre>
 *
 * <p><b>Threading.</b> Every method may be called from any thread, and only {@link #dispose()} waits: commands are
 * posted to the player's own control thread, where waiting commands coalesce (the newest seek replaces an older one
 * still waiting, and so on; see {@link PlaybackControls}), so the last command decides however fast they come. Every
 * event and property change is delivered on the Swing event dispatch thread (EDT).
 *
 * <p><b>What the getters say, and when.</b>
 * <ul>
 *   <li>Settings ({@link PlaybackControls#getRate()}, the start and stop time, the cycle count,
 *       {@link AudioControls#getVolume()}, {@link AudioControls#isMuted()}) return the value last set, at once:
 *       they are recorded by the setter itself. Their property change follows on the EDT.</li>
 *   <li>{@link #getStatus()}, {@link #getCurrentTime()} and {@link #getError()} return the state last announced on
 *       the EDT, so a listener reads values consistent with the event it is handling. A command changes them when
 *       the control thread has carried it out (usually within milliseconds): {@code play()} announces
 *       {@link Status#PLAYING} then, and a seek announces its target position then; the pipeline follows
 *       asynchronously, and {@link MediaPlayerListener#seekCompleted} says when a seek has landed.</li>
 *   <li>{@link #dispose()} completes synchronously: when it returns, {@link #getStatus()} is
 *       {@link Status#DISPOSED}.</li>
 * </ul>
 *
 * <p><b>Ownership.</b> The player owns its GStreamer pipeline, its two threads (control and frame) and every native
 * resource it takes. {@link #dispose()} releases all of them; it is idempotent. A player that is no longer needed must
 * be disposed: nothing else stops its threads.
 *
 * <p><b>Implementations.</b> {@link #create} returns the library's own players, found through the
 * {@link MediaPlayerProvider} service. Applications may implement this interface too (a test double, an adapter
 * around another engine): a {@code dev.framepipe.player.swing.VideoComponent} shows any implementation, but only the
 * library's players deliver frames to it; for others it shows their status and error messages, with no picture.
 */
public interface MediaPlayer extends AutoCloseable {

    /**
     * Creates a player for the source with default {@link PlayerOptions}. The media is opened in the background;
     * the player is {@link Status#UNKNOWN} until it becomes {@link Status#READY} (or {@link Status#HALTED}).
     *
     * @param source what to play
     * @return the new player; the caller owns it and must {@link #dispose()} it
     * @throws MediaException if GStreamer is missing, the file does not exist or cannot be read, the URI scheme is
     *                        not supported, or a custom pipeline is invalid
     */
    static MediaPlayer create(MediaSource source) {
        return create(source, PlayerOptions.defaults());
    }

    /**
     * Creates a player for the source.
     *
     * @param source  what to play
     * @param options options fixed for the life of the player
     * @return the new player; the caller owns it and must {@link #dispose()} it
     * @throws MediaException       if GStreamer is missing, the file does not exist or cannot be read, the URI
     *                              scheme is not supported, or a custom pipeline is invalid
     * @throws IllegalStateException if the library's {@link MediaPlayerProvider} is missing (its jar was repackaged
     *                              without {@code META-INF/services})
     */
    static MediaPlayer create(MediaSource source, PlayerOptions options) {
        return PlayerProviderLookup.provider().create(source, options);
    }

    /**
     * Returns what this player plays.
     *
     * @return the source
     */
    MediaSource getSource();

    /**
     * Returns the status last announced on the EDT, or {@link Status#DISPOSED} once {@link #dispose()} has returned.
     *
     * @return the status
     */
    Status getStatus();

    /**
     * Returns the playback position last announced on the EDT (updated about ten times a second while playing, and
     * after every seek and step).
     *
     * @return the position from the start of the media, never {@code null}
     */
    Duration getCurrentTime();

    /**
     * Returns how full a network stream's buffer is, as last announced on the EDT. While it is below 100 after
     * playback began, the player is {@link Status#STALLED}: it waits for the buffer and plays on by itself when it is
     * full. Files and live sources do not buffer and stay at 100.
     *
     * @return percent, 0 to 100
     */
    default int getBufferLevel() {
        return 100;
    }

    /**
     * Returns the fatal error that halted this player.
     *
     * @return the error, or empty if the player is not {@link Status#HALTED}
     */
    Optional<MediaException> getError();

    /**
     * Returns the playback commands.
     *
     * @return the controls, the same object on every call
     */
    PlaybackControls controls();

    /**
     * Returns the tracks and captions: which audio and subtitle tracks the media has, which play, and the caption
     * shown now. The default, for players that have no tracks to offer, lists none and refuses every choice.
     *
     * @return the track controls, the same object on every call
     */
    default TrackControls tracks() {
        return NoTracks.INSTANCE;
    }

    /**
     * Returns the chapter navigation: the chapter playing now, and seeks to the next, previous or a chosen chapter.
     *
     * @return chapter controls over this player; they hold no state, so any call may return a new object
     */
    default ChapterControls chapters() {
        return new ChapterNavigator(this);
    }

    /**
     * Returns pictures of this player's media at any time, decoded apart from playback: seek-bar previews, strips,
     * and the current frame at full resolution. The default, for players that make none, refuses every request.
     *
     * @return the thumbnails of this player, the same object on every call
     */
    default Thumbnails thumbnails() {
        return Thumbnails.unavailable(getClass().getName() + " makes no thumbnails");
    }

    /**
     * Returns the audio commands.
     *
     * @return the audio controls, the same object on every call
     */
    AudioControls audio();

    /**
     * Returns what is known about the media.
     *
     * @return the media information, the same live view on every call
     */
    MediaInfo media();

    /**
     * Returns the listener registry.
     *
     * @return the events, the same object on every call
     */
    PlayerEvents events();

    /**
     * Returns the frame counters.
     *
     * @return the statistics, the same live view on every call
     */
    PlaybackStatistics statistics();

    /**
     * Stops playback and releases everything the player holds: the pipeline is set to {@code NULL}, the control and
     * frame threads are stopped and joined, native resources are freed, and the status becomes
     * {@link Status#DISPOSED}. Idempotent: a call made while another thread disposes returns when that one has
     * finished. May be called from any thread, including from a listener. Waits at most
     * a few seconds for GStreamer; a pipeline that does not stop in time is logged and abandoned rather than
     * blocking the caller forever.
     */
    void dispose();

    /** Same as {@link #dispose()}, so a player can be used in try-with-resources. */
    @Override
    default void close() {
        dispose();
    }
}
