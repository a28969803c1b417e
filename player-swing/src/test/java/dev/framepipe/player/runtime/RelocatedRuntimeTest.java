package dev.framepipe.player.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.testing.ChildJvm;
import dev.framepipe.player.testing.RuntimeCopy;
import dev.framepipe.player.testing.TestClips;

/**
 * A bundled runtime, for real: this machine's GStreamer libraries, plugins and plugin scanner copied into a
 * temporary folder in the usual layout, the system property pointed at it, and a clip played in a fresh JVM. The
 * process's memory map shows that every GStreamer library and plugin came from the copy, none from the system.
 */
@EnabledOnOs(OS.LINUX)
class RelocatedRuntimeTest {
    private static final Path SYSTEM_LIBRARIES = RuntimeCopy.SYSTEM_LIBRARIES;

    @Test
    void aCopiedRuntimePlaysWithEveryGStreamerFileLoadedFromTheCopy(@TempDir Path temporary) throws Exception {
        Path bundle = temporary.resolve("bundled gstreamer");
        RuntimeCopy.make(bundle, Set.of());
        Path registry = temporary.resolve("registry.bin");

        List<String> report = play(bundle, registry);

        assertThat(report).contains("FOUND " + bundle + " (the system property framepipe.gstreamer.root)");
        assertThat(frames(report)).isGreaterThanOrEqualTo(10);
        List<String> mapped = report.stream().filter(line -> line.startsWith("MAPPED "))
                .map(line -> line.substring("MAPPED ".length())).collect(Collectors.toList());
        assertThat(mapped).as("GStreamer files mapped from the system").noneMatch(file -> file.startsWith(
                SYSTEM_LIBRARIES.toString()) && file.contains("libgst"));
        assertThat(mapped).contains(copied(bundle, "libgstreamer-1.0.so.0"), copied(bundle, "libgstapp-1.0.so.0"),
                bundle.resolve("lib/gstreamer-1.0/libgstplayback.so").toString(),
                bundle.resolve("lib/gstreamer-1.0/libgstlibav.so").toString());
        assertThat(Files.size(registry)).as("the runtime's own registry").isPositive();
    }

    /** The copy of a system library, by the real file name its link points to (libgstapp-1.0.so.0.2200.0). */
    private static String copied(Path bundle, String library) throws IOException {
        return bundle.resolve("lib").resolve(SYSTEM_LIBRARIES.resolve(library).toRealPath().getFileName()).toString();
    }

    private static List<String> play(Path bundle, Path registry) throws IOException, InterruptedException {
        ChildJvm.Outcome outcome = ChildJvm.run(RelocatedRuntimeProbe.class, List.of(
                "-Dframepipe.gstreamer.root=" + bundle, "-Dframepipe.gstreamer.registry=" + registry), Map.of(),
                TestClips.h264Small().toString());
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.lines())).isZero();
        return outcome.lines();
    }

    private static long frames(List<String> report) {
        return report.stream().filter(line -> line.startsWith("FRAMES ")).mapToLong(line -> Long.parseLong(
                line.substring("FRAMES ".length()))).findFirst().orElse(-1);
    }
}
