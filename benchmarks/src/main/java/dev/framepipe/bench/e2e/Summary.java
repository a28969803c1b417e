package dev.framepipe.bench.e2e;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The side-by-side tables, one per cell of the matrix (a clip in a window), as Markdown: medians over the runs (CPU
 * also with its range), and ratios against the floor and against vlcj from the same runs.
 */
final class Summary {
    private Summary() {
    }

    /**
     * Formats the tables.
     *
     * @param results every run
     * @param cells   the cells
     * @param runs    runs per player and cell
     * @return the text
     */
    static String format(List<RunResult> results, List<SideBySide.Cell> cells, int runs) {
        StringBuilder text = new StringBuilder();
        for (SideBySide.Cell cell : cells) {
            BenchClips.Clip clip = cell.clip;
            text.append(String.format(Locale.ROOT, "### %s (%d frames, %d s), median of %d runs%n%n",
                    cell.name(), clip.frames, clip.millis / 1000, runs));
            text.append("| player | shown | dropped (own count) | CPU ms/frame JVM+X [min-max] | JVM | X server "
                    + "| x floor | x vlcj | first frame ms | x vlcj | peak RSS MB | x vlcj | RSS growth MB "
                    + "| heap growth MB | alloc MB/s | above floor |\n");
            text.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            List<RunResult> floor = runs(results, cell, "floor");
            List<RunResult> vlcj = runs(results, cell, "vlcj");
            for (String player : List.of("framepipe", "vlcj", "naive", "floor", "floor-nv12")) {
                if (results.stream().noneMatch(r -> r.player.equals(player))) {
                    continue;
                }
                List<RunResult> own = runs(results, cell, player);
                if (own.isEmpty()) {
                    text.append("| ").append(player).append(" | no complete run |\n");
                    continue;
                }
                double cpu = median(own, RunResult::cpuPerFrame);
                double rss = median(own, RunResult::peakRssMb);
                double firstFrame = median(own, RunResult::firstFrameMillis);
                boolean timed = own.stream().allMatch(r -> r.firstFrameMillis() >= 0);
                text.append(String.format(Locale.ROOT, "| %s | %.0f/%d | %s | **%.2f** [%.2f-%.2f] | %.2f | %.2f "
                                + "| %s | %s | %s | %s | %.0f | %s | %+.1f | %+.1f | %.2f | %s |%n", player,
                        median(own, r -> r.shown()), clip.frames, dropped(own), cpu,
                        own.stream().mapToDouble(RunResult::cpuPerFrame).min().orElse(0),
                        own.stream().mapToDouble(RunResult::cpuPerFrame).max().orElse(0),
                        median(own, RunResult::jvmCpuPerFrame), median(own, RunResult::xServerCpuPerFrame),
                        ratio(cpu, floor, RunResult::cpuPerFrame), ratio(cpu, vlcj, RunResult::cpuPerFrame),
                        timed ? String.format(Locale.ROOT, "%.0f", firstFrame) : "n/a",
                        timed && vlcj.stream().allMatch(r -> r.firstFrameMillis() >= 0)
                                ? ratio(firstFrame, vlcj, RunResult::firstFrameMillis) : "n/a", rss,
                        ratio(rss, vlcj, RunResult::peakRssMb), median(own, RunResult::rssGrowthMb),
                        median(own, RunResult::heapGrowthMb), median(own, RunResult::allocationMbPerSecond),
                        difference(median(own, RunResult::allocationMbPerSecond), floor,
                                RunResult::allocationMbPerSecond)));
            }
            text.append('\n');
        }
        text.append("CPU: this JVM plus its X server over play..end of clip, per frame shown. First frame: from "
                + "the start of opening (the player's library not yet loaded in this fresh JVM) to the first "
                + "frame shown (Framepipe paused; vlcj playing, as it shows no frame paused at the start; n/a: "
                + "the floor and the naive player show none before playing). Floor: GStreamer decoding alone in a "
                + "JVM (frames reaching a fakesink in time); floor-nv12 adds the conversion to NV12. RSS growth: "
                + "from a quarter of the clip to its end. Heap growth: heap after full GC after the clip minus "
                + "before it. dropped: the player's own count (-1: it has none). Allocation above floor: the "
                + "player's rate minus the floor's, which is the measuring probe's and the JVM's own, the same in "
                + "every player's JVM.\n");
        return text.toString();
    }

    private static List<RunResult> runs(List<RunResult> results, SideBySide.Cell cell, String player) {
        return results.stream().filter(r -> r.isComplete() && r.clip.equals(cell.name()) && r.player.equals(player))
                .collect(Collectors.toList());
    }

    private static String dropped(List<RunResult> runs) {
        return runs.stream().map(r -> Long.toString(r.dropped())).collect(Collectors.joining(", "));
    }

    private static double median(List<RunResult> runs, ToDoubleFunction<RunResult> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String difference(double value, List<RunResult> reference, ToDoubleFunction<RunResult> measure) {
        return reference.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%+.2f", value - median(reference, measure));
    }

    private static String ratio(double value, List<RunResult> reference, ToDoubleFunction<RunResult> measure) {
        return reference.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f", value / median(reference, measure));
    }
}
