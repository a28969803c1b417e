package dev.framepipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The demo's main in a JVM of its own, as a user starts it: the exit status and what it prints for help and for
 * wrong arguments, before any window opens.
 */
class DemoMainProcessTest {
    @Test
    void aWrongArgumentExitsWithStatusTwoAndSaysWhatIsWrong() throws Exception {
        Result result = run("--theme", "purple");

        assertThat(result.status).isEqualTo(2);
        assertThat(result.err).contains("framepipe demo: unknown theme 'purple': use light or dark", "--help");
        assertThat(result.out).isEmpty();
    }

    @Test
    void aMissingFileExitsWithStatusTwo() throws Exception {
        Result result = run("no-such-clip.mp4");

        assertThat(result.status).isEqualTo(2);
        assertThat(result.err).contains("no such file: no-such-clip.mp4");
    }

    @Test
    void helpPrintsTheUsageAndExitsWithStatusZero() throws Exception {
        Result result = run("--help");

        assertThat(result.status).isZero();
        assertThat(result.out).isEqualToIgnoringNewLines(CommandLine.USAGE);
        assertThat(result.err).isEmpty();
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), DemoMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the demo exits").isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    /** What a run of the demo left. */
    private static final class Result {
        final int status;
        final String out;
        final String err;

        Result(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }
    }
}
