package dev.framepipe.bench.e2e;

import java.awt.Dimension;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.framepipe.player.testing.RtspTestServer;

/**
 * The camera-wall benchmark: {@link #STREAMS} live streams of 640×360 at 25 fps from cameras on 127.0.0.1, shown in
 * a 4×4 grid in a 1280×720 window, by Framepipe's {@code VideoWall} and by as many vlcj callback players, each in a
 * JVM and an X server of its own, in turn, in the same run. Framepipe's wall shows an RTSP camera and a live HLS
 * camera; vlcj's the HLS camera, because Debian's VLC has no RTSP client (live555 is not packaged; VLC's SAT>IP
 * module answers {@code rtsp:} and fails), so the ratio compares the two on the same HLS input. Both cameras
 * (GStreamer's RTSP server with one shared encoder, and {@code hlssink2} behind a local HTTP server) run in this JVM,
 * which measures nothing, so every wall pays the same for them. Prints, per wall: frames shown in all
 * and by the stream that showed fewest (against the frames the camera sent meanwhile), frames dropped, CPU per shown
 * frame (the player's JVM plus its X server), CPU in cores, and peak resident memory.
 *
 * <p>Run from the project root with {@code ./framepipe bench wall}; {@code -Dbench.quick=true} measures 10 s once,
 * {@code -Dbench.runs=N} repeats the pair N times (default 1), {@code -Dbench.seconds=S} measures S seconds
 * (default 30), {@code -Dbench.walls=framepipe-hls,vlcj-hls} runs only those walls.
 */
public final class WallBench {
    /** How many streams the wall shows. */
    static final int STREAMS = 16;
    /** The size of the wall's window content. */
    static final Dimension WINDOW = new Dimension(1280, 720);
    /** How long the walls play before they are measured: connecting, the 2-s jitter buffer, the live edge of HLS. */
    static final long SETTLE_MILLIS = 6_000;
    private static final int FPS = 25;
    /** The walls in the order they run: a name, the main class, and which camera (RTSP or HLS) it shows. */
    private static final String[][] PLAYERS = {
        {"framepipe-rtsp", FramepipeWallBench.class.getName(), "rtsp"},
        {"framepipe-hls", FramepipeWallBench.class.getName(), "hls"},
        {"vlcj-hls", VlcjWallBench.class.getName(), "hls"},
    };
    private static final Path OUT = Paths.get("target", "bench-wall");

    private WallBench() {
    }

    /**
     * Runs the benchmark and prints the table.
     *
     * @param args ignored
     * @throws Exception if a player cannot be started
     */
    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        String chosen = System.getProperty("bench.walls", "");
        List<String> walls = List.of((chosen.isEmpty() ? "framepipe-rtsp,framepipe-hls,vlcj-hls" : chosen).split(","));
        int runs = Integer.getInteger("bench.runs", 1);
        long millis = 1000L * Integer.getInteger("bench.seconds", quick ? 10 : 30);
        List<RunResult> results = new ArrayList<>();
        try (RtspTestServer rtsp = RtspTestServer.start(RtspTestServer.liveCamera(640, 360, FPS));
             LiveHlsCamera hls = LiveHlsCamera.start(640, 360, FPS)) {
            for (int run = 1; run <= runs; run++) {
                for (String[] player : PLAYERS) {
                    if (!walls.contains(player[0])) {
                        continue;
                    }
                    URI camera = "rtsp".equals(player[2]) ? rtsp.uri() : hls.uri();
                    List<String> output = PlayerProcess.run(List.of(player[1], camera.toString(),
                            Long.toString(millis)), WINDOW.width + "x" + WINDOW.height, millis,
                            OUT.resolve(player[0] + "-" + run + ".log"), null);
                    RunResult result = RunResult.parse(player[0], "wall", run, output);
                    System.out.printf(Locale.ROOT, "run %d, %s: %s%n", run, player[0], result.isComplete()
                            ? result.shown() + " frames shown" : "failed (see " + OUT.resolve(player[0] + "-" + run
                            + ".log") + ")");
                    results.add(result);
                }
            }
        }
        System.out.println();
        System.out.print(table(results, millis, FPS, String.format(Locale.ROOT, "%d streams of 640x360 at %d fps "
                + "from local cameras in a 4x4 grid, 1280x720", STREAMS, FPS), "vlcj-hls"));
    }

    /**
     * Formats a table of walls, a row per run, with each wall's CPU per frame against the reference wall's average.
     *
     * @param results   every run
     * @param millis    how long each wall was measured
     * @param fps       the frame rate of every stream
     * @param title     what the walls showed
     * @param reference the name of the wall the others are compared with
     * @return the text
     */
    static String table(List<RunResult> results, long millis, int fps, String title, String reference) {
        long sent = millis * fps / 1000;
        double referenceCpu = results.stream().filter(result -> result.isComplete()
                && reference.equals(result.player)).mapToDouble(RunResult::cpuPerFrame).average().orElse(Double.NaN);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%s; %d s measured, %d frames per stream%n",
                title, millis / 1000, sent));
        table.append("| wall | run | frames shown | fewest per stream | dropped | CPU ms per shown frame (JVM + X) "
                + "| cores busy | peak RSS MB | CPU per frame / " + reference + " |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (RunResult result : results) {
            if (!result.isComplete()) {
                table.append("| ").append(result.player).append(" | ").append(result.run).append(" | failed |\n");
                continue;
            }
            table.append(String.format(Locale.ROOT, "| %s | %d | %d of %d | %d | %d | %.2f (%.2f + %.2f) | %.2f | %.0f "
                    + "| %.2f |%n", result.player, result.run, result.shown(), sent * STREAMS, result.fewest(),
                    result.dropped(), result.cpuPerFrame(), result.jvmCpuPerFrame(), result.xServerCpuPerFrame(),
                    result.cpuPerFrame() * result.shown() / result.wallSeconds() / 1000, result.peakRssMb(),
                    result.cpuPerFrame() / referenceCpu));
        }
        return table.toString();
    }
}
