package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.function.Function;

import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.glib.Natives;
import org.junit.jupiter.api.Test;

import com.sun.jna.Pointer;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.gst.NativeFrameReader;
import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.testing.Await;

/**
 * Real GStreamer buffers whose video meta (or size) lies about where the planes are, over memory that ends at a
 * guard page: {@link NativeFrameReader} accepts exactly the frames whose planes lie inside the mapped buffer, copies
 * the right bytes from those, and never reads past the end (that would crash the JVM). Played through a real
 * player and component, a lying frame halts the player with "its frames are malformed".
 */
class LyingVideoMetaTest extends CorpusWindow {
    private static final Colorimetry COLOUR = Colorimetry.of(Colorimetry.Matrix.BT601, Colorimetry.Range.LIMITED);
    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;
    private static final String CAPS = "video/x-raw,format=NV12,width=" + WIDTH + ",height=" + HEIGHT
            + ",framerate=30/1";

    @Test
    void theReaderTakesExactlyTheFramesThatFitTheirBuffer() {
        GStreamerRuntime.ensureInitialized();
        Random random = new Random(FuzzSeed.seed("native reader, lying video meta"));
        int cases = FuzzSeed.cases(2_000);
        int accepted = 0;
        try (NativeFrameReader reader = new NativeFrameReader()) {
            for (int i = 0; i < cases; i++) {
                int width = 1 + random.nextInt(40);
                int height = 1 + random.nextInt(40);
                GuardedFrames.Meta meta = random.nextInt(4) == 0 ? null : meta(random, width, height);
                long need = meta == null ? VideoLayout.packedNv12(width, height, COLOUR).planeEnd(1)
                        : Math.max(meta.yOffset + (long) meta.yStride * height, meta.uvOffset
                        + (long) meta.uvStride * ((height + 1) / 2));
                int size = (int) Math.max(1, Math.min(1 << 20, need + random.nextInt(64) - 48));
                if (readOne(reader, random, width, height, meta, size)) {
                    accepted++;
                }
            }
        }
        System.out.println("[reliability] native reader, lying video meta | " + cases + " buffers, " + accepted
                + " accepted, the rest refused");
        assertThat(accepted).isBetween(cases / 10, cases - cases / 10);
    }

