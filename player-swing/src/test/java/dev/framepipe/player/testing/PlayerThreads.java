package dev.framepipe.player.testing;

import java.util.List;
import java.util.stream.Collectors;

/** Finds the threads players run, to prove that disposing a player leaves nothing running. */
public final class PlayerThreads {
    private PlayerThreads() {
    }

    /**
     * Returns the names of live player threads (control and frame threads).
     *
     * @return the names
     */
    public static List<String> live() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("framepipe-control-") || name.startsWith("framepipe-frames-"))
                .sorted().collect(Collectors.toList());
    }
}
