package dev.framepipe.bench.e2e;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;

/**
 * One player of the side-by-side benchmark, run in a JVM of its own: opens the clip in a window whose content is
 * {@code -Dbench.window=WIDTHxHEIGHT} (960×540 by default), measures the time to the first frame on screen where the
 * player can say, lets it settle, plays it once through under a {@link Probe}, prints the result and exits.
 * Subclasses say how to open, play and count.
 */
abstract class BenchPlayer {
    /** The system property that gives the size of the window's content, {@code WIDTHxHEIGHT}. */
    static final String WINDOW_PROPERTY = "bench.window";
    /** The window's content size when the property is not set. */
    static final String DEFAULT_WINDOW = "960x540";
    /** How long a player may take to show its first frame. */
    private static final long FIRST_FRAME_TIMEOUT_MILLIS = 30_000;
    private static final long SETTLE_MILLIS = 1000;

    private final CountDownLatch finished = new CountDownLatch(1);
    private JFrame window;
    private long measureMillis;

    /**
     * Runs the player on a clip or stream: {@code args[0]} is the clip's path or the stream's URI, {@code args[1]}
     * its length in milliseconds (how long a stream is measured).
     *
     * @param args the arguments
     * @throws Exception if the player fails
     */
    final void run(String[] args) throws Exception {
        String media = args[0];
        long clipMillis = Long.parseLong(args[1]);
        measureMillis = clipMillis;
        long opening = System.nanoTime();
        open(media);
        long firstFrameMillis = -1;
        if (showsFirstFrameWhenOpened()) {
            long deadline = opening + FIRST_FRAME_TIMEOUT_MILLIS * 1_000_000;
            while (shown() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            firstFrameMillis = shown() == 0 ? -1 : (System.nanoTime() - opening) / 1_000_000;
            firstFrameShown();
        }
        Thread.sleep(settleMillis());
        Probe probe = new Probe(this::shown, clipMillis);
        probe.start();
        play();
        if (!finished.await(clipMillis * 3 + 10_000, TimeUnit.MILLISECONDS)) {
            System.out.println("ERROR the clip did not end in time");
        }
        probe.end(name(), media.substring(media.lastIndexOf('/') + 1), dropped(), fewestPerStream(),
                firstFrameMillis);
        close();
        System.exit(0);
    }

    /**
     * Returns how long the player settles between opening and playing.
     *
     * @return milliseconds
     */
    long settleMillis() {
        return SETTLE_MILLIS;
    }

    /**
     * Tells whether {@link #open} ends with the first frame on its way to the screen, so that the time from opening
     * to the first frame shown is measured: from the start of {@link #open} (the player's library not yet loaded in
     * this JVM) until {@link #shown()} counts a frame; then {@link #firstFrameShown()} is called.
     *
     * @return {@code false} unless the player says so
     */
    boolean showsFirstFrameWhenOpened() {
        return false;
    }

    /** Called once the first frame is shown, when {@link #showsFirstFrameWhenOpened()}: to get ready to play. */
    void firstFrameShown() {
    }

    /**
     * Returns the size of the window's content.
     *
     * @return {@code -Dbench.window}, 960×540 by default
     */
    Dimension videoSize() {
        return windowSize(System.getProperty(WINDOW_PROPERTY, DEFAULT_WINDOW));
    }

    /**
     * Reads a window size.
     *
     * @param size {@code WIDTHxHEIGHT}
     * @return the size
     * @throws IllegalArgumentException if it is not of that form
     */
    static Dimension windowSize(String size) {
        String[] parts = size.split("x");
        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            throw new IllegalArgumentException("a window size is WIDTHxHEIGHT, such as 1920x1080, not " + size);
        }
        return new Dimension(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * Returns the frames shown of the stream that showed fewest, for players of several streams.
     *
     * @return the count; {@link #shown()} for one stream
     */
    long fewestPerStream() {
        return shown();
    }

    /**
     * Shows the video component alone in a window whose content is {@link #videoSize()}.
     *
     * @param video the component
     * @throws InterruptedException      if interrupted
     * @throws InvocationTargetException if Swing fails
     */
    final void show(Component video) throws InterruptedException, InvocationTargetException {
        EventQueue.invokeAndWait(() -> {
            window = new JFrame(name());
            window.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            JPanel content = new JPanel(new BorderLayout());
            content.setPreferredSize(videoSize());
            content.add(video);
            window.setContentPane(content);
            window.pack();
            window.setVisible(true);
        });
    }

    /** For a stream, which does not end: ends the measurement once the length given to {@link #run} has passed. */
    final void endAfterMeasuring() {
        CompletableFuture.delayedExecutor(measureMillis, TimeUnit.MILLISECONDS).execute(this::clipEnded);
    }

    /** Tells the runner the clip has ended. Any thread. */
    final void clipEnded() {
        finished.countDown();
    }

    /**
     * Returns the player's name in the tables.
     *
     * @return the name
     */
    abstract String name();

    /**
     * Opens the clip or stream and shows the window, without playing.
     *
     * @param media the clip's path or the stream's URI
     * @throws Exception if it cannot
     */
    abstract void open(String media) throws Exception;

    /** Starts playing; {@link #clipEnded()} must be called at the end of the clip. */
    abstract void play();

    /**
     * Returns the frames shown so far.
     *
     * @return the count
     */
    abstract long shown();

    /**
     * Returns the frames the player says it dropped.
     *
     * @return the count, or -1 if it cannot say
     */
    abstract long dropped();

    /**
     * Releases the player.
     *
     * @throws Exception if it cannot
     */
    abstract void close() throws Exception;
}
