package dev.framepipe.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The memory figures a user watches to see that playback does not leak: the Java heap in use and the process's
 * resident set (which includes GStreamer's native buffers and the graphics memory the JVM maps).
 */
final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final String RSS = "VmRSS:";

    private ProcessMemory() {
    }

    /**
     * Returns the heap in use.
     *
     * @return bytes
     */
    static long heapUsed() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * Returns the most the heap may grow to.
     *
     * @return bytes
     */
    static long heapMax() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * Returns the process's resident set size, from {@code /proc/self/status}.
     *
     * @return bytes, or empty where there is no {@code /proc} (macOS, Windows)
     */
    static OptionalLong residentBytes() {
        if (!Files.isReadable(STATUS)) {
            return OptionalLong.empty();
        }
        try {
            return parseResident(Files.readAllLines(STATUS, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Reads the {@code VmRSS} line of a {@code /proc/PID/status} file.
     *
     * @param lines the file's lines
     * @return bytes, or empty if there is no such line
     */
    static OptionalLong parseResident(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith(RSS)) {
                String[] parts = line.substring(RSS.length()).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
            }
        }
        return OptionalLong.empty();
    }
}
