package dev.framepipe.player;

/**
 * The service that makes the players {@link MediaPlayer#create} returns. Framepipe provides it itself (its GStreamer
 * engine, declared with {@code provides} in the module descriptor and in
 * {@code META-INF/services/dev.framepipe.player.MediaPlayerProvider} for the class path), so this API package names
 * no internal package. Applications call {@link MediaPlayer#create}; they neither implement nor look up this
 * interface, which is public only so that the library's own engine, in another package, can implement it.
 *
 * <p>Threading: {@link #create} may be called from any thread, concurrently.
 */
public interface MediaPlayerProvider {
    /**
     * Creates a player, as {@link MediaPlayer#create(MediaSource, PlayerOptions)} documents.
     *
     * @param source  what to play
     * @param options options fixed for the life of the player
     * @return the new player; the caller owns it and must dispose it
     * @throws MediaException if the source cannot be played at all
     */
    MediaPlayer create(MediaSource source, PlayerOptions options);

    /**
     * Lists the audio outputs the system has, as {@link AudioOutput#list()} documents.
     *
     * @return the outputs; none by default
     */
    default java.util.List<AudioOutput> audioOutputs() {
        return java.util.List.of();
    }

    /**
     * Examines this machine, as {@link MediaDiagnostics#run()} documents.
     *
     * @return the diagnostics; by default, only that this provider has none
     */
    default MediaDiagnostics diagnose() {
        return MediaDiagnostics.builder().problem(getClass().getName() + " has no diagnostics").build();
    }
}
