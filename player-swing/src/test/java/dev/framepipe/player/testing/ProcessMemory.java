package dev.framepipe.player.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import com.sun.jna.Native;
import com.sun.jna.Structure;

/**
 * What a process holds, read from Linux ({@code /proc}) and glibc: resident memory, its peak, native threads,
 * native memory in use by {@code malloc}, CPU time, and the X server's resident memory.
 *
 * <p>Why {@code malloc}: JNA's {@code Memory} has no global counter, but it allocates with {@code malloc}, as do
 * GStreamer (through GLib) and the JVM's own native structures. glibc's {@code mallinfo2} adds up the bytes in use
 * over every arena, so a leak of JNA memory, of GStreamer buffers or of anything else allocated natively shows in
 * it, without the page-level noise of the resident set (freed memory that the allocator keeps for reuse is not
 * counted). It does not say whose bytes they are: the library's own counters ({@code LiveResources}) do that.
 *
 * <p>All values are -1 where they cannot be read (another operating system, another C library).
 */
public final class ProcessMemory {
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final Path SELF = Paths.get("/proc/self");

    private ProcessMemory() {
    }

    /**
     * Returns this process's resident set.
     *
     * @return bytes, or -1
     */
    public static long residentBytes() {
        return statusBytes(SELF, "VmRSS");
    }

    /**
     * Returns the peak of this process's resident set since it started.
     *
     * @return bytes, or -1
     */
    public static long peakResidentBytes() {
        return statusBytes(SELF, "VmHWM");
    }

    /**
     * Returns the number of native threads of this process: Java threads and GStreamer's streaming threads alike.
     *
     * @return the count, or -1
     */
    public static long nativeThreads() {
        return statusValue(SELF, "Threads");
    }

    /**
     * Returns the bytes {@code malloc} has handed out and not yet got back, over all arenas and large mappings.
     *
     * @return bytes, or -1 without glibc 2.33 or newer
     */
    public static long mallocInUse() {
        try {
            MallInfo2 info = CLibrary.mallinfo2();
            return info.uordblks + info.hblkhd;
        } catch (LinkageError e) {
            return -1;
        }
    }

    /**
     * Returns the heap in use after full collections, so that only live objects remain.
     *
     * @return bytes
     */
    public static long heapAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Returns the heap in use now, garbage included (no collection).
     *
     * @return bytes
     */
    public static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Returns the CPU time another process has used, user plus system (for this JVM the operating system bean
     * is more precise).
     *
     * @param pid the process
     * @return milliseconds (10 ms resolution), or -1
     */
    public static long cpuMillis(long pid) {
        if (pid < 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of proc(5): utime and stime, in clock ticks.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Returns a process's resident set.
     *
     * @param pid the process
     * @return bytes, or -1
     */
    public static long residentBytes(long pid) {
        return pid < 0 ? -1 : statusBytes(Paths.get("/proc", Long.toString(pid)), "VmRSS");
    }

    /**
     * Finds the X server this process draws on: the {@code Xvfb} (or {@code Xorg}) process whose arguments name the
     * display in {@code DISPLAY}. Java2D draws through XRender, so images and scaling live in that process.
     *
     * @return its pid, or -1 if there is none on this machine
     */
    public static long xServerPid() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isEmpty()) {
            return -1;
        }
        String number = display.substring(display.indexOf(':'));
        int dot = number.indexOf('.');
        String name = dot < 0 ? number : number.substring(0, dot);
        try (Stream<Path> processes = Files.list(Paths.get("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> isXServerFor(p, name)).mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isXServerFor(Path process, String display) {
        try {
            List<String> arguments = List.of(new String(Files.readAllBytes(process.resolve("cmdline")),
                    StandardCharsets.UTF_8).split("\0"));
            String program = arguments.isEmpty() ? "" : Paths.get(arguments.get(0)).getFileName().toString();
            return (program.equals("Xvfb") || program.equals("Xorg")) && arguments.contains(display);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long statusBytes(Path process, String key) {
        long kb = statusValue(process, key);
        return kb < 0 ? -1 : kb * 1024;
    }

    private static long statusValue(Path process, String key) {
        try {
            for (String line : Files.readAllLines(process.resolve("status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** glibc's {@code struct mallinfo2} (glibc 2.33 and newer): ten {@code size_t} counters. */
    @Structure.FieldOrder({"arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
            "fordblks", "keepcost"})
    public static class MallInfo2 extends Structure implements Structure.ByValue {
        /** Non-mmapped space allocated (bytes). */
        public long arena;
        /** Number of free chunks. */
        public long ordblks;
        /** Number of free fastbin blocks. */
        public long smblks;
        /** Number of mmapped regions. */
        public long hblks;
        /** Space allocated in mmapped regions (bytes). */
        public long hblkhd;
        /** Unused, always 0. */
        public long usmblks;
        /** Space in freed fastbin blocks (bytes). */
        public long fsmblks;
        /** Total allocated space (bytes). */
        public long uordblks;
        /** Total free space (bytes). */
        public long fordblks;
        /** Top-most, releasable space (bytes). */
        public long keepcost;
    }

    /** The C library, direct-mapped. */
    private static final class CLibrary {
        static {
            Native.register(CLibrary.class, "c");
        }

        static native MallInfo2 mallinfo2();
    }
}
