package dev.framepipe.player.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import dev.framepipe.player.testing.TestClips;

/**
 * Broken and hostile files made from the generated clips at test time: cut short, overwritten, random, or not
 * files at all. Each is made fresh (they are cheap) in {@code hostile/} beside the clips; the random ones from a
 * fixed seed, so every run sees the same bytes.
 */
final class HostileFiles {
    /** The seed of every random input: fixed, so every run plays the same bytes. */
    static final long SEED = 0x5EED_F1A3L;

    private HostileFiles() {
    }

    /**
     * Returns the directory the hostile files are made in.
     *
     * @return the directory
     */
    static Path directory() {
        try {
            return Files.createDirectories(TestClips.directory().resolve("hostile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first {@code percent} % of a clip, as a download cut short leaves it.
     *
     * @param clip    the clip
     * @param percent how much of it to keep
     * @return the truncated copy
     */
    static Path truncated(Path clip, int percent) {
        byte[] whole = read(clip);
        return write("truncated-" + percent + "pct-" + clip.getFileName(),
                Arrays.copyOf(whole, whole.length * percent / 100));
    }

    /**
     * A clip with {@code length} random bytes written over its middle, where the frames are.
     *
     * @param clip   the clip
     * @param length how many bytes to overwrite
     * @return the damaged copy
     */
    static Path corruptedInTheMiddle(Path clip, int length) {
        byte[] bytes = read(clip);
        byte[] noise = new byte[length];
        new Random(SEED).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, bytes.length / 2 - length / 2, length);
        return write("corrupted-" + clip.getFileName(), bytes);
    }

    /**
     * Random bytes under a video file name.
     *
     * @param size how many bytes
     * @return the file
     */
    static Path randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(SEED).nextBytes(bytes);
        return write("random-" + size + ".mp4", bytes);
    }

    /**
     * A copy of a file under another name in the hostile directory.
     *
     * @param file the file
     * @param name the new name
     * @return the copy
     */
    static Path copy(Path file, String name) {
        return write(name, read(file));
    }

    /**
     * A named pipe with a video file name: opening it for reading blocks until some process opens it for writing,
     * which none ever does.
     *
     * @param name the file name
     * @return the pipe
     */
    static Path namedPipe(String name) {
        Path pipe = directory().resolve(name);
        try {
            Files.deleteIfExists(pipe);
            Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
            if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                throw new IllegalStateException("mkfifo " + pipe + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return pipe;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, byte[] bytes) {
        try {
            return Files.write(directory().resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
