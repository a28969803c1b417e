package dev.framepipe.player.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.freedesktop.gstreamer.Gst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.testing.ChildJvm;

/** The shared start-up: idempotent under contention, and clear about what is missing. */
class GStreamerRuntimeTest {

    @Test
    void manyThreadsInitialiseOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit((Callable<String>) () -> {
                    GStreamerRuntime.ensureInitialized();
                    return GStreamerRuntime.version();
                }));
            }
            for (Future<String> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).matches("1\\.\\d+\\.\\d+");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Gst.isInitialized()).isTrue();
    }

    @Test
    void missingLibrariesAreNamedWithWhatToInstall() throws Exception {
        String output = probe(Map.of(), "-Dgstreamer.GNative.nameFormats=nosuchlib%s");
        assertThat(output).startsWith("GSTREAMER_UNAVAILABLE: The GStreamer libraries (libgstreamer-1.0) could not "
                + "be loaded").contains("sudo apt-get install gstreamer1.0-plugins-base")
                .contains("sudo dnf install gstreamer1-plugins-base").contains("brew install gstreamer");
    }

    @Test
    void missingPluginsAreNamedWithTheirPackages(@TempDir Path empty) throws Exception {
        String output = probe(Map.of("GST_PLUGIN_SYSTEM_PATH_1_0", empty.toString(), "GST_PLUGIN_PATH_1_0",
                empty.toString(), "GST_REGISTRY_1_0", empty.resolve("registry.bin").toString()));
        assertThat(output).startsWith("GSTREAMER_UNAVAILABLE: GStreamer is installed but these plugins are missing: "
                + "'playback' (element playbin), 'app' (element appsink)")
                .contains("sudo apt-get install gstreamer1.0-plugins-base libgstreamer1.0-0 "
                        + "gstreamer1.0-plugins-good")
                .contains("sudo dnf install gstreamer1-plugins-base gstreamer1 gstreamer1-plugins-good")
                .contains("brew install gstreamer");
    }

    @Test
    @EnabledOnOs(OS.LINUX) // it copies this machine's libgstreamer into a runtime without plugins
    void aBundledRuntimeThatCannotBeUsedIsNamedWithTheStepThatFoundIt(@TempDir Path folder) throws Exception {
        Path missing = folder.resolve("missing");
        assertThat(probe(Map.of(), "-Dframepipe.gstreamer.root=" + missing)).isEqualTo("GSTREAMER_UNAVAILABLE: The "
                + "GStreamer runtime folder named by the system property framepipe.gstreamer.root, " + missing
                + ", does not exist. Looked at: the system property framepipe.gstreamer.root: " + missing
                + ": no such folder");

        Path pluginless = Files.createDirectories(folder.resolve("runtime/lib"));
        Files.copy(Path.of("/usr/lib/x86_64-linux-gnu/libgstreamer-1.0.so.0"),
                pluginless.resolve("libgstreamer-1.0.so.0"));
        assertThat(probe(Map.of("FRAMEPIPE_GSTREAMER_ROOT", folder.resolve("runtime").toString())))
                .startsWith("GSTREAMER_UNAVAILABLE: The GStreamer runtime found through the environment variable "
                        + "FRAMEPIPE_GSTREAMER_ROOT cannot be used: " + folder.resolve("runtime") + ": it has "
                        + "GStreamer's libraries but not its plugins: no libgstcoreelements.so in ");
    }

    @Test
    void aWorkingInstallationStartsInAFreshJvm() throws Exception {
        assertThat(probe(Map.of())).startsWith("OK 1.");
    }

    private static String probe(Map<String, String> environment, String... jvmOptions)
            throws IOException, InterruptedException {
        return ChildJvm.run(RuntimeProbe.class, List.of(jvmOptions), environment)
                .firstLineStartingWith("OK", "GSTREAMER_UNAVAILABLE");
    }
}
