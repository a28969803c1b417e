package dev.framepipe.player.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery over the folder layouts of each platform, written into a temporary folder: order, checks, messages. */
class RuntimeDiscoveryTest {
    private static final HostPlatform LINUX = new HostPlatform(OperatingSystem.LINUX, "amd64");
    private static final HostPlatform WINDOWS = new HostPlatform(OperatingSystem.WINDOWS, "amd64");
    private static final HostPlatform MAC_ARM = new HostPlatform(OperatingSystem.MACOS, "aarch64");
    private static final int ARM64 = 0x0100000C;
    private static final int X86_64 = 0x01000007;

    @TempDir
    Path disk;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private Path applicationFolder;

    private DiscoveryResult discover(HostPlatform platform) {
        return RuntimeDiscovery.discover(new DiscoveryInputs(platform, properties, environment, applicationFolder,
                disk));
    }

    private RuntimeLocation found(HostPlatform platform) {
        DiscoveryResult result = discover(platform);
        assertThat(result.problem()).isEmpty();
        return result.location().orElseThrow();
    }

    private String problem(HostPlatform platform) {
        return discover(platform).problem().orElseThrow();
    }

    @Test
    void aBundledRuntimeNamedByThePropertyIsUsedWithItsPluginsAndScanner() {
        Path root = FakeRuntime.linux(disk.resolve("app/gstreamer-runtime"));
        properties.put("framepipe.gstreamer.root", root.toString());

        RuntimeLocation location = found(LINUX);

        assertThat(location.step()).isEqualTo(DiscoveryStep.PROPERTY);
        assertThat(location.libraryFolder()).contains(root.resolve("lib"));
        assertThat(location.pluginFolder()).contains(root.resolve("lib/gstreamer-1.0"));
        assertThat(location.scanner()).contains(root.resolve("libexec/gstreamer-1.0/gst-plugin-scanner"));
    }

    @Test
    void thePropertyWinsOverTheVariableWhichWinsOverTheFolderBesideTheApplication() {
        Path byProperty = FakeRuntime.linux(disk.resolve("by-property"));
        Path byVariable = FakeRuntime.linux(disk.resolve("by-variable"));
        applicationFolder = disk.resolve("app/lib");
        FakeRuntime.linux(applicationFolder.resolve("gstreamer"));

        assertThat(found(LINUX).step()).isEqualTo(DiscoveryStep.BESIDE_APPLICATION);
        environment.put("FRAMEPIPE_GSTREAMER_ROOT", byVariable.toString());
        assertThat(found(LINUX).root()).contains(byVariable);
        properties.put("framepipe.gstreamer.root", byProperty.toString());
        assertThat(found(LINUX).root()).contains(byProperty);
    }

    @Test
    void withNothingBundledLinuxUsesTheSystemsLibraries() {
        applicationFolder = disk.resolve("app");
        DiscoveryResult result = discover(LINUX);

        assertThat(result.location().orElseThrow().step()).isEqualTo(DiscoveryStep.SYSTEM);
        assertThat(result.probes()).containsExactly("the system's libraries: left to the system's loader");
    }

    @Test
    void aNamedFolderThatDoesNotExistIsAnErrorNamingTheProperty() {
        properties.put("framepipe.gstreamer.root", disk.resolve("missing").toString());

        assertThat(problem(LINUX)).isEqualTo("The GStreamer runtime folder named by the system property "
                + "framepipe.gstreamer.root, " + disk.resolve("missing") + ", does not exist");
    }

    @Test
    void aNamedFolderWithoutGStreamerSaysWhichFileIsMissing() throws Exception {
        Files.createDirectories(disk.resolve("empty"));
        environment.put("FRAMEPIPE_GSTREAMER_ROOT", disk.resolve("empty").toString());

        assertThat(problem(LINUX)).isEqualTo("The GStreamer runtime found through the environment variable "
                + "FRAMEPIPE_GSTREAMER_ROOT cannot be used: " + disk.resolve("empty") + ": no libgstreamer-1.0.so.0 in "
                + disk.resolve("empty/lib") + " (not a GStreamer runtime for linux-x86_64)");
    }

    @Test
    void librariesWithoutPluginsAreNamedAsSuch() throws Exception {
        Path root = FakeRuntime.linux(disk.resolve("rt"));
        Files.delete(root.resolve("lib/gstreamer-1.0/libgstcoreelements.so"));
        properties.put("framepipe.gstreamer.root", root.toString());

        assertThat(problem(LINUX)).endsWith("it has GStreamer's libraries but not its plugins: no "
                + "libgstcoreelements.so in " + root.resolve("lib/gstreamer-1.0"));
    }

    @Test
    void aRuntimeForAnotherProcessorIsNamedWithBoth() {
        Path root = disk.resolve("rt");
        FakeRuntime.linux(root);
        FakeRuntime.write(root.resolve("lib/libgstreamer-1.0.so.0"), FakeRuntime.elf(0xB7));
        properties.put("framepipe.gstreamer.root", root.toString());

        assertThat(problem(LINUX)).endsWith("libgstreamer-1.0.so.0 is built for ELF aarch64, and this JVM runs on "
                + "linux-x86_64: use a runtime built for linux-x86_64");
    }

    @Test
    void gstreamerOlderThan116IsRefusedWithItsVersion() {
        Path root = FakeRuntime.linux(disk.resolve("rt"));
        FakeRuntime.write(root.resolve("lib/pkgconfig/gstreamer-1.0.pc"),
                "prefix=/usr\nName: GStreamer\nVersion: 1.14.5\n".getBytes());
        properties.put("framepipe.gstreamer.root", root.toString());

        assertThat(problem(LINUX)).endsWith("it is GStreamer 1.14.5, older than the 1.16 Framepipe needs");
    }

