package dev.framepipe.bench.e2e;

import java.awt.EventQueue;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.JPanel;

import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.media.MediaStatistics;
import uk.co.caprica.vlcj.player.component.CallbackMediaPlayerComponent;

/**
 * {@link WallBench#STREAMS} of vlcj's {@code CallbackMediaPlayerComponent} in a grid, each playing the same camera,
 * sharing one {@code MediaPlayerFactory} (one libvlc instance, as a careful vlcj user would), audio off, painted by
 * vlcj's default scaled painter. vlcj is GPL: it is used here, in the unpublished benchmarks, and nowhere else.
 */
public final class VlcjWallBench extends WallPlayer {
    private final List<CallbackMediaPlayerComponent> components = new ArrayList<>();
    private final List<AtomicLong> shown = new ArrayList<>();
    private MediaPlayerFactory factory;

    /**
     * Runs the wall.
     *
     * @param args the camera's URI and how long to measure, in milliseconds
     * @throws Exception if the wall fails
     */
    public static void main(String[] args) throws Exception {
        new VlcjWallBench().run(args);
    }

    @Override
    String name() {
        return "vlcj";
    }

    @Override
    void open(String media) throws Exception {
        factory = new MediaPlayerFactory();
        JPanel grid = new JPanel(new GridLayout(0, (int) Math.ceil(Math.sqrt(WallBench.STREAMS)), 2, 2));
        EventQueue.invokeAndWait(() -> {
            for (int i = 0; i < WallBench.STREAMS; i++) {
                AtomicLong painted = new AtomicLong();
                CallbackMediaPlayerComponent component = new CallbackMediaPlayerComponent(factory, null, null, true,
                        new CountingPainter(painted));
                components.add(component);
                shown.add(painted);
                grid.add(component);
            }
        });
        show(grid);
        // Playing at once, as a wall does: the window opens once every stream has settled.
        components.forEach(component -> component.mediaPlayer().media().play(media, ":no-audio"));
    }

    @Override
    long[] shownPerStream() {
        return shown.stream().mapToLong(AtomicLong::get).toArray();
    }

    @Override
    long droppedInAll() {
        long lost = 0;
        MediaStatistics statistics = new MediaStatistics();
        for (CallbackMediaPlayerComponent component : components) {
            if (component.mediaPlayer().media().info().statistics(statistics)) {
                lost += statistics.picturesLost();
            }
        }
        return lost;
    }

    @Override
    void close() {
        components.forEach(CallbackMediaPlayerComponent::release);
        factory.release();
    }
}
