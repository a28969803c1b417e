package dev.framepipe.player.swing;

import java.awt.Component;
import java.awt.event.HierarchyEvent;
import java.util.function.Function;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Registration;

/**
 * A component's listeners on its player, registered only while the component is displayable (in a window that has
 * not been disposed). A player sends its position to the event dispatch thread ten times a second only while
 * someone listens, so a closed window's components stop those events, and AWT, and with it an application whose
 * windows are all closed, can end even if a player was never disposed. When the component becomes displayable
 * again (shown again, or moved to another parent), the listeners come back and the component catches up.
 *
 * <p>Event dispatch thread only.
 */
final class DisplayedSubscription {
    private final Component owner;
    private final Function<MediaPlayer, Registration> subscribe;
    private final Runnable catchUp;
    private MediaPlayer player;
    private Registration registration;

    /**
     * Follows a component's displayability.
     *
     * @param owner     the component
     * @param subscribe registers the component's listeners on a player and returns what removes them all
     * @param catchUp   brings the component up to date with its player after a time without listeners
     */
    DisplayedSubscription(Component owner, Function<MediaPlayer, Registration> subscribe, Runnable catchUp) {
        this.owner = owner;
        this.subscribe = subscribe;
        this.catchUp = catchUp;
        owner.addHierarchyListener(event -> {
            if ((event.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) != 0) {
                update();
            }
        });
    }

    /**
     * Switches to another player (or none): the listeners leave the old one at once.
     *
     * @param newPlayer the player, or {@code null}
     */
    void follow(MediaPlayer newPlayer) {
        close();
        player = newPlayer;
        update();
    }

    /**
     * Tells whether the listeners are registered now.
     *
     * @return {@code true} while there is a player and the component is displayable
     */
    boolean isListening() {
        return registration != null;
    }

    /** Removes the listeners from the player and forgets it. Idempotent. */
    void close() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
        player = null;
    }

    private void update() {
        boolean wanted = player != null && owner.isDisplayable();
        if (wanted && registration == null) {
            registration = subscribe.apply(player);
            catchUp.run();
        } else if (!wanted && registration != null) {
            registration.close();
            registration = null;
        }
    }
}
