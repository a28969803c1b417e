package dev.framepipe.player.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes GStreamer runtime folders as each platform lays them out, with library files whose headers say the
 * architecture (the rest of each file is empty), for discovery to find and check.
 */
final class FakeRuntime {
    private FakeRuntime() {
    }

    /** A Linux runtime: lib/libgstreamer-1.0.so.0, lib/gstreamer-1.0/libgstcoreelements.so, the scanner. */
    static Path linux(Path root) {
        write(root.resolve("lib/libgstreamer-1.0.so.0"), elf(0x3E));
        write(root.resolve("lib/gstreamer-1.0/libgstcoreelements.so"), elf(0x3E));
        write(root.resolve("libexec/gstreamer-1.0/gst-plugin-scanner"), elf(0x3E));
        return root;
    }

    /** A Windows runtime for a PE machine type (0x8664 is x86-64, 0x14C is 32-bit x86). */
    static Path windows(Path root, int machine) {
        write(root.resolve("bin/gstreamer-1.0-0.dll"), pe(machine));
        write(root.resolve("lib/gstreamer-1.0/gstcoreelements.dll"), pe(machine));
        write(root.resolve("libexec/gstreamer-1.0/gst-plugin-scanner.exe"), pe(machine));
        return root;
    }

    /** A macOS runtime for Mach-O CPU types (0x0100000C is arm64, 0x01000007 x86-64; two make a universal file). */
    static Path macos(Path root, int... cpuTypes) {
        byte[] library = cpuTypes.length == 1 ? machO(cpuTypes[0]) : universal(cpuTypes);
        write(root.resolve("lib/libgstreamer-1.0.0.dylib"), library);
        write(root.resolve("lib/gstreamer-1.0/libgstcoreelements.dylib"), library);
        return root;
    }

    static byte[] elf(int machine) {
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        header.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1});
        header.putShort(18, (short) machine);
        return header.array();
    }

    static byte[] pe(int machine) {
        ByteBuffer header = ByteBuffer.allocate(0x100).order(ByteOrder.LITTLE_ENDIAN);
        header.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3C, 0x80).putInt(0x80, 0x00004550)
                .putShort(0x84, (short) machine);
        return header.array();
    }

    static byte[] machO(int cpuType) {
        return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 0xFEEDFACF).putInt(4, cpuType)
                .array();
    }

    static byte[] universal(int... cpuTypes) {
        ByteBuffer header = ByteBuffer.allocate(8 + 20 * cpuTypes.length).order(ByteOrder.BIG_ENDIAN);
        header.putInt(0xCAFEBABE).putInt(cpuTypes.length);
        for (int cpuType : cpuTypes) {
            header.putInt(cpuType).putInt(0).putInt(0).putInt(0).putInt(0);
        }
        return header.array();
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
