package dev.framepipe.player;

/**
 * The life-cycle status of a {@link MediaPlayer}, following JavaFX's {@code MediaPlayer.Status}.
 *
 * <p>Transitions (anything else does not happen):
 * <table>
 *   <caption>Status transitions</caption>
 *   <tr><th>from</th><th>to</th><th>when</th></tr>
 *   <tr><td>{@code UNKNOWN}</td><td>{@code READY}</td><td>the media is opened and its first frame is ready</td></tr>
 *   <tr><td>{@code READY}, {@code PAUSED}, {@code STOPPED}</td><td>{@code PLAYING}</td><td>{@code play()}</td></tr>
 *   <tr><td>{@code READY}, {@code PLAYING}, {@code STALLED}, {@code STOPPED}</td><td>{@code PAUSED}</td>
 *       <td>{@code pause()}, a frame step, or the end of the last cycle</td></tr>
 *   <tr><td>{@code READY}, {@code PLAYING}, {@code PAUSED}, {@code STALLED}</td><td>{@code STOPPED}</td>
 *       <td>{@code stop()}: paused at the start time</td></tr>
 *   <tr><td>{@code PLAYING}</td><td>{@code STALLED}</td><td>a network stream is buffering</td></tr>
 *   <tr><td>{@code READY}, {@code PAUSED}, {@code STOPPED}</td><td>{@code STALLED}</td>
 *       <td>{@code play()} while a network stream is buffering</td></tr>
 *   <tr><td>{@code STALLED}</td><td>{@code PLAYING}</td><td>buffering finished</td></tr>
 *   <tr><td>{@code PLAYING}, {@code STALLED}</td><td>{@code RECONNECTING}</td><td>a live stream dropped (see
 *       {@link StreamOptions#withReconnect})</td></tr>
 *   <tr><td>{@code RECONNECTING}</td><td>{@code PLAYING}</td><td>the stream plays again</td></tr>
 *   <tr><td>{@code RECONNECTING}</td><td>{@code PAUSED}, {@code STOPPED}</td><td>{@code pause()}, {@code stop()}:
 *       no more attempts until {@code play()}</td></tr>
 *   <tr><td>any but {@code DISPOSED}</td><td>{@code HALTED}</td><td>a fatal error (for a live stream, after the
 *       last reconnect attempt failed); see {@link MediaPlayer#getError()}</td></tr>
 *   <tr><td>any</td><td>{@code DISPOSED}</td><td>{@link MediaPlayer#dispose()}</td></tr>
 * </table>
 *
 * <p>{@code HALTED} and {@code DISPOSED} are final: a halted player only accepts {@code dispose()}; create a new
 * player to try again.
 */
public enum Status {
    /** The player was created and is opening the media. Commands issued now take effect at {@link #READY}. */
    UNKNOWN,
    /** The media is open, its first frame decoded, and nothing has been played yet. */
    READY,
    /** Paused: the current frame stays on screen. */
    PAUSED,
    /** Playing. */
    PLAYING,
    /** Stopped: paused at the start time, as after {@code stop()}. */
    STOPPED,
    /** Playing, but waiting for a network stream to buffer. */
    STALLED,
    /**
     * Playing a live stream that dropped: the last frame stays on screen while the player connects again, with
     * waits in between; {@link MediaPlayerListener#reconnecting} tells each attempt.
     */
    RECONNECTING,
    /** A fatal error happened; the player can only be disposed. */
    HALTED,
    /** The player was disposed and holds no resources. Terminal. */
    DISPOSED;

    /**
     * Tells whether this status is final: nothing but {@code dispose()} has an effect any more.
     *
     * @return {@code true} for {@link #HALTED} and {@link #DISPOSED}
     */
    public boolean isFinal() {
        return this == HALTED || this == DISPOSED;
    }
}
