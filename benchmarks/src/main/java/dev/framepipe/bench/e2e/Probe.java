package dev.framepipe.bench.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

import dev.framepipe.player.testing.ProcessMemory;

/**
 * Measures one player in its own JVM over the measurement window, from just before {@code play} to the end of the
 * clip, and prints what it measured on standard output for {@link SideBySide} to read:
 *
 * <ul>
 * <li>CPU: this JVM's ({@code getProcessCpuTime}) plus the X server's ({@code /proc/<pid>/stat}) over the window.
 *     Java2D draws through XRender, so a player's scaling and uploads are partly the X server's work.</li>
 * <li>Allocation: the JVM's total bytes allocated by all threads, ended ones included, over the window.</li>
 * <li>Memory: resident set at a quarter of the clip and at the end, its peak ({@code VmHWM}, whole process
 *     life), and heap after full collections just before and just after the window (outside it, so the
 *     collections cost the window nothing).</li>
 * <li>A sample every {@link #SAMPLE_MILLIS} ms of frames shown, resident set and heap in use, for the chart.</li>
 * <li>With {@code -Dbench.profile.file}, a CPU profile of the window ({@link WindowProfile}).</li>
 * </ul>
 */
final class Probe {
    static final long SAMPLE_MILLIS = 250;
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final LongSupplier shown;
    private final long clipMillis;
    private final long xServer = ProcessMemory.xServerPid();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "probe-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private long heapBefore;
    private long startNanos;
    private long cpuStart;
    private long xServerStart;
    private long allocatedStart;
    private long shownStart;
    private volatile long rssQuarter = -1;
    private WindowProfile profile;

    /**
     * Creates a probe.
     *
     * @param shown      counts the frames the player has shown so far
     * @param clipMillis the clip's length, for the quarter mark
     */
    Probe(LongSupplier shown, long clipMillis) {
        this.shown = shown;
        this.clipMillis = clipMillis;
    }

    /** Opens the window: call right before {@code play}. */
    void start() {
        heapBefore = ProcessMemory.heapAfterGc();
        shownStart = shown.getAsLong();
        xServerStart = ProcessMemory.cpuMillis(xServer);
        allocatedStart = THREADS.getTotalThreadAllocatedBytes();
        profile = WindowProfile.startIfAsked();
        cpuStart = OS.getProcessCpuTime();
        startNanos = System.nanoTime();
        sampler.scheduleAtFixedRate(this::sample, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
        long rss = ProcessMemory.residentBytes();
        if (rssQuarter < 0 && elapsed >= clipMillis / 4) {
            rssQuarter = rss;
        }
        System.out.printf(Locale.ROOT, "SAMPLE ms=%d shown=%d rss=%d heap=%d%n", elapsed, shown.getAsLong(), rss,
                ProcessMemory.heapUsed());
    }

    /**
     * Closes the window at the end of the clip and prints the result line.
     *
     * @param player  the player's name
     * @param clip    the clip's name
     * @param dropped frames the player says it dropped, or -1 if it cannot say
     * @param fewest  frames shown of the stream that showed fewest (for one stream, all frames shown)
     * @param firstFrameMillis milliseconds from opening to the first frame shown, or -1 if not measured
     */
    void end(String player, String clip, long dropped, long fewest, long firstFrameMillis) {
        long cpu = OS.getProcessCpuTime() - cpuStart;
        long wall = System.nanoTime() - startNanos;
        long xServerCpu = xServer < 0 ? 0 : ProcessMemory.cpuMillis(xServer) - xServerStart;
        long allocated = THREADS.getTotalThreadAllocatedBytes() - allocatedStart;
        long frames = shown.getAsLong() - shownStart;
        long rssEnd = ProcessMemory.residentBytes();
        sampler.shutdownNow();
        if (profile != null) {
            try {
                profile.stopAndWrite();
            } catch (IOException e) {
                System.out.println("ERROR no profile: " + e.getMessage());
            }
        }
        long heapAfter = ProcessMemory.heapAfterGc();
        System.out.printf(Locale.ROOT, "RESULT player=%s clip=%s shown=%d fewest=%d dropped=%d wall_ms=%d "
                        + "jvm_cpu_ms=%d xserver_cpu_ms=%d allocated=%d rss_quarter=%d rss_end=%d rss_peak=%d "
                        + "heap_before=%d heap_after=%d first_frame_ms=%d%n", player, clip, frames, fewest, dropped,
                wall / 1_000_000,
                cpu / 1_000_000,
                xServerCpu, allocated, rssQuarter, rssEnd, ProcessMemory.peakResidentBytes(), heapBefore,
                heapAfter, firstFrameMillis);
        System.out.flush();
    }
}
