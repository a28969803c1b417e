package dev.framepipe.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import one.profiler.AsyncProfiler;

/**
 * A CPU profile of one player's measured window, taken by async-profiler inside the player's JVM when
 * {@code -Dbench.profile.file} names where to write it: every thread of the process, GStreamer's native decoder threads
 * included (the {@code itimer} event samples whichever thread is on a CPU, and needs no kernel permission), in
 * async-profiler's collapsed-stack format, one line per stack with its sample count. {@link ProfileSummary} reads it.
 */
final class WindowProfile {
    /** The system property naming the file to write; no profile when it is not set. */
    static final String FILE_PROPERTY = "bench.profile.file";
    /**
     * A sample per millisecond of CPU asked (the kernel's timer tick makes it one per 4 ms on a 250 Hz kernel), each
     * stack under its thread's name.
     */
    private static final String START = "start,event=itimer,interval=1ms,threads";

    private final AsyncProfiler profiler;
    private final Path file;

    private WindowProfile(AsyncProfiler profiler, Path file) {
        this.profiler = profiler;
        this.file = file;
    }

    /**
     * Starts profiling if the property asks for it.
     *
     * @return the running profile, or {@code null} when none was asked for
     */
    static WindowProfile startIfAsked() {
        String file = System.getProperty(FILE_PROPERTY, "");
        if (file.isEmpty()) {
            return null;
        }
        AsyncProfiler profiler = AsyncProfiler.getInstance();
        try {
            profiler.execute(START);
        } catch (IOException e) {
            throw new IllegalStateException("async-profiler did not start", e);
        }
        return new WindowProfile(profiler, Paths.get(file));
    }

    /**
     * Stops profiling and writes the collapsed stacks, thread names first.
     *
     * @throws IOException if the file cannot be written
     */
    void stopAndWrite() throws IOException {
        profiler.stop();
        String collapsed;
        try {
            collapsed = profiler.execute("collapsed");
        } catch (IllegalStateException e) {
            throw new IOException("async-profiler could not dump its samples", e);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, collapsed);
    }
}
