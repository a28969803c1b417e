package dev.framepipe.bench.e2e;

import java.awt.Dimension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one player's main class in a JVM of its own under an X server of its own ({@code xvfb-run}), with this JVM's
 * class path, and keeps what it printed, so no player's threads, caches or X server work count against another's.
 * The X server's screen is 1600×1000, or larger when the window needs it (a 1920×1080 window gets a screen a little
 * larger, so that it is a window on a screen, as a maximised one is).
 */
final class PlayerProcess {
    private PlayerProcess() {
    }

    /**
     * Runs a player and waits for it.
     *
     * @param mainAndArguments the main class, then its arguments
     * @param window           the size of the player's window content, {@code WIDTHxHEIGHT}
     * @param millis           how long the player plays; it is killed after three times that and a minute
     * @param log              where its output is written too
     * @param profile          where the player writes a CPU profile of its measured window, or {@code null}
     * @return the lines it printed
     * @throws IOException          if it cannot be started or the log not written
     * @throws InterruptedException if interrupted while waiting
     */
    static List<String> run(List<String> mainAndArguments, String window, long millis, Path log, Path profile)
            throws IOException, InterruptedException {
        Dimension size = BenchPlayer.windowSize(window);
        String screen = String.format("-screen 0 %dx%dx24", Math.max(1600, size.width + 64),
                Math.max(1000, size.height + 64));
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", screen,
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + BenchPlayer.WINDOW_PROPERTY + "=" + window, "-cp", System.getProperty("java.class.path")));
        if (profile != null) {
            command.add(command.size() - 2, "-D" + WindowProfile.FILE_PROPERTY + "=" + profile.toAbsolutePath());
        }
        command.addAll(mainAndArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
            }
        }
        if (!process.waitFor(millis * 3 + 60_000, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
        Files.createDirectories(log.getParent());
        Files.write(log, output);
        return output;
    }
}
