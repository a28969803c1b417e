package dev.framepipe.player.swing;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.testing.ProcessMemory;

/**
 * What the process holds at one moment of a soak: heap after full collections, resident memory, native memory in
 * use by {@code malloc} (where JNA's and GStreamer's allocations live), Java and native threads, the X server's
 * resident memory (where Java2D keeps volatile images), and the library's own resource counters.
 */
final class ResourceSample {
    private static final double MB = 1024 * 1024;

    /** Heap growth allowed at any sample, warm-up included, above the heap before the soak's players existed. */
    static final long HEAP_CEILING = 24 * 1024 * 1024;
    /**
     * Growth allowed after warm-up, in bytes, from the first three samples after warm-up to the latest three (their
     * medians; for the heap and malloc, their lowest): fixed bounds, not a share of anything that grows. malloc's
     * samples move in plateaus 10 to 22 MB apart within one soak, old code and new alike, so its bound is above the
     * widest plateau step: at 16 MB a soak on Temurin 25 failed on one step of 16.1 MB (64.9 MB for three samples,
     * then 80.9 MB for three), with nothing else moving. A leak keeps climbing past it; the heap, RSS and thread
     * bounds stay where they were.
     */
    static final long HEAP_BOUND = 4 * 1024 * 1024;
    static final long MALLOC_BOUND = 24 * 1024 * 1024;
    static final long RSS_BOUND = 16 * 1024 * 1024;
    static final long X_SERVER_BOUND = 8 * 1024 * 1024;
    /** Native threads allowed above the warm-up count: GStreamer's thread pools keep a few idle threads. */
    static final long NATIVE_THREAD_BOUND = 4;

    final long frames;
    final long heapAfterGc;
    final long rss;
    final long malloc;
    final long nonHeap;
    final long javaThreads;
    final long nativeThreads;
    final long xServerRss;
    final Map<LiveResources, Integer> live = new EnumMap<>(LiveResources.class);

    private ResourceSample(long frames, long xServerPid) {
        this.frames = frames;
        heapAfterGc = ProcessMemory.heapAfterGc();
        rss = ProcessMemory.residentBytes();
        malloc = ProcessMemory.mallocInUse();
        nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getUsed();
        javaThreads = Thread.activeCount();
        nativeThreads = ProcessMemory.nativeThreads();
        xServerRss = ProcessMemory.residentBytes(xServerPid);
        for (LiveResources resource : LiveResources.values()) {
            live.put(resource, resource.count());
        }
    }

    /**
     * Takes a sample (two full collections first).
     *
     * @param frames     frames played so far
     * @param xServerPid the X server, or -1
     * @return the sample
     */
    static ResourceSample take(long frames, long xServerPid) {
        return new ResourceSample(frames, xServerPid);
    }

    /**
     * Lists how the process grew beyond the bounds between two windows of consecutive samples. Each window is taken
     * at its median (the heap at its lowest), so a sample that happens to fall on a player opening or a compilation
     * does not count, while a leak, which stays, does.
     *
     * @param baseline the first samples after warm-up
     * @param recent   the latest samples
     * @return one line per bound exceeded; empty when within bounds
     */
    static List<String> growth(List<ResourceSample> baseline, List<ResourceSample> recent) {
        List<String> found = new ArrayList<>();
        // The heap at its lowest: a sample taken while a replaced renderer's buffers are still reachable (9 MB at
        // 1080p, for a moment after a player change or a resize) lifts that sample only; a leak lifts every one.
        bound(found, "heap after GC", lowest(recent, s -> s.heapAfterGc) - lowest(baseline, s -> s.heapAfterGc),
                HEAP_BOUND);
        // malloc at its lowest too: its samples move in plateaus (31 to 53 MB within one soak, lasting several
        // samples), and a median of three failed on that alone; a leak lifts every sample.
        bound(found, "malloc in use", lowest(recent, s -> s.malloc) - lowest(baseline, s -> s.malloc), MALLOC_BOUND);
        bound(found, "RSS", median(recent, s -> s.rss) - median(baseline, s -> s.rss), RSS_BOUND);
        if (recent.get(0).xServerRss >= 0) {
            bound(found, "X server RSS", median(recent, s -> s.xServerRss) - median(baseline, s -> s.xServerRss),
                    X_SERVER_BOUND);
        }
        long threads = median(recent, s -> s.nativeThreads) - median(baseline, s -> s.nativeThreads);
        if (threads > NATIVE_THREAD_BOUND) {
            found.add(String.format(Locale.ROOT, "native threads grew by %d (bound %d)", threads,
                    NATIVE_THREAD_BOUND));
        }
        return found;
    }

