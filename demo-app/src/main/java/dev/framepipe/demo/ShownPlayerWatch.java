package dev.framepipe.demo;

import java.util.Set;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Registration;
import dev.framepipe.player.swing.VideoComponent;

/**
 * Follows the player a video component shows, for what must stay in step with it (menus, enabled actions): says when
 * the component shows another player, and when the player shown changes one of a few properties. Its listener on a
 * player is removed when the component shows another. Event dispatch thread only.
 */
final class ShownPlayerWatch {
    private final VideoComponent video;
    private final Runnable newPlayer;
    private final Runnable propertyChanged;
    private final Set<String> properties;
    private Registration playerListener;

    private ShownPlayerWatch(VideoComponent video, Runnable newPlayer, Runnable propertyChanged,
                             Set<String> properties) {
        this.video = video;
        this.newPlayer = newPlayer;
        this.propertyChanged = propertyChanged;
        this.properties = properties;
    }

    /**
     * Starts following; it lasts as long as the component.
     *
     * @param video           the component
     * @param newPlayer       run now, and whenever the component shows another player or none
     * @param propertyChanged run whenever the player shown changes one of the properties
     * @param properties      names of the player's properties, from {@code PlayerProperties}
     */
    static void install(VideoComponent video, Runnable newPlayer, Runnable propertyChanged, String... properties) {
        ShownPlayerWatch watch = new ShownPlayerWatch(video, newPlayer, propertyChanged, Set.of(properties));
        video.addPropertyChangeListener(VideoComponent.MEDIA_PLAYER_PROPERTY, event -> watch.follow());
        watch.follow();
    }

    private void follow() {
        if (playerListener != null) {
            playerListener.close();
            playerListener = null;
        }
        MediaPlayer player = video.getMediaPlayer();
        if (player != null) {
            playerListener = player.events().addPropertyChangeListener(event -> {
                if (properties.contains(event.getPropertyName())) {
                    propertyChanged.run();
                }
            });
        }
        newPlayer.run();
    }
}
