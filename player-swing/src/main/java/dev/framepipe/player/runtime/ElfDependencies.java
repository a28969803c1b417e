package dev.framepipe.player.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The shared-object name ({@code DT_SONAME}) and the libraries ({@code DT_NEEDED}) of a 64-bit little-endian ELF
 * library, read from its dynamic section. Linux's loader resolves a library's dependencies from the system unless a
 * library of that name is already loaded, so a bundled runtime's libraries are loaded in the order these give.
 *
 * <p>Reads the section headers, the dynamic section and its string table only; every offset and size is checked
 * against the file's size before it is read. Immutable.
 */
final class ElfDependencies {
    private static final int SECTION_HEADER_OFFSET = 0x28;
    private static final int SECTION_HEADER_SIZE = 0x3A;
    private static final int SECTION_COUNT = 0x3C;
    private static final int SHT_DYNAMIC = 6;
    private static final int DYNAMIC_ENTRY_BYTES = 16;
    private static final long DT_NULL = 0;
    private static final long DT_NEEDED = 1;
    private static final long DT_SONAME = 14;
    private static final int MAX_NAME_BYTES = 4096;
    private static final int MAX_SECTIONS = 1 << 16;

    private final String soname;
    private final List<String> needed;

    private ElfDependencies(String soname, List<String> needed) {
        this.soname = soname;
        this.needed = Collections.unmodifiableList(needed);
    }

    /**
     * Reads a library's names.
     *
     * @param library an ELF64 little-endian shared library
     * @return its names, or empty if the file is not such a library or has no dynamic section
     * @throws IOException if it cannot be read
     */
    static Optional<ElfDependencies> read(Path library) throws IOException {
        try (FileChannel file = FileChannel.open(library, StandardOpenOption.READ)) {
            long size = file.size();
            ByteBuffer header = readAt(file, 0, 64, size);
            if (header == null || header.getInt(0) != 0x464C457F || header.get(4) != 2 || header.get(5) != 1) {
                return Optional.empty();
            }
            long sectionsAt = header.getLong(SECTION_HEADER_OFFSET);
            int entrySize = Short.toUnsignedInt(header.getShort(SECTION_HEADER_SIZE));
            int count = Short.toUnsignedInt(header.getShort(SECTION_COUNT));
            if (entrySize < 64 || count == 0 || count > MAX_SECTIONS) {
                return Optional.empty();
            }
            ByteBuffer sections = readAt(file, sectionsAt, (long) entrySize * count, size);
            if (sections == null) {
                return Optional.empty();
            }
            for (int i = 0; i < count; i++) {
                int at = i * entrySize;
                if (sections.getInt(at + 4) != SHT_DYNAMIC) {
                    continue;
                }
                int link = sections.getInt(at + 0x28);
                if (link < 0 || link >= count) {
                    return Optional.empty();
                }
                long stringsAt = sections.getLong(link * entrySize + 0x18);
                long stringsSize = sections.getLong(link * entrySize + 0x20);
                ByteBuffer dynamic = readAt(file, sections.getLong(at + 0x18), sections.getLong(at + 0x20), size);
                ByteBuffer strings = readAt(file, stringsAt, stringsSize, size);
                return dynamic == null || strings == null ? Optional.empty() : Optional.of(names(dynamic, strings));
            }
            return Optional.empty();
        }
    }

    private static ElfDependencies names(ByteBuffer dynamic, ByteBuffer strings) {
        String soname = null;
        List<String> needed = new ArrayList<>();
        for (int at = 0; at + DYNAMIC_ENTRY_BYTES <= dynamic.limit(); at += DYNAMIC_ENTRY_BYTES) {
            long tag = dynamic.getLong(at);
            if (tag == DT_NULL) {
                break;
            }
            if (tag == DT_NEEDED || tag == DT_SONAME) {
                String name = string(strings, dynamic.getLong(at + 8));
                if (name == null) {
                    continue;
                }
                if (tag == DT_NEEDED) {
                    needed.add(name);
                } else {
                    soname = name;
                }
            }
        }
        return new ElfDependencies(soname, needed);
    }

    /** Returns the NUL-terminated string at an offset of the string table, or null if it runs off its end. */
    private static String string(ByteBuffer strings, long offset) {
        if (offset < 0 || offset >= strings.limit()) {
            return null;
        }
        int start = (int) offset;
        int end = start;
        while (end < strings.limit() && end - start < MAX_NAME_BYTES && strings.get(end) != 0) {
            end++;
        }
        if (end >= strings.limit() || strings.get(end) != 0) {
            return null;
        }
        byte[] bytes = new byte[end - start];
        ByteBuffer view = strings.duplicate();
        view.position(start);
        view.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads a range of the file, or returns null if the range is not inside it (or absurdly large). */
    private static ByteBuffer readAt(FileChannel file, long offset, long length, long fileSize) throws IOException {
        if (offset < 0 || length < 0 || length > Integer.MAX_VALUE || offset > fileSize - length) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, offset + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }

    /**
     * Returns the name other libraries need this one by.
     *
     * @return the {@code DT_SONAME}, or empty if the library has none
     */
    Optional<String> soname() {
        return Optional.ofNullable(soname);
    }

    /**
     * Returns the libraries this one needs, by name.
     *
     * @return the {@code DT_NEEDED} entries in file order
     */
    List<String> needed() {
        return needed;
    }
}
