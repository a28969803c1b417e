package dev.framepipe.bench.e2e;

import java.awt.EventQueue;
import java.util.List;
import java.util.Locale;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.swing.VideoWall;

/** Framepipe's {@link VideoWall} as it comes, of {@link WallBench#STREAMS} players of the same camera. */
public final class FramepipeWallBench extends WallPlayer {
    private VideoWall wall;
    private List<MediaPlayer> players;

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
    void open(String media) throws Exception {
        EventQueue.invokeAndWait(() -> {
            wall = new VideoWall();
            for (int i = 0; i < WallBench.STREAMS; i++) {
                wall.add(MediaSource.ofUri(media), "camera " + (i + 1));
            }
            players = wall.getPlayers();
        });
        show(wall);
    }

    @Override
    long[] shownPerStream() {
        return players.stream().mapToLong(player -> wall.getTile(player).getRenderStatistics().getFramesRendered())
                .toArray();
    }

    @Override
    long droppedInAll() {
        return players.stream().mapToLong(player -> player.statistics().getFramesDropped()).sum();
    }

    @Override
    void close() throws Exception {
        // Each stream's state, for the log: a stream that showed little says why here.
        long[] shown = shownPerStream();
        for (int i = 0; i < players.size(); i++) {
            MediaPlayer player = players.get(i);
            System.out.printf(Locale.ROOT, "STREAM %d shown=%d status=%s%s%n", i + 1, shown[i], player.getStatus(),
                    player.getError().map(error -> " error=" + error.getMessage()).orElse(""));
        }
        EventQueue.invokeAndWait(wall::dispose);
    }
}
