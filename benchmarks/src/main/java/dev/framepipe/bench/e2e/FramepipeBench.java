package dev.framepipe.bench.e2e;

import java.awt.EventQueue;
import java.nio.file.Path;
import java.nio.file.Paths;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.swing.DisplayState;
import dev.framepipe.player.swing.VideoComponent;

/** Framepipe's {@link VideoComponent}, playing in real time with audio off. */
public final class FramepipeBench extends BenchPlayer {
    private MediaPlayer player;
    private VideoComponent video;

    /**
     * Runs the player.
     *
     * @param args the clip and its length in milliseconds
     * @throws Exception if the player fails
     */
    public static void main(String[] args) throws Exception {
        new FramepipeBench().run(args);
    }

    @Override
    String name() {
        return "framepipe";
    }

    @Override
    void open(String media) throws Exception {
        Path clip = Paths.get(media);
        player = MediaPlayer.create(MediaSource.of(clip), PlayerOptions.defaults().withAudioEnabled(false));
        player.events().addListener(new MediaPlayerListener() {
            @Override
            public void endOfMedia(MediaPlayer ended) {
                clipEnded();
            }
        });
        EventQueue.invokeAndWait(() -> video = new VideoComponent(player));
        show(video);
        while (!isShowingVideo()) {
            Thread.sleep(20);
        }
    }

    private boolean isShowingVideo() throws Exception {
        boolean[] showing = new boolean[1];
        EventQueue.invokeAndWait(() -> showing[0] = video.getDisplayState() == DisplayState.VIDEO);
        return showing[0];
    }

    @Override
    boolean showsFirstFrameWhenOpened() {
        return true;
    }

    @Override
    void play() {
        player.controls().play();
    }

    @Override
    long shown() {
        return video.getRenderStatistics().getFramesRendered();
    }

    @Override
    long dropped() {
        return player.statistics().getFramesDropped();
    }

    @Override
    void close() {
        player.dispose();
    }
}
