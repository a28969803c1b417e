package dev.framepipe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * One NV12 frame drawn by GStreamer ({@code videotestsrc pattern=smpte}), the same bytes for both converters. The
 * frame is written by {@code gst-launch-1.0} into {@code target/bench-frames} once. Content does not change the
 * cost of either converter (neither has data-dependent branches), so a test pattern is as good as video here.
 */
final class BenchFrame {
    private static final Path DIR = Paths.get(System.getProperty("bench.frames", "target/bench-frames"));

    /** The whole frame as GStreamer lays it out: Y plane, then the CbCr plane, both with stride = width. */
    final byte[] nv12;
    final byte[] y;
    final byte[] uv;

    private BenchFrame(byte[] nv12, int width, int height) {
        this.nv12 = nv12;
        y = Arrays.copyOf(nv12, width * height);
        uv = Arrays.copyOfRange(nv12, width * height, width * height * 3 / 2);
    }

    /**
     * Loads (and first makes) a frame.
     *
     * @param width  the width, a multiple of 4 so that GStreamer's strides equal the width
     * @param height the height, even
     * @return the frame
     */
    static BenchFrame load(int width, int height) {
        if (width % 4 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("benchmark frames are multiples of 4 wide and even high: " + width
                    + "x" + height);
        }
        try {
            Path file = DIR.resolve("smpte-" + width + "x" + height + ".nv12");
            if (!Files.exists(file)) {
                Files.createDirectories(DIR);
                Path partial = DIR.resolve(file.getFileName() + ".partial");
                run("gst-launch-1.0", "-q", "videotestsrc", "num-buffers=1", "pattern=smpte", "!",
                        "video/x-raw,format=NV12,width=" + width + ",height=" + height, "!", "filesink",
                        "location=" + partial);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return new BenchFrame(Files.readAllBytes(file), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
