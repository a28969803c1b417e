package dev.framepipe.player.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Figures of the whole process from Linux's {@code /proc/self/status}: they count GStreamer's native memory and
 * threads as well as the JVM's.
 */
public final class ProcessStatus {
    private ProcessStatus() {
    }

    /**
     * Returns the resident set size ({@code VmRSS}).
     *
     * @return kilobytes
     */
    public static long residentKilobytes() {
        return field("VmRSS:");
    }

    /**
     * Returns how many native threads the process has, Java's included ({@code Threads}).
     *
     * @return the count
     */
    public static int threads() {
        return (int) field("Threads:");
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no " + name + " in /proc/self/status");
    }
}
