package dev.framepipe.player.runtime;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The order to load a bundled Linux runtime's libraries in. Linux's loader takes a library's dependencies from the
 * system unless a library of that name is already loaded, so a plugin loaded from the bundle would otherwise bring
 * in the system's {@code libgstbase} beside the bundle's {@code libgstreamer}. Loading every bundled library after
 * the bundled libraries it needs ({@link ElfDependencies}) makes each dependency resolve to the bundle's copy.
 * Runtimes built to be relocated (with an {@code $ORIGIN} run path) need none of this, and are loaded the same way.
 */
final class LinuxLoadOrder {
    private LinuxLoadOrder() {
    }

    /**
     * Orders a folder's shared libraries.
     *
     * @param libraryFolder the bundled runtime's {@code lib} folder
     * @return each distinct ELF library (symbolic links resolved) once, after the folder's libraries it needs
     * @throws IOException if the folder cannot be listed or a library read
     */
    static List<Path> of(Path libraryFolder) throws IOException {
        Map<String, Path> bySoname = new HashMap<>();
        Map<Path, List<String>> needs = new LinkedHashMap<>();
        for (Path library : libraries(libraryFolder)) {
            Optional<ElfDependencies> names = ElfDependencies.read(library);
            if (names.isEmpty()) {
                continue;
            }
            needs.put(library, names.get().needed());
            bySoname.put(names.get().soname().orElse(library.getFileName().toString()), library);
        }
        List<Path> order = new ArrayList<>();
        Set<Path> visited = new HashSet<>();
        for (Path library : needs.keySet()) {
            visit(library, needs, bySoname, visited, order);
        }
        return order;
    }

    /** Depth first: a library's bundled dependencies, then the library; a cycle is broken where it closes. */
    private static void visit(Path library, Map<Path, List<String>> needs, Map<String, Path> bySoname,
            Set<Path> visited, List<Path> order) {
        if (!visited.add(library)) {
            return;
        }
        for (String needed : needs.get(library)) {
            Path dependency = bySoname.get(needed);
            if (dependency != null) {
                visit(dependency, needs, bySoname, visited, order);
            }
        }
        order.add(library);
    }

    /** The folder's {@code lib*.so*} files, symbolic links resolved, each real file once, sorted by name. */
    private static List<Path> libraries(Path folder) throws IOException {
        Map<String, Path> real = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "lib*.so*")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    Path file = entry.toRealPath();
                    real.putIfAbsent(file.toString(), file);
                }
            }
        }
        return new ArrayList<>(real.values());
    }
}
