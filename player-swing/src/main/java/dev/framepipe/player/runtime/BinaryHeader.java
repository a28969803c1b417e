package dev.framepipe.player.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a shared library was built for, read from its first bytes: the format (ELF, PE or Mach-O, including macOS's
 * universal files) and the processor architectures it contains. A runtime built for another processor, or a 32-bit
 * runtime under a 64-bit JVM, would fail to load with an error naming neither; this says so before loading.
 *
 * <p>Reads at most the first 4 KiB of a file; every offset is checked against what was read. Immutable.
 */
public final class BinaryHeader {
    private static final int HEADER_BYTES = 4096;
    private static final int ELF_MACHINE_OFFSET = 18;
    private static final int PE_POINTER_OFFSET = 0x3C;
    private static final int MACH_O_64 = 0xFEEDFACF;
    private static final int MACH_O_32 = 0xFEEDFACE;
    private static final int MACH_O_UNIVERSAL = 0xCAFEBABE;
    private static final int MACH_O_ABI64 = 0x0100_0000;
    private static final int UNIVERSAL_ENTRY_BYTES = 20;
    private static final int UNIVERSAL_MAX_ENTRIES = 16;

    /** The binary formats of shared libraries. */
    public enum Format {
        /** Linux's Executable and Linkable Format. */
        ELF,
        /** Windows' Portable Executable. */
        PE,
        /** macOS's Mach-O, one architecture or universal. */
        MACH_O,
        /** Not a shared library of any of the three. */
        UNKNOWN
    }

    private final Format format;
    private final Set<String> architectures;

    private BinaryHeader(Format format, Set<String> architectures) {
        this.format = format;
        this.architectures = Set.copyOf(architectures);
    }

    /**
     * Reads a file's header.
     *
     * @param file a shared library (symbolic links are followed)
     * @return its format and architectures; {@link Format#UNKNOWN} with none for any other file
     * @throws IOException if it cannot be read
     */
    public static BinaryHeader read(Path file) throws IOException {
        byte[] bytes = new byte[HEADER_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(bytes, 0, bytes.length);
        }
        return parse(ByteBuffer.wrap(bytes, 0, length).slice());
    }

    /**
     * Parses the first bytes of a file.
     *
     * @param header the bytes (position 0 is the file's first byte; the limit is how many were read)
     * @return the format and architectures
     */
    static BinaryHeader parse(ByteBuffer header) {
        if (header.limit() >= 20 && header.getInt(0) == 0x7F454C46) {
            return elf(header);
        }
        if (header.limit() >= 0x40 && header.get(0) == 'M' && header.get(1) == 'Z') {
            return pe(header);
        }
        if (header.limit() >= 8) {
            int little = header.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
            if (little == MACH_O_64 || little == MACH_O_32) {
                return new BinaryHeader(Format.MACH_O, Set.of(machOArchitecture(header.getInt(4))));
            }
            if (header.order(ByteOrder.BIG_ENDIAN).getInt(0) == MACH_O_UNIVERSAL) {
                return universal(header);
            }
        }
        return new BinaryHeader(Format.UNKNOWN, Set.of());
    }

    private static BinaryHeader elf(ByteBuffer header) {
        boolean is64 = header.get(4) == 2;
        header.order(header.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int machine = Short.toUnsignedInt(header.getShort(ELF_MACHINE_OFFSET));
        String architecture;
        switch (machine) {
            case 0x3E:
                architecture = "x86_64";
                break;
            case 0xB7:
                architecture = "aarch64";
                break;
            case 0x03:
                architecture = "x86";
                break;
            case 0x28:
                architecture = "arm";
                break;
            default:
                architecture = "elf-machine-" + machine + (is64 ? "" : "-32bit");
        }
        return new BinaryHeader(Format.ELF, Set.of(architecture));
    }

    private static BinaryHeader pe(ByteBuffer header) {
        header.order(ByteOrder.LITTLE_ENDIAN);
        int pe = header.getInt(PE_POINTER_OFFSET);
        if (pe < 0 || pe > header.limit() - 6 || header.getInt(pe) != 0x00004550) {
            return new BinaryHeader(Format.UNKNOWN, Set.of());
        }
        int machine = Short.toUnsignedInt(header.getShort(pe + 4));
        String architecture;
        switch (machine) {
            case 0x8664:
                architecture = "x86_64";
                break;
            case 0xAA64:
                architecture = "aarch64";
                break;
            case 0x014C:
                architecture = "x86";
                break;
            default:
                architecture = "pe-machine-" + Integer.toHexString(machine);
        }
        return new BinaryHeader(Format.PE, Set.of(architecture));
    }

    private static BinaryHeader universal(ByteBuffer header) {
        int count = header.getInt(4);
        Set<String> architectures = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(count, UNIVERSAL_MAX_ENTRIES); i++) {
            int entry = 8 + i * UNIVERSAL_ENTRY_BYTES;
            if (entry + 4 > header.limit()) {
                break;
            }
            architectures.add(machOArchitecture(header.getInt(entry)));
        }
        return new BinaryHeader(Format.MACH_O, architectures);
    }

    private static String machOArchitecture(int cpuType) {
        switch (cpuType) {
            case MACH_O_ABI64 | 7:
                return "x86_64";
            case MACH_O_ABI64 | 12:
                return "aarch64";
            case 7:
                return "x86";
            case 12:
                return "arm";
            default:
                return "mach-o-cpu-" + Integer.toHexString(cpuType);
        }
    }

    /**
     * Returns the binary format.
     *
     * @return ELF, PE, Mach-O or unknown
     */
    public Format format() {
        return format;
    }

    /**
     * Returns the processor architectures the file holds code for.
     *
     * @return normalised as {@link HostPlatform#architecture()} names them; several for a universal Mach-O file
     */
    public Set<String> architectures() {
        return architectures;
    }

    /**
     * Tells whether the file can be loaded on a platform.
     *
     * @param platform the JVM's platform
     * @return {@code true} if the file has the platform's format and holds code for its architecture
     */
    public boolean runsOn(HostPlatform platform) {
        Format expected = platform.system() == OperatingSystem.WINDOWS ? Format.PE
                : platform.system() == OperatingSystem.MACOS ? Format.MACH_O : Format.ELF;
        return format == expected && architectures.contains(platform.architecture());
    }

    @Override
    public String toString() {
        String name = format == Format.MACH_O ? "Mach-O" : format.name();
        return format == Format.UNKNOWN ? "not a shared library" : name + " " + String.join("+", architectures);
    }
}
