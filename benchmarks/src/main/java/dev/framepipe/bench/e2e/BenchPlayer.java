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
 * One player of the side-by-side benchmark, run in a JVM of its own: opens the clip in a 960×540 window, lets it
 * settle, plays it once through under a {@link Probe}, prints the result and exits. Subclasses say how to open,
 * play and count.
 */
abstract class BenchPlayer {
    /** The size every player's video area has. */
    static final Dimension VIDEO_SIZE = new Dimension(960, 540);
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
        open(media);
        Thread.sleep(settleMillis());
        Probe probe = new Probe(this::shown, clipMillis);
        probe.start();
        play();
        if (!finished.await(clipMillis * 3 + 10_000, TimeUnit.MILLISECONDS)) {
            System.out.println("ERROR the clip did not end in time");
        }
        probe.end(name(), media.substring(media.lastIndexOf('/') + 1), dropped(), fewestPerStream());
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
     * Returns the size of the window's content.
     *
     * @return {@link #VIDEO_SIZE} unless a player shows more
     */
    Dimension videoSize() {
        return VIDEO_SIZE;
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
