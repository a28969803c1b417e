package dev.framepipe.bench.e2e;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.JComponent;

import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.Caps;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.Structure;
import org.freedesktop.gstreamer.elements.AppSink;
import org.freedesktop.gstreamer.elements.PlayBin;

/**
 * The naive player that the pattern of docs/memory.md's leaking player leads to: GStreamer converts each frame to 32-bit RGB at the clip's size, the
 * {@code new-sample} callback copies it into a <em>new</em> {@code BufferedImage}, and the component draws the
 * newest image scaled into its 960×540. No image is kept, so the garbage collector gets every one back: this is
 * the churn, not the leak, of a new image per frame.
 */
public final class NaiveBench extends BenchPlayer {
    private final AtomicLong shown = new AtomicLong();
    private final View view = new View();
    private PlayBin playbin;

    /**
     * Runs the player.
     *
     * @param args the clip and its length in milliseconds
     * @throws Exception if the player fails
     */
    public static void main(String[] args) throws Exception {
        new NaiveBench().run(args);
    }

    @Override
    String name() {
        return "naive";
    }

    @Override
    void open(String media) throws Exception {
        Path clip = Paths.get(media);
        GstPlayers.init();
        AppSink sink = new AppSink("naive");
        sink.setCaps(Caps.fromString("video/x-raw,format=BGRx"));
        sink.set("emit-signals", true);
        sink.set("sync", true);
        sink.connect((AppSink.NEW_SAMPLE) this::newSample);
        show(view);
        playbin = GstPlayers.playbin(clip, sink, this::clipEnded);
    }

    private FlowReturn newSample(AppSink sink) {
        Sample sample = sink.pullSample();
        try {
            Structure caps = sample.getCaps().getStructure(0);
            BufferedImage image = new BufferedImage(caps.getInteger("width"), caps.getInteger("height"),
                    BufferedImage.TYPE_INT_RGB);
            Buffer buffer = sample.getBuffer();
            ByteBuffer bytes = buffer.map(false);
            try {
                bytes.order(ByteOrder.nativeOrder()).asIntBuffer()
                        .get(((DataBufferInt) image.getRaster().getDataBuffer()).getData());
            } finally {
                buffer.unmap();
            }
            view.show(image);
        } finally {
            sample.dispose();
        }
        return FlowReturn.OK;
    }

    @Override
    void play() {
        playbin.play();
    }

    @Override
    long shown() {
        return shown.get();
    }

    @Override
    long dropped() {
        return -1;
    }

    @Override
    void close() {
        playbin.stop();
        playbin.dispose();
    }

    /** Draws the newest image, scaled with bilinear interpolation. */
    private final class View extends JComponent {
        private static final long serialVersionUID = 1L;
        private transient volatile BufferedImage latest;
        private transient BufferedImage painted;

        void show(BufferedImage image) {
            latest = image;
            repaint();
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            BufferedImage image = latest;
            if (image == null) {
                return;
            }
            Graphics2D g = (Graphics2D) graphics;
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, getWidth(), getHeight(), null);
            if (image != painted) {
                painted = image;
                shown.incrementAndGet();
            }
        }
    }
}
