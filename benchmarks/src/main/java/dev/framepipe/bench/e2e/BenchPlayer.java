package dev.framepipe.bench.e2e;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.nio.file.Paths;
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

    /**
     * Runs the player on a clip: {@code args[0]} is the clip, {@code args[1]} its length in milliseconds.
     *
     * @param args the arguments
     * @throws Exception if the player fails
     */
    final void run(String[] args) throws Exception {
        Path clip = Paths.get(args[0]);
        long clipMillis = Long.parseLong(args[1]);
        open(clip);
        Thread.sleep(SETTLE_MILLIS);
        Probe probe = new Probe(this::shown, clipMillis);
        probe.start();
        play();
        if (!finished.await(clipMillis * 3 + 10_000, TimeUnit.MILLISECONDS)) {
            System.out.println("ERROR the clip did not end in time");
        }
        probe.end(name(), clip.getFileName().toString(), dropped());
        close();
        System.exit(0);
    }

    /**
     * Shows the video component alone in a window whose content is {@link #VIDEO_SIZE}.
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
            content.setPreferredSize(VIDEO_SIZE);
            content.add(video);
            window.setContentPane(content);
            window.pack();
            window.setVisible(true);
        });
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
     * Opens the clip and shows the window, without playing.
     *
     * @param clip the clip
     * @throws Exception if it cannot
     */
    abstract void open(Path clip) throws Exception;

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

    /** Releases the player. */
    abstract void close();
}
