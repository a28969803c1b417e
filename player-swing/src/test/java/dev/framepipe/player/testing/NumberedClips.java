package dev.framepipe.player.testing;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Clips whose every frame shows its own number, so a test can tell from the pixels of any picture of it (a
 * thumbnail of 64 pixels or more across included) which frame it is: ten bars across the whole frame, white for a 1
 * bit and black for a 0, most significant bit left (frames 0 to 1023). The frames are written in Java as a
 * YUV4MPEG2 stream and encoded by GStreamer.
 */
public final class NumberedClips {
    private static final int BITS = 10;
    private static final byte BLACK = 16;
    private static final byte WHITE = (byte) 235;
    private static final byte NEUTRAL = (byte) 128;

    private NumberedClips() {
    }

    /**
     * An H.264 MP4 of numbered frames, made once and kept with the other test clips.
     *
     * @param width       frame width, a multiple of 20
     * @param height      frame height, even
     * @param fps         frames per second
     * @param frames      how many frames, at most 1024
     * @param keyInterval frames from one key frame to the next
     * @return the clip
     */
    public static Path h264(int width, int height, int fps, int frames, int keyInterval) {
        String name = "numbered-" + width + "x" + height + "-" + fps + "fps-" + frames + "f-key" + keyInterval + ".mp4";
        synchronized (NumberedClips.class) {
            Path target = TestClips.directory().resolve(name);
            if (Files.exists(target)) {
                return target;
            }
            Path raw = TestClips.directory().resolve(name + ".y4m");
            try {
                writeY4m(raw, width, height, fps, frames);
                return TestClips.clip(name, "filesrc location=" + raw + " ! y4mdec ! x264enc speed-preset=ultrafast"
                        + " key-int-max=" + keyInterval + " bframes=0 qp-max=20 ! mp4mux ! filesink location=%s");
            } finally {
                deleteQuietly(raw);
            }
        }
    }

    /**
     * Reads the number a picture of a numbered frame shows.
     *
     * @param picture the picture, at any size 64 pixels wide or more
     * @return the frame number
     */
    public static int numberOf(BufferedImage picture) {
        int number = 0;
        int y = picture.getHeight() / 2;
        for (int bit = 0; bit < BITS; bit++) {
            int x = (int) ((bit + 0.5) * picture.getWidth() / BITS);
            int rgb = picture.getRGB(x, y);
            int luma = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
            number = number << 1 | (luma > 128 ? 1 : 0);
        }
        return number;
    }

    private static void writeY4m(Path file, int width, int height, int fps, int frames) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F" + fps + ":1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] luma = new byte[width * height];
            byte[] chroma = new byte[width * height / 4];
            Arrays.fill(chroma, NEUTRAL);
            int bar = width / BITS;
            for (int frame = 0; frame < frames; frame++) {
                for (int x = 0; x < width; x++) {
                    boolean one = (frame >> (BITS - 1 - x / bar) & 1) == 1;
                    for (int y = 0; y < height; y++) {
                        luma[y * width + x] = one ? WHITE : BLACK;
                    }
                }
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover raw file in the build folder harms nothing.
        }
    }
}
