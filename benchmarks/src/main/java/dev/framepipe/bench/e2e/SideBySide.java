package dev.framepipe.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The side-by-side benchmark: each player plays each clip in a JVM of its own under an X server of its own
 * ({@code xvfb-run}), in turn, {@code bench.runs} times (3 by default), and the summary compares them with the floor
 * (GStreamer decoding alone) and with vlcj, measured in the same run. Writes {@code target/bench-e2e/results.tsv}
 * (every run), {@code summary.txt} (the tables) and {@code memory.png} (resident set and heap over frames played),
 * or the chart where {@code bench.chart} says.
 *
 * <p>Run from the project root with {@code ./framepipe bench e2e}; {@code -Dbench.quick=true} plays 5-second clips
 * once, to check that everything works; {@code -Dbench.redraw=true} prints the tables and draws the chart again from
 * the last run's logs.
 */
public final class SideBySide {
    /** Players in the order they run within a round, and the main class each runs. */
    private static final String[][] PLAYERS = {
        {"floor", FloorBench.class.getName()},
        {"floor-nv12", FloorBench.class.getName(), "nv12"},
        {"framepipe", FramepipeBench.class.getName()},
        {"vlcj", VlcjBench.class.getName()},
        {"naive", NaiveBench.class.getName()},
    };
    private static final Path OUT = Paths.get("target", "bench-e2e");

    private SideBySide() {
    }

    /**
     * Runs the benchmark and prints the summary.
     *
     * @param args ignored
     * @throws Exception if a player cannot be started
     */
    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        int runs = Integer.getInteger("bench.runs", quick ? 1 : 3);
        int seconds = quick ? 5 : 20;
        System.setProperty("framepipe.clipDir", OUT.resolve("clips").toString());
        Files.createDirectories(OUT);
        System.out.println("making the clips (once; the 1080p60 clip takes a minute or two)");
        List<BenchClips.Clip> clips = chosen("bench.clips", List.of(BenchClips.clip(1920, 1080, 60, seconds),
                BenchClips.clip(1280, 720, 30, seconds)), clip -> clip.name);
        List<String[]> players = chosen("bench.players", List.of(PLAYERS), player -> player[0]);
        boolean redraw = Boolean.getBoolean("bench.redraw");
        List<RunResult> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            for (BenchClips.Clip clip : clips) {
                for (String[] player : players) {
                    RunResult result = redraw ? RunResult.parse(player[0], clip.name, run, Files.readAllLines(
                            log(player, clip, run))) : play(player, clip, run);
                    System.out.printf("run %d, %s, %s: %s%n", run, clip.name, player[0], result.isComplete()
                            ? String.format("%d frames shown, %.2f ms CPU per frame", result.shown(),
                            result.cpuPerFrame()) : "failed");
                    results.add(result);
                }
            }
        }
        List<String> rows = new ArrayList<>(List.of(RunResult.tsvHeader()));
        results.stream().filter(RunResult::isComplete).map(RunResult::tsv).forEach(rows::add);
        Files.write(OUT.resolve("results.tsv"), rows);
        String summary = Summary.format(results, clips, runs);
        Files.writeString(OUT.resolve("summary.txt"), summary);
        System.out.println();
        System.out.println(summary);
        Path chart = Paths.get(System.getProperty("bench.chart", OUT.resolve("memory.png").toString()));
        MemoryChart.draw(results, clips.get(0), chart);
        System.out.println("chart: " + chart.toAbsolutePath());
    }

    /**
     * The items a system property names, comma-separated (all of them when it is unset or empty), so that one cell
     * of the table can be measured in a minute: {@code -Dbench.players=framepipe,vlcj -Dbench.clips=1080p60}.
     */
    private static <T> List<T> chosen(String property, List<T> all, java.util.function.Function<T, String> name) {
        String wanted = System.getProperty(property, "").trim();
        if (wanted.isEmpty()) {
            return all;
        }
        List<String> names = List.of(wanted.split("\\s*,\\s*"));
        List<T> chosen = new ArrayList<>();
        for (T item : all) {
            if (names.contains(name.apply(item))) {
                chosen.add(item);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(property + "=" + wanted + " names none of "
                    + all.stream().map(name).collect(java.util.stream.Collectors.joining(", ")));
        }
        return chosen;
    }

    private static Path log(String[] player, BenchClips.Clip clip, int run) {
        return OUT.resolve("logs").resolve(player[0] + "-" + clip.name + "-" + run + ".log");
    }

    private static RunResult play(String[] player, BenchClips.Clip clip, int run) throws IOException,
            InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(player[1], clip.path.toString(), Long.toString(clip.millis)));
        arguments.addAll(List.of(player).subList(2, player.length));
        List<String> output = PlayerProcess.run(arguments, clip.millis, log(player, clip, run));
        return RunResult.parse(player[0], clip.name, run, output);
    }
}
