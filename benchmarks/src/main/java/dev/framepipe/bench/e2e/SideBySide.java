package dev.framepipe.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The side-by-side benchmark, a matrix: each player plays each clip in each window size, in a JVM of its own under
 * an X server of its own ({@code xvfb-run}), in turn, {@code bench.runs} times (3 by default); then 16 players of a
 * 360p30 clip in a grid against 16 vlcj players. The summary compares each cell's players with the floor (GStreamer
 * decoding alone) and with vlcj, measured in the same run. Writes {@code target/bench-e2e/results.tsv} (every run),
 * {@code summary.txt} (the tables) and {@code memory.png} (resident set and heap over frames played, first cell), or
 * the chart where {@code bench.chart} says.
 *
 * <p>Run from the project root with {@code ./framepipe bench e2e}. A subset, so that one cell is measured in a
 * minute: {@code -Dbench.clips=1080p60} (of 720p30, 1080p60, 2160p30, 1080p60-hevc10 and grid),
 * {@code -Dbench.windows=1920x1080} (of 960x540 and 1920x1080), {@code -Dbench.players=framepipe,vlcj} (of floor,
 * floor-nv12, framepipe, vlcj and naive), {@code -Dbench.runs=1}. {@code -Dbench.quick=true} plays 5-second clips
 * once, to check that everything works; {@code -Dbench.redraw=true} prints the tables and draws the chart again from
 * the last run's logs; {@code -Dbench.profile=true} profiles each player's measured window with async-profiler
 * (which costs a little CPU, so profiled runs' figures are marked) and prints where the CPU went.
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
    /** The grid's players: Framepipe's video wall and as many vlcj callback players, both of {@link #GRID_STREAMS}. */
    private static final String[][] GRID_PLAYERS = {
        {"framepipe", FramepipeWallBench.class.getName()},
        {"vlcj", VlcjWallBench.class.getName()},
    };
    private static final String GRID = "grid";
    private static final String GRID_WINDOW = "1280x720";
    private static final int GRID_FPS = 30;
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
        // A 20-s 4K clip takes minutes to encode on two cores.
        System.setProperty("framepipe.clipTimeoutSeconds", "1800");
        Files.createDirectories(OUT);
        List<String> clipNames = chosen("bench.clips", List.of("720p30", "1080p60", "2160p30", "1080p60-hevc10",
                GRID), name -> name);
        List<String> windows = chosen("bench.windows", List.of(BenchPlayer.DEFAULT_WINDOW, "1920x1080"),
                window -> window);
        windows.forEach(BenchPlayer::windowSize);
        List<String[]> players = chosen("bench.players", List.of(PLAYERS), player -> player[0]);
        System.out.println("making the clips (once; the 2160p30 and HEVC clips take a few minutes)");
        List<Cell> cells = new ArrayList<>();
        for (String name : clipNames) {
            if (!name.equals(GRID)) {
                BenchClips.Clip clip = clip(name, seconds);
                windows.forEach(window -> cells.add(new Cell(clip, window)));
            }
        }
        boolean redraw = Boolean.getBoolean("bench.redraw");
        boolean profile = Boolean.getBoolean("bench.profile");
        List<RunResult> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            for (Cell cell : cells) {
                for (String[] player : players) {
                    results.add(measure(player, cell, run, redraw, profile));
                }
            }
        }
        List<RunResult> grid = clipNames.contains(GRID) ? grid(runs, quick, redraw, profile) : List.of();
        List<String> rows = new ArrayList<>(List.of(RunResult.tsvHeader()));
        results.stream().filter(RunResult::isComplete).map(RunResult::tsv).forEach(rows::add);
        grid.stream().filter(RunResult::isComplete).map(RunResult::tsv).forEach(rows::add);
        Files.write(OUT.resolve("results.tsv"), rows);
        StringBuilder summary = new StringBuilder(profile ? "**Profiled runs**: async-profiler ran in every "
                + "player's JVM, which adds a little CPU to every figure.\n\n" : "");
        summary.append(Summary.format(results, cells, runs));
        if (!grid.isEmpty()) {
            long millis = gridMillis(quick);
            summary.append('\n').append(WallBench.table(grid, millis, GRID_FPS, String.format(Locale.ROOT,
                    "### grid: %d players of a 640x360 %d fps clip in a 4x4 grid, %s", WallBench.STREAMS, GRID_FPS,
                    GRID_WINDOW), "vlcj"));
        }
        if (profile) {
            for (String[] player : GRID_PLAYERS) {
                Path file = gridProfileFile(player, 1);
                if (!grid.isEmpty() && Files.exists(file)) {
                    summary.append('\n').append(ProfileSummary.format(player[0] + ", grid, run 1", file));
                }
            }
            for (Cell cell : cells) {
                for (String[] player : players) {
                    Path file = profileFile(player, cell, 1);
                    if (Files.exists(file)) {
                        summary.append('\n').append(ProfileSummary.format(player[0] + ", " + cell.name()
                                + ", run 1", file));
                    }
                }
            }
        }
        Files.writeString(OUT.resolve("summary.txt"), summary);
        System.out.println();
        System.out.println(summary);
        if (!cells.isEmpty()) {
            Path chart = Paths.get(System.getProperty("bench.chart", OUT.resolve("memory.png").toString()));
            MemoryChart.draw(results, cells.get(0).name(), chart);
            System.out.println("chart: " + chart.toAbsolutePath());
        }
    }

    private static BenchClips.Clip clip(String name, int seconds) {
        switch (name) {
            case "720p30":
                return BenchClips.clip(1280, 720, 30, seconds);
            case "1080p60":
                return BenchClips.clip(1920, 1080, 60, seconds);
            case "2160p30":
                return BenchClips.clip(3840, 2160, 30, seconds);
            case "1080p60-hevc10":
                return BenchClips.clip(1920, 1080, 60, seconds, true);
            default:
                throw new IllegalArgumentException("no clip " + name);
        }
    }

    private static Path gridProfileFile(String[] player, int run) {
        return OUT.resolve("profiles").resolve(player[0] + "-grid-" + run + ".collapsed");
    }

    private static Path profileFile(String[] player, Cell cell, int run) {
        return OUT.resolve("profiles").resolve(player[0] + "-" + cell.fileName() + "-" + run + ".collapsed");
    }

    private static RunResult measure(String[] player, Cell cell, int run, boolean redraw, boolean profile)
            throws IOException, InterruptedException {
        Path log = OUT.resolve("logs").resolve(player[0] + "-" + cell.fileName() + "-" + run + ".log");
        List<String> output;
        if (redraw) {
            output = Files.readAllLines(log);
        } else {
            List<String> arguments = new ArrayList<>(List.of(player[1], cell.clip.path.toString(),
                    Long.toString(cell.clip.millis)));
            arguments.addAll(List.of(player).subList(2, player.length));
            output = PlayerProcess.run(arguments, cell.window, cell.clip.millis, log,
                    profile ? profileFile(player, cell, run) : null);
        }
        RunResult result = RunResult.parse(player[0], cell.name(), run, output);
        System.out.printf(Locale.ROOT, "run %d, %s, %s: %s%n", run, cell.name(), player[0], result.isComplete()
                ? String.format(Locale.ROOT, "%d frames shown, %.2f ms CPU per frame", result.shown(),
                result.cpuPerFrame()) : "failed (see " + log + ")");
        return result;
    }

    /** How long the grid is measured: its clip is longer by the walls' settling and a margin. */
    private static long gridMillis(boolean quick) {
        return quick ? 5_000 : 20_000;
    }

    private static List<RunResult> grid(int runs, boolean quick, boolean redraw, boolean profile)
            throws IOException, InterruptedException {
        long millis = gridMillis(quick);
        int clipSeconds = (int) ((millis + WallBench.SETTLE_MILLIS) / 1000) + 15;
        BenchClips.Clip clip = BenchClips.clip(640, 360, GRID_FPS, clipSeconds);
        List<RunResult> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            for (String[] player : GRID_PLAYERS) {
                Path log = OUT.resolve("logs").resolve(player[0] + "-grid-" + run + ".log");
                List<String> output = redraw ? Files.readAllLines(log) : PlayerProcess.run(List.of(player[1],
                        clip.path.toUri().toString(), Long.toString(millis)), GRID_WINDOW, millis, log,
                        profile ? gridProfileFile(player, run) : null);
                RunResult result = RunResult.parse(player[0], GRID, run, output);
                System.out.printf(Locale.ROOT, "run %d, grid, %s: %s%n", run, player[0], result.isComplete()
                        ? result.shown() + " frames shown" : "failed (see " + log + ")");
                results.add(result);
            }
        }
        return results;
    }

    /**
     * The items a system property names, comma-separated (all of them when it is unset or empty), in the order of
     * {@code all}.
     */
    private static <T> List<T> chosen(String property, List<T> all, Function<T, String> name) {
        String wanted = System.getProperty(property, "").trim();
        if (wanted.isEmpty()) {
            return all;
        }
        List<String> names = List.of(wanted.split("\\s*,\\s*"));
        List<T> chosen = all.stream().filter(item -> names.contains(name.apply(item))).collect(Collectors.toList());
        if (chosen.size() != names.size()) {
            throw new IllegalArgumentException(property + "=" + wanted + " names something other than "
                    + all.stream().map(name).collect(Collectors.joining(", ")));
        }
        return chosen;
    }

    /** One cell of the matrix: a clip played in a window of one size. */
    static final class Cell {
        final BenchClips.Clip clip;
        final String window;

        Cell(BenchClips.Clip clip, String window) {
            this.clip = clip;
            this.window = window;
        }

        /** The name the tables and results use, such as {@code 1080p60 in 1920x1080}. */
        String name() {
            return clip.name + " in " + window;
        }

        String fileName() {
            return clip.name + "-" + window;
        }
    }
}