    @Test
    void theVersionIsReadFromALinuxLibrarysFileName() throws Exception {
        Path root = FakeRuntime.linux(disk.resolve("rt"));
        Path library = root.resolve("lib/libgstreamer-1.0.so.0");
        Files.move(library, root.resolve("lib/libgstreamer-1.0.so.0.2205.0"));
        Files.createSymbolicLink(library, Path.of("libgstreamer-1.0.so.0.2205.0"));
        properties.put("framepipe.gstreamer.root", root.toString());

        assertThat(found(LINUX).version()).contains("1.22.5");
    }

    @Test
    void windowsFindsTheOfficialRuntimeThroughTheInstallersVariable() {
        Path root = FakeRuntime.windows(disk.resolve("Program Files/gstreamer/1.0/msvc_x86_64"), 0x8664);
        environment.put("GSTREAMER_1_0_ROOT_MSVC_X86_64", root.toString());

        RuntimeLocation location = found(WINDOWS);

        assertThat(location.step()).isEqualTo(DiscoveryStep.WINDOWS_INSTALLER);
        assertThat(location.libraryFolder()).contains(root.resolve("bin"));
        assertThat(location.scanner()).contains(root.resolve("libexec/gstreamer-1.0/gst-plugin-scanner.exe"));
    }

    @Test
    void windowsFindsTheDefaultFoldersWithoutTheVariable() {
        environment.put("ProgramFiles", disk.resolve("Program Files").toString());
        environment.put("SystemDrive", disk.resolve("C").toString());
        Path legacy = FakeRuntime.windows(disk.resolve("C/gstreamer/1.0/msvc_x86_64"), 0x8664);

        assertThat(found(WINDOWS).root()).contains(legacy);
        Path current = FakeRuntime.windows(disk.resolve("Program Files/gstreamer/1.0/msvc_x86_64"), 0x8664);
        RuntimeLocation location = found(WINDOWS);
        assertThat(location.step()).isEqualTo(DiscoveryStep.WINDOWS_DEFAULT_FOLDER);
        assertThat(location.root()).contains(current);
    }

    @Test
    void windowsNamesAThirtyTwoBitRuntime() {
        Path root = FakeRuntime.windows(disk.resolve("x86"), 0x014C);
        environment.put("GSTREAMER_1_0_ROOT_MSVC_X86", root.toString());
        assertThat(problem(WINDOWS)).contains("only the 32-bit runtime is installed").contains(root.toString());

        environment.put("GSTREAMER_1_0_ROOT_MSVC_X86_64", root.toString());
        assertThat(problem(WINDOWS)).endsWith("gstreamer-1.0-0.dll is built for PE x86 (32-bit), and this JVM runs"
                + " on windows-x86_64: use a runtime built for windows-x86_64");
    }

    @Test
    void windowsWithNothingInstalledLeavesItToPath() {
        environment.put("ProgramFiles", disk.resolve("Program Files").toString());
        DiscoveryResult result = discover(WINDOWS);

        assertThat(result.location().orElseThrow().step()).isEqualTo(DiscoveryStep.SYSTEM);
        assertThat(result.probes()).hasSize(3).first().asString().contains("no such folder");
    }

    @Test
    void macosPrefersTheFrameworkThenHomebrewOnAppleSiliconThenIntel() {
        FakeRuntime.macos(disk.resolve("usr/local"), X86_64, ARM64);
        assertThat(found(MAC_ARM).root()).contains(disk.resolve("usr/local"));
        FakeRuntime.macos(disk.resolve("opt/homebrew"), ARM64);
        RuntimeLocation homebrew = found(MAC_ARM);
        assertThat(homebrew.step()).isEqualTo(DiscoveryStep.HOMEBREW);
        assertThat(homebrew.root()).contains(disk.resolve("opt/homebrew"));

        Path framework = FakeRuntime.macos(disk.resolve("Library/Frameworks/GStreamer.framework/Versions/1.0"),
                ARM64);
        RuntimeLocation location = found(MAC_ARM);
        assertThat(location.step()).isEqualTo(DiscoveryStep.MACOS_FRAMEWORK);
        assertThat(location.root()).contains(framework);
    }

    @Test
    void macosNamesAnIntelHomebrewUnderAnAppleSiliconJvm() throws Exception {
        Files.createDirectories(disk.resolve("opt/homebrew/lib"));
        FakeRuntime.macos(disk.resolve("usr/local"), X86_64);

        assertThat(problem(MAC_ARM)).isEqualTo("The GStreamer runtime found through Homebrew cannot be used: "
                + disk.resolve("usr/local") + ": libgstreamer-1.0.0.dylib is built for Mach-O x86_64, and this JVM "
                + "runs on macos-aarch64: use a runtime built for macos-aarch64");
    }

    @Test
    void anEmptyFolderBesideTheApplicationIsPassedOver() throws Exception {
        applicationFolder = disk.resolve("app");
        Files.createDirectories(applicationFolder.resolve("gstreamer"));

        DiscoveryResult result = discover(LINUX);

        assertThat(result.location().orElseThrow().step()).isEqualTo(DiscoveryStep.SYSTEM);
        assertThat(result.probes().get(0)).startsWith("a gstreamer folder beside the application's jar: ")
                .contains("no libgstreamer-1.0.so.0");
    }
}
