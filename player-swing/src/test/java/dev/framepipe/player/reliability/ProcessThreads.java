package dev.framepipe.player.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's native threads (Linux {@code /proc/self/status}): GStreamer's streaming threads are among them. */
final class ProcessThreads {
    private ProcessThreads() {
    }

    /**
     * Returns how many threads the process has.
     *
     * @return the count of native threads, Java's included
     */
    static int count() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Threads:")) {
                    return Integer.parseInt(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no Threads: in /proc/self/status");
    }
}
