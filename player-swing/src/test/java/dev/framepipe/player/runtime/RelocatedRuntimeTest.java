package dev.framepipe.player.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.testing.TestClips;

/**
 * A bundled runtime, for real: this machine's GStreamer libraries, plugins and plugin scanner copied into a
 * temporary folder in the usual layout, the system property pointed at it, and a clip played in a fresh JVM. The
 * process's memory map shows that every GStreamer library and plugin came from the copy, none from the system.
 */
@EnabledOnOs(OS.LINUX)
class RelocatedRuntimeTest {
    private static final Path SYSTEM_LIBRARIES = Path.of("/usr/lib/x86_64-linux-gnu");

    @Test
    void aCopiedRuntimePlaysWithEveryGStreamerFileLoadedFromTheCopy(@TempDir Path temporary) throws Exception {
        Path bundle = temporary.resolve("bundled gstreamer");
        copyRuntime(bundle);
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

    /** Copies libgst*-1.0.so* (links as links), the plugin folder and the scanner, as a runtime folder has them. */
    private static void copyRuntime(Path bundle) throws IOException {
        Path lib = Files.createDirectories(bundle.resolve("lib"));
        try (DirectoryStream<Path> libraries = Files.newDirectoryStream(SYSTEM_LIBRARIES, "libgst*-1.0.so*")) {
            for (Path library : libraries) {
                Files.copy(library, lib.resolve(library.getFileName()), LinkOption.NOFOLLOW_LINKS);
            }
        }
        Path plugins = Files.createDirectories(lib.resolve("gstreamer-1.0"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(SYSTEM_LIBRARIES.resolve("gstreamer-1.0"))) {
            for (Path plugin : files) {
                Files.copy(plugin, plugins.resolve(plugin.getFileName()));
            }
        }
        Path scanner = Files.createDirectories(bundle.resolve("libexec/gstreamer-1.0")).resolve("gst-plugin-scanner");
        Files.copy(SYSTEM_LIBRARIES.resolve("gstreamer1.0/gstreamer-1.0/gst-plugin-scanner"), scanner,
                StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static List<String> play(Path bundle, Path registry) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dframepipe.gstreamer.root=" + bundle, "-Dframepipe.gstreamer.registry=" + registry,
                "-cp", System.getProperty("java.class.path"), RelocatedRuntimeProbe.class.getName(),
                TestClips.h264Small().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(output, StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }

    private static long frames(List<String> report) {
        return report.stream().filter(line -> line.startsWith("FRAMES ")).mapToLong(line -> Long.parseLong(
                line.substring("FRAMES ".length()))).findFirst().orElse(-1);
    }
}