    private static long lowest(List<ResourceSample> samples, ToLongFunction<ResourceSample> value) {
        return samples.stream().mapToLong(value).min().orElseThrow();
    }

    private static long median(List<ResourceSample> samples, ToLongFunction<ResourceSample> value) {
        long[] values = samples.stream().mapToLong(value).sorted().toArray();
        return values[values.length / 2];
    }

    /**
     * Lists how this sample exceeds what holds at every sample, warm-up included: the heap ceiling (which catches a
     * fast leak before it exhausts the JVM) and the library's counters.
     *
     * @param start the sample before the soak's players existed
     * @return one line per bound exceeded
     */
    List<String> violations(ResourceSample start) {
        List<String> found = new ArrayList<>();
        if (heapAfterGc - start.heapAfterGc > HEAP_CEILING) {
            found.add(String.format(Locale.ROOT, "heap after GC grew by %.1f MB since the start (ceiling %.0f MB)",
                    (heapAfterGc - start.heapAfterGc) / MB, HEAP_CEILING / MB));
        }
        // One player plays at any time: one of each per-player resource, at most three frame images and one
        // volatile image for the one component.
        limit(found, start, LiveResources.PLAYERS, 1);
        limit(found, start, LiveResources.PIPELINES, 1);
        limit(found, start, LiveResources.PLAYER_THREADS, 2);
        limit(found, start, LiveResources.FRAME_READERS, 1);
        limit(found, start, LiveResources.FRAME_BUFFERS, 3);
        limit(found, start, LiveResources.VOLATILE_IMAGES, 1);
        limit(found, start, LiveResources.PIXEL_BUFFER_POOLS, 0);
        return found;
    }

    /**
     * Lists the library's counters that differ from a sample: after everything is disposed they must be back.
     *
     * @param start the sample before the soak
     * @return one line per counter that differs
     */
    List<String> liveDifferences(ResourceSample start) {
        List<String> found = new ArrayList<>();
        for (LiveResources resource : LiveResources.values()) {
            limit(found, start, resource, 0);
        }
        return found;
    }

    private void limit(List<String> found, ResourceSample start, LiveResources resource, int most) {
        int held = live.get(resource) - start.live.get(resource);
        if (held > most || held < 0) {
            found.add(resource + " held: " + held + " (expected 0.." + most + ")");
        }
    }

    private static void bound(List<String> found, String what, long growth, long bound) {
        if (growth > bound) {
            found.add(String.format(Locale.ROOT, "%s grew by %.1f MB (bound %.0f MB)", what, growth / MB,
                    bound / MB));
        }
    }

    /**
     * Returns the header of {@link #row}.
     *
     * @return column names
     */
    static String header() {
        return String.format(Locale.ROOT, "%8s %9s %9s %9s %9s %9s %6s %6s %6s  %s", "frames", "heap MB", "RSS MB",
                "malloc MB", "nonheapMB", "Xvfb MB", "jthr", "nthr", "vimg", "live counters");
    }

    /**
     * Formats the sample as a table row.
     *
     * @return the row
     */
    String row() {
        return String.format(Locale.ROOT, "%8d %9.2f %9.1f %9.2f %9.1f %9.1f %6d %6d %6d  %s", frames,
                heapAfterGc / MB, rss / MB, malloc / MB, nonHeap / MB, xServerRss / MB, javaThreads, nativeThreads,
                live.get(LiveResources.VOLATILE_IMAGES), live);
    }
}
