package dev.framepipe.player.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headers and ELF dependencies read from real GStreamer libraries of this machine (Debian's layout, so Linux
 * only) and from crafted files.
 */
@EnabledOnOs(OS.LINUX)
class BinaryFilesTest {
    private static final Path SYSTEM_LIBRARIES = Path.of("/usr/lib/x86_64-linux-gnu");

    @Test
    void thisMachinesGStreamerIsSeenAsRunnableHere() throws Exception {
        BinaryHeader header = BinaryHeader.read(SYSTEM_LIBRARIES.resolve("libgstreamer-1.0.so.0"));

        assertThat(header.format()).isEqualTo(BinaryHeader.Format.ELF);
        assertThat(header.runsOn(HostPlatform.current())).isTrue();
        assertThat(header.runsOn(new HostPlatform(OperatingSystem.LINUX, "aarch64"))).isFalse();
    }

    @Test
    void eachFormatsArchitecturesAreRead() {
        assertThat(parse(FakeRuntime.pe(0xAA64)).toString()).isEqualTo("PE aarch64");
        assertThat(parse(FakeRuntime.machO(0x01000007)).toString()).isEqualTo("Mach-O x86_64");
        assertThat(parse(FakeRuntime.universal(0x01000007, 0x0100000C)).architectures())
                .containsExactlyInAnyOrder("x86_64", "aarch64");
        assertThat(parse(FakeRuntime.elf(0x03)).toString()).isEqualTo("ELF x86");
        assertThat(parse("#!/bin/sh\necho not a library\n".getBytes()).format())
                .isEqualTo(BinaryHeader.Format.UNKNOWN);
        byte[] truncatedPe = FakeRuntime.pe(0x8664);
        ByteBuffer.wrap(truncatedPe).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0x3C, 0x7FFF_FFF0);
        assertThat(parse(truncatedPe).format()).isEqualTo(BinaryHeader.Format.UNKNOWN);
    }

    @Test
    void aLibrarysSonameAndNeedsAreReadFromItsDynamicSection() throws Exception {
        ElfDependencies video = ElfDependencies.read(SYSTEM_LIBRARIES.resolve("libgstvideo-1.0.so.0")).orElseThrow();

        assertThat(video.soname()).contains("libgstvideo-1.0.so.0");
        assertThat(video.needed()).contains("libgstbase-1.0.so.0", "libgstreamer-1.0.so.0", "libglib-2.0.so.0");
    }

    @Test
    void aFileThatIsNotALibraryHasNoDependencies(@TempDir Path folder) throws Exception {
        Path fake = folder.resolve("libfake.so.0");
        Files.write(fake, FakeRuntime.elf(0x3E));
        assertThat(ElfDependencies.read(fake)).isEmpty();
        Files.writeString(fake, "INPUT(libother.so)");
        assertThat(ElfDependencies.read(fake)).isEmpty();
    }

    @Test
    void bundledLibrariesLoadAfterTheBundledLibrariesTheyNeed(@TempDir Path folder) throws Exception {
        for (String name : List.of("libgstvideo-1.0.so.0", "libgstbase-1.0.so.0", "libgstreamer-1.0.so.0")) {
            Files.copy(SYSTEM_LIBRARIES.resolve(name), folder.resolve(name));
        }
        Files.createSymbolicLink(folder.resolve("libgstbase-1.0.so"), Path.of("libgstbase-1.0.so.0"));

        assertThat(LinuxLoadOrder.of(folder)).containsExactly(folder.resolve("libgstreamer-1.0.so.0"),
                folder.resolve("libgstbase-1.0.so.0"), folder.resolve("libgstvideo-1.0.so.0"));
    }

    private static BinaryHeader parse(byte[] bytes) {
        return BinaryHeader.parse(ByteBuffer.wrap(bytes));
    }
}
