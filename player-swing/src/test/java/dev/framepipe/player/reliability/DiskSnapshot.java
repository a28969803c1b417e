package dev.framepipe.player.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every file under a directory tree with its size and modification time, to prove that playing something wrote
 * nothing: take one before, one after, and compare.
 */
final class DiskSnapshot {
    private final Map<Path, String> files;

    private DiskSnapshot(Map<Path, String> files) {
        this.files = files;
    }

    /**
     * Takes a snapshot.
     *
     * @param root     the tree
     * @param excluded subtrees others write to meanwhile (the build's own reports), left out
     * @return the snapshot
     */
    static DiskSnapshot of(Path root, Set<Path> excluded) {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> excluded.stream().noneMatch(path::startsWith)).forEach(path -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    files.put(path, attributes.size() + " bytes, " + attributes.lastModifiedTime());
                } catch (IOException e) {
                    files.put(path, "unreadable: " + e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DiskSnapshot(files);
    }

    /**
     * Lists what differs from an earlier snapshot: files added, removed or changed.
     *
     * @param before the earlier snapshot
     * @return the paths that differ, sorted
     */
    Set<Path> changedSince(DiskSnapshot before) {
        Set<Path> changed = new TreeSet<>();
        files.forEach((path, state) -> {
            if (!state.equals(before.files.get(path))) {
                changed.add(path);
            }
        });
        before.files.keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        return changed;
    }
}
