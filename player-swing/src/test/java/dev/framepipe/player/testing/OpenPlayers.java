package dev.framepipe.player.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;

/**
 * The players a test creates, disposed after it whatever its outcome, so a failed assertion leaves no pipeline
 * playing into the next test. Register as an instance field with {@code @RegisterExtension}; thread-safe.
 */
public final class OpenPlayers implements AfterEachCallback {
    private final List<MediaPlayer> players = new CopyOnWriteArrayList<>();

    /**
     * Creates a player for a local file, to be disposed after the test (a test may dispose it sooner).
     *
     * @param media   the file
     * @param options the player's options
     * @return the player
     */
    public MediaPlayer create(Path media, PlayerOptions options) {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(media), options);
        players.add(player);
        return player;
    }

    /** Disposes every player created so far; a test that checks what disposing leaves behind calls it itself. */
    public void disposeAll() {
        players.forEach(MediaPlayer::dispose);
        players.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        disposeAll();
    }
}