    /** Maps one guarded buffer; checks the reader's verdict against the oracle and the bytes it copies. */
    private static boolean readOne(NativeFrameReader reader, Random random, int width, int height,
                                   GuardedFrames.Meta meta, int size) {
        String caps = "video/x-raw,format=NV12,width=" + width + ",height=" + height + ",framerate=30/1";
        String what = width + "x" + height + " " + (meta == null ? "no meta" : meta) + " in " + size + " bytes";
        try (GuardedFrames memory = new GuardedFrames(size)) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            memory.data().write(0, content, 0, size);
            Pointer sample = memory.sample(caps, meta);
            try {
                boolean mapped;
                try {
                    mapped = reader.map(Pointer.nativeValue(sample));
                } catch (FrameLayoutException e) {
                    assertThat(expected(width, height, meta, size)).as("refused " + what + ": " + e.getMessage())
                            .isFalse();
                    return false;
                }
                assertThat(mapped).as("a sample with caps and a buffer maps").isTrue();
                try {
                    assertThat(expected(width, height, meta, size)).as("accepted " + what).isTrue();
                    assertCopiesThePlanes(reader, content, what);
                } finally {
                    reader.unmap();
                }
                return true;
            } finally {
                GuardedFrames.release(sample);
            }
        }
    }

    private static void assertCopiesThePlanes(NativeFrameReader reader, byte[] content, String what) {
        VideoLayout layout = reader.layout();
        for (int plane = 0; plane < VideoLayout.PLANES; plane++) {
            byte[] copy = new byte[(int) layout.planeSpan(plane)];
            reader.copyPlane(plane, copy);
            int offset = (int) layout.offset(plane);
            for (int index = 0; index < copy.length; index++) {
                if (copy[index] != content[offset + index]) {
                    throw new AssertionError("plane " + plane + " byte " + index + " differs: " + what);
                }
            }
        }
    }

    /** The oracle: the meta must describe the caps' frame in two planes, consistently, inside the buffer. */
    private static boolean expected(int width, int height, GuardedFrames.Meta meta, int size) {
        if (meta == null) {
            return LayoutOracle.fits(VideoLayout.packedNv12(width, height, COLOUR), size);
        }
        if (meta.width != width || meta.height != height || meta.planes != VideoLayout.PLANES
                || !LayoutOracle.consistent(width, height, meta.yOffset, meta.yStride, meta.uvOffset, meta.uvStride)) {
            return false;
        }
        return LayoutOracle.fits(VideoLayout.nv12(new VideoFormat(width, height, COLOUR, 1, 1, 30, 1), meta.yOffset,
                meta.yStride, meta.uvOffset, meta.uvStride), size);
    }

    /** A meta that is mostly plausible and often slightly wrong: off by a row, a byte, a plane or a pixel. */
    private static GuardedFrames.Meta meta(Random random, int width, int height) {
        int metaWidth = random.nextInt(12) == 0 ? width + random.nextInt(3) - 1 : width;
        int metaHeight = random.nextInt(12) == 0 ? height + random.nextInt(3) - 1 : height;
        int planes = random.nextInt(12) == 0 ? 1 + random.nextInt(3) : 2;
        long yOffset = random.nextInt(8) == 0 ? random.nextLong() : random.nextInt(64);
        int yStride = random.nextInt(8) == 0 ? random.nextInt() : width - 2 + random.nextInt(24);
        long uvOffset = random.nextInt(8) == 0 ? random.nextLong()
                : yOffset + (long) yStride * height + random.nextInt(48) - 32;
        int uvStride = random.nextInt(8) == 0 ? random.nextInt() : LayoutOracle.chromaRowBytes(width) - 2
                + random.nextInt(24);
        return new GuardedFrames.Meta(metaWidth, metaHeight, planes, yOffset, yStride, uvOffset, uvStride);
    }

    @Test
    void aFrameWhoseMetaLiesHaltsThePlayer() {
        int packedSize = (int) VideoLayout.packedNv12(WIDTH, HEIGHT, COLOUR).planeEnd(1);
        // The CbCr plane claimed one row further down than the buffer reaches.
        GuardedFrames.Meta lie = new GuardedFrames.Meta(WIDTH, HEIGHT, 2, 0, WIDTH, (long) WIDTH * (HEIGHT + 1),
                WIDTH);
        // The refused frame is the stream's only one: its end is announced too, sometimes before the halt.
        Outcome outcome = playPushed(packedSize, lie,
                source -> playToHalt("appsrc frame whose video meta points past its buffer", source));
        MediaException error = Playthrough.haltedClearly(outcome, outcome.error().orElseThrow().getInput());
        assertThat(error.getMessage()).contains("its frames are malformed").contains("needs bytes up to")
                .contains("but the buffer holds " + packedSize);
    }

    @Test
    void aFrameThatFitsItsGuardedBufferIsShown() {
        int packedSize = (int) VideoLayout.packedNv12(WIDTH, HEIGHT, COLOUR).planeEnd(1);
        Playthrough.shown(playPushed(packedSize, null, source -> play("appsrc frame that ends at a guard page",
                source)));
    }

    /**
     * Plays {@code appsrc ! appsink} in the window, pushing one guarded frame and end of stream.
     *
     * @param size    the frame's buffer size, which ends at a guard page
     * @param meta    the video meta the buffer carries, or {@code null} for none
     * @param playing plays the source in the window: to its halt, or to its end
     * @return the outcome
     */
    private static Outcome playPushed(int size, GuardedFrames.Meta meta, Function<MediaSource, Outcome> playing) {
        GStreamerRuntime.ensureInitialized();
        Pipeline pipeline = (Pipeline) Gst.parseLaunch("appsrc name=src format=time caps=" + CAPS + " ! appsink");
        try (GuardedFrames memory = new GuardedFrames(size)) {
            Pointer appsrc = Natives.getRawPointer(pipeline.getElementByName("src"));
            Thread pusher = new Thread(() -> {
                // The appsrc refuses buffers until the player has started it.
                Await.until(Duration.ofSeconds(10), () -> memory.push(appsrc, meta), () -> "appsrc never started");
                GuardedFrames.endOfStream(appsrc);
            }, "test-pusher");
            pusher.start();
            Outcome outcome = playing.apply(MediaSource.ofPipeline(pipeline));
            Await.until(Duration.ofSeconds(10), () -> !pusher.isAlive(), () -> "pusher still running");
            return outcome;
        } finally {
            pipeline.dispose();
        }
    }
}
