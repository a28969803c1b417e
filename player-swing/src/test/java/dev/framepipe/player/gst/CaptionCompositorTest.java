package dev.framepipe.player.gst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.elements.AppSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.testing.Await;

/**
 * The caption compositor blends its picture into real frames where it was put, only while it has one, and lets go of
 * its signal handlers when GStreamer frees the element.
 */
class CaptionCompositorTest {
    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;

    @BeforeAll
    static void startGStreamer() {
        GStreamerRuntime.ensureInitialized();
    }

    @Test
    void aShownPictureIsBlendedWhereItWasPutAndClearedAgain() {
        AtomicReference<int[]> size = new AtomicReference<>();
        CaptionCompositor compositor = new CaptionCompositor((width, height) -> size.set(new int[] {width, height}));
        Pipeline pipeline = (Pipeline) Gst.parseLaunch("videotestsrc pattern=black ! video/x-raw,format=BGRx,width="
                + WIDTH + ",height=" + HEIGHT + ",framerate=25/1 ! queue name=in");
        AppSink sink = (AppSink) ElementFactory.make("appsink", "out");
        sink.set("max-buffers", 1);
        sink.set("drop", true);
        sink.set("sync", false);
        Element captioned = compositor.wrap(sink);
        pipeline.add(captioned);
        pipeline.getElementByName("in").link(captioned);
        try {
            pipeline.play();
            assertThat(centreOfBox(sink)).as("nothing shown yet").isEqualTo(0x000000);

            int[] white = new int[20 * 10];
            Arrays.fill(white, 0xFFFFFFFF);
            compositor.show(white, 10, 10, 20, 10);
            Await.until(Duration.ofSeconds(10), () -> centreOfBox(sink) == 0xFFFFFF, () -> "not blended");
            assertThat(pixel(sink, 40, 40)).as("outside the picture").isEqualTo(0x000000);
            assertThat(size.get()).as("the frames' size, told to the listener").containsExactly(WIDTH, HEIGHT);

            compositor.clear();
            Await.until(Duration.ofSeconds(10), () -> centreOfBox(sink) == 0x000000, () -> "still blended");
        } finally {
            pipeline.stop();
            pipeline.dispose();
        }
    }

    @Test
    void aPictureThatDoesNotMatchItsSizeIsRefused() {
        CaptionCompositor compositor = new CaptionCompositor((width, height) -> { });
        assertThatThrownBy(() -> compositor.show(new int[10], 0, 0, 4, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4x4");
        assertThatThrownBy(() -> compositor.show(new int[16], -1, 0, 4, 4))
                .isInstanceOf(IllegalArgumentException.class);
        compositor.clear();
    }

    @Test
    void theSignalHandlersGoWithTheElement() {
        int before = CaptionCompositor.liveHandlers();
        Bin bin = makeAndDrop();
        assertThat(CaptionCompositor.liveHandlers()).isEqualTo(before + 2);

        bin.dispose();
        Await.until(Duration.ofSeconds(20), () -> {
            System.gc();
            return CaptionCompositor.liveHandlers() == before;
        }, () -> CaptionCompositor.liveHandlers() + " handlers left, " + before + " before");
    }

    private static Bin makeAndDrop() {
        return (Bin) new CaptionCompositor((width, height) -> { }).wrap(ElementFactory.make("fakesink", null));
    }

    private static int centreOfBox(AppSink sink) {
        return pixel(sink, 20, 15);
    }

    /** The RGB of one pixel of the next BGRx frame. */
    private static int pixel(AppSink sink, int x, int y) {
        Sample sample = sink.pullSample();
        try {
            Buffer buffer = sample.getBuffer();
            ByteBuffer bytes = buffer.map(false);
            try {
                int at = (y * WIDTH + x) * 4;
                return (bytes.get(at + 2) & 0xFF) << 16 | (bytes.get(at + 1) & 0xFF) << 8 | bytes.get(at) & 0xFF;
            } finally {
                buffer.unmap();
            }
        } finally {
            sample.dispose();
        }
    }
}
