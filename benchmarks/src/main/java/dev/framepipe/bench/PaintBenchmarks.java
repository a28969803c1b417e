package dev.framepipe.bench;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

import dev.framepipe.player.testing.ProcessMemory;

/**
 * What a frame costs on the event dispatch thread: uploading the converted image into the component's one
 * {@code VolatileImage}, and drawing it (scaled or not) into the window, through Swing's own painting. Java2D draws
 * through XRender, so part of the work is the X server's: each step ends with {@code Toolkit.sync()} (a round trip,
 * so the server has finished), and the X server's CPU over the loop is reported beside the EDT's time.
 *
 * <p>Run from the project root with {@code ./framepipe bench paint} (under Xvfb when there is no display);
 * {@code -Dbench.quick=true} measures fewer frames.
 */
public final class PaintBenchmarks {
    private static final int WARM_UP = 100;

    private PaintBenchmarks() {
    }

    /** A frame size shown in a window: what is uploaded (the converted size) and where it is drawn. */
    private static final class Case {
        final String name;
        final int uploadWidth;
        final int uploadHeight;
        final int windowWidth;
        final int windowHeight;

        Case(String name, int uploadWidth, int uploadHeight, int windowWidth, int windowHeight) {
            this.name = name;
            this.uploadWidth = uploadWidth;
            this.uploadHeight = uploadHeight;
            this.windowWidth = windowWidth;
            this.windowHeight = windowHeight;
        }
    }

    /**
     * Runs the measurements and prints the table.
     *
     * @param args ignored
     * @throws Exception if Swing fails
     */
    public static void main(String[] args) throws Exception {
        int frames = Boolean.getBoolean("bench.quick") ? 150 : 600;
        // Framepipe converts at the size shown (never larger than the frame), so a large frame in a smaller window
        // is uploaded at the window's size and drawn 1:1; a small frame in a larger window is scaled up by the draw.
        // The last case is what a player that converts at the frame's size does instead (gst1-java-swing, naive).
        List<Case> cases = List.of(
                new Case("640x360 in 960x540", 640, 360, 960, 540),
                new Case("1280x720 in 960x540", 960, 540, 960, 540),
                new Case("1920x1080 in 960x540", 960, 540, 960, 540),
                new Case("1920x1080 in 1920x1080", 1920, 1080, 1920, 1080),
                new Case("3840x2160 in 1920x1080", 1920, 1080, 1920, 1080),
                new Case("1280x720 in 1920x1080", 1280, 720, 1920, 1080),
                new Case("1920x1080 in 960x540, uploaded at 1920x1080 (not Framepipe)", 1920, 1080, 960, 540));
        long xServer = ProcessMemory.xServerPid();
        System.out.printf("Per frame on the EDT, %d frames after %d of warm-up; XRender pipeline: %s; X server %s%n",
                frames, WARM_UP, System.getProperty("sun.java2d.xrender", "default"),
                xServer < 0 ? "not found" : "pid " + xServer);
        System.out.printf("%-62s %-10s %-10s %9s %9s %11s %9s%n", "case", "uploaded", "drawn", "upload ms",
                "draw ms", "EDT CPU ms", "X CPU ms");
        for (Case test : cases) {
            measure(test, frames, xServer);
        }
        System.exit(0);
    }

    private static void measure(Case test, int frames, long xServer) throws InterruptedException,
            InvocationTargetException {
        Surface surface = new Surface();
        JFrame window = show(surface, test);
        BufferedImage[] images = {image(test, 1), image(test, 2)};
        long[] times = new long[3];
        EventQueue.invokeAndWait(() -> {
            for (int i = 0; i < WARM_UP; i++) {
                surface.frame(images[i % 2]);
            }
        });
        long xStart = ProcessMemory.cpuMillis(xServer);
        EventQueue.invokeAndWait(() -> {
            long cpu = threadCpu();
            for (int i = 0; i < frames; i++) {
                long[] step = surface.frame(images[i % 2]);
                times[0] += step[0];
                times[1] += step[1];
            }
            times[2] = threadCpu() - cpu;
        });
        long xCpu = xServer < 0 ? -1 : ProcessMemory.cpuMillis(xServer) - xStart;
        System.out.printf(Locale.ROOT, "%-62s %-10s %-10s %9.3f %9.3f %11.3f %9.3f%n", test.name,
                test.uploadWidth + "x" + test.uploadHeight, test.windowWidth + "x" + test.windowHeight,
                times[0] / 1e6 / frames, times[1] / 1e6 / frames, times[2] / 1e6 / frames,
                xCpu < 0 ? Double.NaN : xCpu / (double) frames);
        EventQueue.invokeAndWait(() -> {
            surface.probe.release();
            window.dispose();
        });
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static JFrame show(Surface surface, Case test) throws InterruptedException, InvocationTargetException {
        JFrame[] window = new JFrame[1];
        EventQueue.invokeAndWait(() -> {
            window[0] = new JFrame("paint benchmark");
            window[0].setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            surface.setPreferredSize(new Dimension(test.windowWidth, test.windowHeight));
            window[0].setContentPane(surface);
            window[0].pack();
            window[0].setVisible(true);
        });
        Toolkit.getDefaultToolkit().sync();
        return window[0];
    }

    /** A converted frame: noise, so that nothing about the content is cheaper than video. */
    private static BufferedImage image(Case test, long seed) {
        BufferedImage image = new BufferedImage(test.uploadWidth, test.uploadHeight, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(seed);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt() & 0xFFFFFF;
        }
        return image;
    }

    /** Paints the volatile image scaled into its whole area, as the video component does. */
    private static final class Surface extends JComponent {
        private static final long serialVersionUID = 1L;
        private final transient VolatileFrameProbe probe = new VolatileFrameProbe();

        Surface() {
            setOpaque(true);
        }

        /** Uploads a frame and paints it through Swing; returns the nanoseconds of each, X server included. */
        long[] frame(BufferedImage image) {
            long start = System.nanoTime();
            probe.upload(image, getGraphicsConfiguration());
            Toolkit.getDefaultToolkit().sync();
            long uploaded = System.nanoTime();
            paintImmediately(0, 0, getWidth(), getHeight());
            Toolkit.getDefaultToolkit().sync();
            return new long[] {uploaded - start, System.nanoTime() - uploaded};
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            probe.draw((Graphics2D) graphics, new Rectangle(0, 0, getWidth(), getHeight()));
        }
    }
}
