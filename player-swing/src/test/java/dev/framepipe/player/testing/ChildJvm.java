package dev.framepipe.player.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the tests in a fresh JVM (the same Java, the same class path), for what only a new process
 * shows: GStreamer starting with other settings, a runtime loaded from elsewhere, the process's memory map.
 */
public final class ChildJvm {
    private static final long TIMEOUT_SECONDS = 90;

    private ChildJvm() {
    }

    /** What the program printed and how it ended. */
    public static final class Outcome {
        private final int exitCode;
        private final List<String> lines;

        Outcome(int exitCode, List<String> lines) {
            this.exitCode = exitCode;
            this.lines = lines;
        }

        /**
         * Returns the exit code.
         *
         * @return 0 for a normal end
         */
        public int exitCode() {
            return exitCode;
        }

        /**
         * Returns the standard output and error, line by line.
         *
         * @return the lines
         */
        public List<String> lines() {
            return lines;
        }

        /**
         * Returns the first line with one of some prefixes.
         *
         * @param prefixes for instance {@code "OK"}
         * @return the line, or all the output if none starts so (for the failure message)
         */
        public String firstLineStartingWith(String... prefixes) {
            return lines.stream().filter(line -> List.of(prefixes).stream().anyMatch(line::startsWith)).findFirst()
                    .orElse(String.join("\n", lines));
        }
    }

    /**
     * Runs a program and waits for it (at most 90 s; then it is killed and the test fails).
     *
     * @param main        the class whose {@code main} runs
     * @param jvmOptions  options such as {@code -Dname=value}
     * @param environment variables added to this process's environment
     * @param arguments   the program's arguments
     * @return the outcome
     * @throws IOException          if the JVM cannot start
     * @throws InterruptedException if interrupted while waiting
     */
    public static Outcome run(Class<?> main, List<String> jvmOptions, Map<String, String> environment,
            String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(arguments));
        // The output goes to a file, so that a program that never ends cannot block the reading test.
        Path output = Files.createTempFile("child-jvm", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            assertThat(ended).as(main.getSimpleName() + " still ran after " + TIMEOUT_SECONDS + " s; it printed:\n"
                    + String.join("\n", lines)).isTrue();
            return new Outcome(process.exitValue(), lines);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
