package dev.framepipe.player.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline, so no test hangs: on time-out it fails with a description of the state.
 * With the environment variable {@code FRAMEPIPE_DUMP_THREADS} set, a time-out also prints every thread's stack,
 * which is how an intermittent hang is best diagnosed (it found the lost bus messages described in
 * {@code BusBridge}).
 */
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
                if (System.getenv("FRAMEPIPE_DUMP_THREADS") != null) {
                    Thread.getAllStackTraces().forEach((t, stack) -> {
                        System.out.println("THREAD " + t.getName() + " " + t.getState());
                        for (StackTraceElement e : stack) {
                            System.out.println("    at " + e);
                        }
                    });
                }
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
