package dev.framepipe.player.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What is set for each kind of runtime: everything for a bundled one, the library path for installed ones. */
class RuntimeSettingsTest {
    private static final HostPlatform LINUX = new HostPlatform(OperatingSystem.LINUX, "amd64");
    private static final HostPlatform WINDOWS = new HostPlatform(OperatingSystem.WINDOWS, "amd64");

    @TempDir
    Path disk;

    private final Map<String, String> properties = new HashMap<>(Map.of("user.home", "/home/ann"));
    private final Map<String, String> environment = new HashMap<>();

    private RuntimeSettings settings(HostPlatform platform) throws Exception {
        DiscoveryInputs inputs = new DiscoveryInputs(platform, properties, environment, null, disk);
        return RuntimeSettings.forLocation(RuntimeDiscovery.discover(inputs).location().orElseThrow(), inputs);
    }

    @Test
    @EnabledOnOs(OS.LINUX) // it copies this machine's libgstreamer, to be loaded first
    void aBundledLinuxRuntimeGetsPluginsScannerRegistryAndLibraryPaths() throws Exception {
        Path root = FakeRuntime.linux(disk.resolve("bundle"));
        Files.copy(Path.of("/usr/lib/x86_64-linux-gnu/libgstreamer-1.0.so.0"),
                root.resolve("lib/libgstreamer-1.0.so.0"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        properties.put("framepipe.gstreamer.root", root.toString());
        properties.put("jna.library.path", "/opt/other");
        environment.put("LD_LIBRARY_PATH", "/opt/mine");

        RuntimeSettings settings = settings(LINUX);

        assertThat(settings.properties()).containsEntry("jna.library.path", root.resolve("lib") + ":/opt/other")
                .containsEntry("gstreamer.GNative.nameFormats", "lib%s.so.0|%s");
        assertThat(settings.variables()).contains(
                entry("GST_PLUGIN_SYSTEM_PATH_1_0", root.resolve("lib/gstreamer-1.0").toString()),
                entry("GST_PLUGIN_SCANNER_1_0", root.resolve("libexec/gstreamer-1.0/gst-plugin-scanner").toString()),
                entry("LD_LIBRARY_PATH", root.resolve("lib") + ":/opt/mine"));
        assertThat(settings.variables().get("GST_REGISTRY_1_0"))
                .matches("/home/ann/\\.cache/framepipe/gstreamer-registry-[0-9a-f]{12}-x86_64\\.bin");
        assertThat(settings.preload()).containsExactly(root.resolve("lib/libgstreamer-1.0.so.0").toRealPath());
    }

    @Test
    void eachBundledRuntimeKeepsARegistryOfItsOwn() throws Exception {
        environment.put("XDG_CACHE_HOME", "/var/cache/ann");
        properties.put("framepipe.gstreamer.root", FakeRuntime.linux(disk.resolve("one")).toString());
        String first = settings(LINUX).variables().get("GST_REGISTRY_1_0");
        properties.put("framepipe.gstreamer.root", FakeRuntime.linux(disk.resolve("two")).toString());
        String second = settings(LINUX).variables().get("GST_REGISTRY_1_0");

        assertThat(first).startsWith("/var/cache/ann/framepipe/").isNotEqualTo(second);
        properties.put("framepipe.gstreamer.registry", "/tmp/app-registry.bin");
        assertThat(settings(LINUX).variables()).containsEntry("GST_REGISTRY_1_0", "/tmp/app-registry.bin");
    }

    @Test
    void aBundledRuntimeWithoutAScannerHasItsPluginsScannedInProcess() throws Exception {
        Path root = FakeRuntime.linux(disk.resolve("bundle"));
        Files.delete(root.resolve("libexec/gstreamer-1.0/gst-plugin-scanner"));
        properties.put("framepipe.gstreamer.root", root.toString());

        assertThat(settings(LINUX).variables()).containsEntry("GST_REGISTRY_FORK", "no")
                .doesNotContainKey("GST_PLUGIN_SCANNER_1_0");
    }

    @Test
    void theWindowsInstallersRuntimeGetsItsBinFolderOnTheLibraryPathAndPath() throws Exception {
        Path root = FakeRuntime.windows(disk.resolve("msvc_x86_64"), 0x8664);
        environment.put("GSTREAMER_1_0_ROOT_MSVC_X86_64", root.toString());
        environment.put("PATH", "C:\\Windows");

        RuntimeSettings settings = settings(WINDOWS);

        String separator = java.io.File.pathSeparator;
        assertThat(settings.properties()).containsExactly(entry("jna.library.path", root.resolve("bin").toString()));
        assertThat(settings.variables()).containsExactly(entry("PATH", root.resolve("bin") + separator
                + "C:\\Windows"));
        assertThat(settings.preload()).isEmpty();
    }

    @Test
    void theSystemsLibrariesNeedNothing() throws Exception {
        assertThat(settings(LINUX).isEmpty()).isTrue();
    }
}
