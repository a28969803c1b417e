package dev.framepipe.player.reliability;

import java.util.function.Consumer;

import dev.framepipe.player.MediaPlayer;

/** What a test does to a player in a {@link Playthrough}: while it plays, and once it settled. */
interface Scenario {
    /** Plays the input and nothing else. */
    Scenario NONE = new Scenario() {
    };

    /**
     * Called on the test thread right after {@code play()}; may wait for frames and then break something.
     *
     * @param player the player
     */
    default void whilePlaying(MediaPlayer player) {
    }

    /**
     * Called once the player settled, before it is disposed.
     *
     * @param player the player
     */
    default void settled(MediaPlayer player) {
    }

    /**
     * A scenario that acts while the player plays.
     *
     * @param action what to do
     * @return the scenario
     */
    static Scenario whilePlaying(Consumer<MediaPlayer> action) {
        return new Scenario() {
            @Override
            public void whilePlaying(MediaPlayer player) {
                action.accept(player);
            }
        };
    }

    /**
     * A scenario that looks at the settled player.
     *
     * @param check what to check
     * @return the scenario
     */
    static Scenario onceSettled(Consumer<MediaPlayer> check) {
        return new Scenario() {
            @Override
            public void settled(MediaPlayer player) {
                check.accept(player);
            }
        };
    }
}
