package dev.framepipe.player;

/**
 * A listener registration; closing it removes the listener. Closing twice is harmless.
 *
 * <p>Tie a registration to the life of whatever registered it (an IDE plugin's {@code Disposable}, a window), so a
 * listener never outlives its owner.
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    /** Removes the listener. Idempotent; may be called from any thread. */
    @Override
    void close();
}
