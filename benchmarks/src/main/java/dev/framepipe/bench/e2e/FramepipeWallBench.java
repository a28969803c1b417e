package dev.framepipe.bench.e2e;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.util.List;
import java.util.Locale;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.swing.VideoWall;

/** Framepipe's {@link VideoWall} of {@link WallBench#STREAMS} RTSP players, each a client of the same camera. */
public final class FramepipeWallBench extends BenchPlayer {
    private VideoWall wall;
    private List<MediaPlayer> players;
    private long[] shownBefore;
    private long droppedBefore;

    /**
     * Runs the wall.
     *
     * @param args the camera's URI and how long to measure, in milliseconds
     * @throws Exception if the wall fails
     */
    public static void main(String[] args) throws Exception {
        new FramepipeWallBench().run(args);
    }

    @Override
    String name() {
        return "framepipe";
    }

    @Override
    Dimension videoSize() {
        return WallBench.WINDOW;
    }

    @Override
    long settleMillis() {
        return WallBench.SETTLE_MILLIS;
    }

    @Override
    void open(String media) throws Exception {
        EventQueue.invokeAndWait(() -> {
            // Playing at once, as a wall does: the window opens once every stream is past its jitter buffer.
            wall = new VideoWall();
            for (int i = 0; i < WallBench.STREAMS; i++) {
                wall.add(MediaSource.ofUri(media), "camera " + (i + 1));
            }
            players = wall.getPlayers();
        });
        show(wall);
    }

    @Override
    void play() {
        shownBefore = players.stream().mapToLong(this::rendered).toArray();
        droppedBefore = droppedInAll();
        endAfterMeasuring();
    }

    @Override
    long shown() {
        return players.stream().mapToLong(this::rendered).sum();
    }

    @Override
    long fewestPerStream() {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < players.size(); i++) {
            fewest = Math.min(fewest, rendered(players.get(i)) - shownBefore[i]);
        }
        return fewest;
    }

    private long rendered(MediaPlayer player) {
        return wall.getTile(player).getRenderStatistics().getFramesRendered();
    }

    @Override
    long dropped() {
        for (int i = 0; i < players.size(); i++) {
            MediaPlayer player = players.get(i);
            System.out.printf(Locale.ROOT, "STREAM %d shown=%d status=%s%s%n", i + 1, rendered(player),
                    player.getStatus(), player.getError().map(error -> " error=" + error.getMessage()).orElse(""));
        }
        return droppedInAll() - droppedBefore;
    }

    private long droppedInAll() {
        return players.stream().mapToLong(player -> player.statistics().getFramesDropped()).sum();
    }

    @Override
    void close() throws Exception {
        EventQueue.invokeAndWait(wall::dispose);
    }
}
