package dev.framepipe.player.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's resident memory, which counts GStreamer's native allocations as well as the Java heap. */
public final class ResidentMemory {
    private ResidentMemory() {
    }

    /**
     * Returns the resident set size (Linux: {@code VmRSS} of {@code /proc/self/status}).
     *
     * @return kilobytes
     */
    public static long kilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
