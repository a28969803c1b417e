package dev.framepipe.player.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, so no test hangs: on time-out it fails with a description of the state. */
public final class Await {
    private Await() {
    }

    /**
     * Polls until the condition holds.
     *
     * @param timeout   the longest wait
     * @param condition the condition
     * @param state     describes the current state for the failure message
     * @throws AssertionError if the condition does not hold in time
     */
    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms; " + state.get());
            }
            sleep(5);
        }
    }

    /**
     * Sleeps without checked exceptions.
     *
     * @param millis how long
     */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
