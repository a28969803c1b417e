package dev.framepipe.bench.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one player's JVM printed: its {@code RESULT} line and its {@code SAMPLE} lines ({@link Probe}). */
final class RunResult {
    private static final double MB = 1024 * 1024;

    final String player;
    final String clip;
    final int run;
    final List<double[]> samples = new ArrayList<>();
    private final Map<String, Long> values = new HashMap<>();

    private RunResult(String player, String clip, int run) {
        this.player = player;
        this.clip = clip;
        this.run = run;
    }

    /**
     * Reads a player's output.
     *
     * @param player the player
     * @param clip   the clip's name
     * @param run    the run's number
     * @param output the lines the player printed
     * @return the result; {@link #isComplete()} says whether the player got to the end
     */
    static RunResult parse(String player, String clip, int run, List<String> output) {
        RunResult result = new RunResult(player, clip, run);
        for (String line : output) {
            Map<String, Long> sample = line.startsWith("SAMPLE ") ? fields(line) : Map.of();
            // A sample line cut by a native library writing to the same stream (libvlc does) is left out.
            if (sample.keySet().containsAll(List.of("shown", "rss", "heap"))) {
                result.samples.add(new double[] {sample.get("shown"), sample.get("rss") / MB,
                        sample.get("heap") / MB});
            } else if (line.startsWith("RESULT ")) {
                result.values.putAll(fields(line));
            }
        }
        return result;
    }

    private static Map<String, Long> fields(String line) {
        Map<String, Long> fields = new HashMap<>();
        for (String field : line.split(" ")) {
            int equals = field.indexOf('=');
            if (equals > 0 && field.substring(equals + 1).matches("-?\\d+")) {
                fields.put(field.substring(0, equals), Long.parseLong(field.substring(equals + 1)));
            }
        }
        return fields;
    }

    boolean isComplete() {
        return values.containsKey("shown") && values.get("shown") > 0;
    }

    long shown() {
        return values.get("shown");
    }

    /**
     * Returns the frames shown of the stream that showed fewest.
     *
     * @return the count; all frames shown for a player of one stream
     */
    long fewest() {
        return values.getOrDefault("fewest", shown());
    }

    /** Milliseconds from opening to the first frame shown, or -1 if the player did not measure it. */
    double firstFrameMillis() {
        return values.getOrDefault("first_frame_ms", -1L);
    }

    long dropped() {
        return values.get("dropped");
    }

    /** JVM plus X server CPU per frame shown, in ms. */
    double cpuPerFrame() {
        return (values.get("jvm_cpu_ms") + values.get("xserver_cpu_ms")) / (double) shown();
    }

    double jvmCpuPerFrame() {
        return values.get("jvm_cpu_ms") / (double) shown();
    }

    double xServerCpuPerFrame() {
        return values.get("xserver_cpu_ms") / (double) shown();
    }

    double peakRssMb() {
        return values.get("rss_peak") / MB;
    }

    /** Resident set growth from a quarter of the clip to its end. */
    double rssGrowthMb() {
        return (values.get("rss_end") - values.get("rss_quarter")) / MB;
    }

    /** Heap after full collections, after the window minus before it. */
    double heapGrowthMb() {
        return (values.get("heap_after") - values.get("heap_before")) / MB;
    }

    double allocationMbPerSecond() {
        return values.get("allocated") / MB / (values.get("wall_ms") / 1000.0);
    }

    double wallSeconds() {
        return values.get("wall_ms") / 1000.0;
    }

    /**
     * Formats the raw figures as a tab-separated row.
     *
     * @return the row
     */
    String tsv() {
        return String.join("\t", player, clip, Integer.toString(run), Long.toString(shown()),
                Long.toString(dropped()), Long.toString(values.get("wall_ms")), Long.toString(values.get("jvm_cpu_ms")),
                Long.toString(values.get("xserver_cpu_ms")), Long.toString(values.get("allocated")),
                Long.toString(values.get("rss_quarter")), Long.toString(values.get("rss_end")),
                Long.toString(values.get("rss_peak")), Long.toString(values.get("heap_before")),
                Long.toString(values.get("heap_after")), Long.toString(values.getOrDefault("first_frame_ms", -1L)));
    }

    static String tsvHeader() {
        return "player\tclip\trun\tshown\tdropped\twall_ms\tjvm_cpu_ms\txserver_cpu_ms\tallocated_bytes\trss_quarter"
                + "\trss_end\trss_peak\theap_before\theap_after\tfirst_frame_ms";
    }
}
