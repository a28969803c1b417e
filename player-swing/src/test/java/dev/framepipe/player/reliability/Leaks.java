package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.PlayerThreads;

/** What players hold right now: their threads and the library's resource counters, to compare before and after. */
final class Leaks {
    /** The counters players own; the others belong to components. */
    private static final List<LiveResources> PLAYER_RESOURCES = List.of(LiveResources.PLAYERS,
            LiveResources.PIPELINES, LiveResources.PLAYER_THREADS, LiveResources.FRAME_READERS);

    private final List<String> threads;
    private final Map<LiveResources, Integer> counts = new EnumMap<>(LiveResources.class);

    private Leaks() {
        threads = PlayerThreads.live();
        PLAYER_RESOURCES.forEach(resource -> counts.put(resource, resource.count()));
    }

    /**
     * Takes a baseline.
     *
     * @return what is held now
     */
    static Leaks baseline() {
        return new Leaks();
    }

    /**
     * Returns how many player threads were running at the baseline.
     *
     * @return the count
     */
    int threadCount() {
        return threads.size();
    }

    /**
     * Waits until players hold no more than at the baseline: the threads have ended (a thread counts itself
     * released as it ends, so this may take a moment after {@code dispose()} returned) and the counters are back.
     *
     * @param timeout the longest wait
     */
    void awaitBackToBaseline(Duration timeout) {
        Await.until(timeout, () -> new Leaks().equals(this), () -> "held now: " + new Leaks() + ", before: " + this);
        assertThat(PlayerThreads.live()).isEqualTo(threads);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Leaks && threads.equals(((Leaks) other).threads)
                && counts.equals(((Leaks) other).counts);
    }

    @Override
    public int hashCode() {
        return threads.hashCode() * 31 + counts.hashCode();
    }

    @Override
    public String toString() {
        return counts + ", threads " + threads;
    }
}
