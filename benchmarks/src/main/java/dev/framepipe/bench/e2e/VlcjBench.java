package dev.framepipe.bench.e2e;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import uk.co.caprica.vlcj.media.MediaStatistics;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.base.MediaPlayerEventAdapter;
import uk.co.caprica.vlcj.player.component.CallbackMediaPlayerComponent;

/**
 * vlcj's {@code CallbackMediaPlayerComponent} as it comes (its own factory, locked buffers, RV32 frames, its default
 * scaled painter), audio off ({@code :no-audio}). The painter is wrapped only to count the paints that draw a
 * frame. vlcj is GPL: it is used here, in the unpublished benchmarks, and nowhere else.
 */
public final class VlcjBench extends BenchPlayer {
    private final AtomicLong shown = new AtomicLong();
    private final MediaStatistics statistics = new MediaStatistics();
    private final AtomicLong lost = new AtomicLong(-1);
    private final ScheduledExecutorService statisticsReader = Executors.newSingleThreadScheduledExecutor();
    private CallbackMediaPlayerComponent component;
    private Path clip;

    /**
     * Runs the player.
     *
     * @param args the clip and its length in milliseconds
     * @throws Exception if the player fails
     */
    public static void main(String[] args) throws Exception {
        new VlcjBench().run(args);
    }

    @Override
    String name() {
        return "vlcj";
    }

    @Override
    void open(String media) throws Exception {
        clip = Paths.get(media);
        component = new CallbackMediaPlayerComponent(null, null, null, true, new CountingPainter(shown));
        component.mediaPlayer().events().addMediaPlayerEventListener(new MediaPlayerEventAdapter() {
            @Override
            public void finished(MediaPlayer player) {
                clipEnded();
            }

            @Override
            public void error(MediaPlayer player) {
                System.out.println("ERROR vlcj reported an error");
                clipEnded();
            }
        });
        show(component);
        // libvlc shows no frame while paused at the start (":start-paused" shows none), so it plays until the first
        // frame is shown, then pauses and goes back to the start (firstFrameShown) to play the clip from there.
        component.mediaPlayer().media().play(clip.toString(), ":no-audio");
    }

    @Override
    boolean showsFirstFrameWhenOpened() {
        return true;
    }

    @Override
    void firstFrameShown() {
        component.mediaPlayer().controls().setPause(true);
        component.mediaPlayer().controls().setTime(0);
    }

    @Override
    void play() {
        component.mediaPlayer().controls().play();
        // libvlc's statistics go when the media ends: keep the last reading.
        statisticsReader.scheduleAtFixedRate(this::readStatistics, 100, 100, TimeUnit.MILLISECONDS);
    }

    private void readStatistics() {
        if (component.mediaPlayer().media().info().statistics(statistics)) {
            lost.set(statistics.picturesLost());
        }
    }

    @Override
    long shown() {
        return shown.get();
    }

    @Override
    long dropped() {
        statisticsReader.shutdownNow();
        return lost.get();
    }

    @Override
    void close() {
        component.release();
    }
}
