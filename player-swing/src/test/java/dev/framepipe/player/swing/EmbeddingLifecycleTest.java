package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * The player inside someone else's window, as an IDE plugin or a form uses it: in split, tabbed, scroll and layered
 * panes, full screen and back, removed and re-added while playing, eight at once, disposed while playing, and
 * showing an error in place of the picture.
 */
@ExtendWith(EdtChecked.class)
class EmbeddingLifecycleTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final List<MediaPlayer> players = new ArrayList<>();
    private JFrame frame;

    @AfterEach
    void close() {
        if (frame != null) {
            Windows.onEdt(frame::dispose);
        }
        players.forEach(MediaPlayer::dispose);
    }

    /** The containers an application puts a player in, each with the player in it. */
    enum Host {
        SPLIT_PANE(panel -> {
            JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JLabel("project"), panel);
            split.setDividerLocation(120);
            return split;
        }),
        TABBED_PANE(panel -> {
            JTabbedPane tabs = new JTabbedPane();
            tabs.addTab("Editor", new JLabel("code"));
            tabs.addTab("Preview", null, panel, "The video");
            tabs.setSelectedComponent(panel);
            return tabs;
        }),
        SCROLL_PANE(JScrollPane::new),
        LAYERED_PANE(panel -> {
            JLayeredPane layers = new JLayeredPane();
            panel.setBounds(10, 10, 480, 320);
            layers.add(panel, JLayeredPane.PALETTE_LAYER);
            return layers;
        }),
        BORDER_LAYOUT(panel -> {
            JPanel form = new JPanel(new BorderLayout());
            form.add(new JLabel("Title"), BorderLayout.NORTH);
            form.add(panel, BorderLayout.CENTER);
            return form;
        });

        private final Function<VideoPlayerPanel, Component> wrap;

        Host(Function<VideoPlayerPanel, Component> wrap) {
            this.wrap = wrap;
        }
    }

    @ParameterizedTest
    @EnumSource(Host.class)
    void fullScreenAndBackPutsThePanelInItsPlaceStillPlaying(Host host) {
        MediaPlayer player = looping(TestClips.h264Small());
        VideoPlayerPanel panel = Windows.onEdt(() -> new VideoPlayerPanel(player));
        frame = Windows.show(Windows.onEdt(() -> host.wrap.apply(panel)), new Dimension(640, 400));
        player.controls().play();
        awaitFrames(panel.getVideoComponent());
        Container parent = Windows.onEdt(() -> panel.getParent());
        Rectangle bounds = Windows.onEdt(() -> panel.getBounds());
        String tabTitle = host == Host.TABBED_PANE ? Windows.onEdt(() -> ((JTabbedPane) parent).getTitleAt(1)) : null;

        Windows.onEdt(() -> panel.setFullScreen(true));
        Rectangle screen = Windows.onEdt(() -> GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice().getDefaultConfiguration().getBounds());
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> SwingUtilities.getWindowAncestor(panel).getBounds())
                .equals(screen), () -> "window " + Windows.onEdt(() -> SwingUtilities.getWindowAncestor(panel)));
        awaitFrames(panel.getVideoComponent());

        Windows.onEdt(() -> panel.setFullScreen(false));
        assertThat(Windows.onEdt(() -> panel.getParent())).isSameAs(parent);
        assertThat(Windows.onEdt(() -> SwingUtilities.getWindowAncestor(panel))).isSameAs(frame);
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> panel.getBounds()).equals(bounds),
                () -> "bounds " + Windows.onEdt(() -> panel.getBounds()) + ", was " + bounds);
        if (tabTitle != null) {
            assertThat(Windows.onEdt(() -> ((JTabbedPane) parent).getTitleAt(1))).isEqualTo(tabTitle);
            assertThat(Windows.onEdt(() -> ((JTabbedPane) parent).getSelectedComponent())).isSameAs(panel);
        }
        assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
        awaitFrames(panel.getVideoComponent());
        assertThat(Windows.onEdt(panel.getVideoComponent()::isDisposed)).isFalse();
    }

    @Test
    void removingAndReAddingWhilePlayingReleasesTheImageAndResumesThePicture() {
        MediaPlayer player = looping(TestClips.h264Small());
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        JPanel holder = Windows.onEdt(() -> new JPanel(new BorderLayout()));
        Windows.onEdt(() -> holder.add(video));
        frame = Windows.show(holder, new Dimension(320, 240));
        player.controls().play();
        awaitFrames(video);
        int images = LiveResources.VOLATILE_IMAGES.count();

        for (int round = 0; round < 5; round++) {
            Windows.onEdt(() -> {
                holder.remove(video);
                holder.revalidate();
            });
            assertThat(LiveResources.VOLATILE_IMAGES.count()).isEqualTo(images - 1);
            Windows.onEdt(() -> {
                holder.add(video);
                holder.revalidate();
            });
            awaitFrames(video);
        }
        assertThat(LiveResources.VOLATILE_IMAGES.count()).isEqualTo(images);
        assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
    }

    @Test
    void eightPlayersInOneWindowEachShowTheirOwnClip() {
        Color[] colours = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW, Color.CYAN, Color.MAGENTA,
            Color.WHITE, new Color(0x808080)};
        List<VideoComponent> videos = new ArrayList<>();
        JPanel grid = Windows.onEdt(() -> new JPanel(new GridLayout(2, 4, 4, 4)));
        for (Color colour : colours) {
            MediaPlayer player = looping(TestClips.solidColour(colour.getRGB() & 0xFFFFFF, 160, 120));
            VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
            videos.add(video);
            Windows.onEdt(() -> grid.add(video));
        }
        frame = Windows.show(grid, new Dimension(4 * 164, 2 * 124));
        players.forEach(p -> p.controls().play());

        for (int i = 0; i < colours.length; i++) {
            VideoComponent video = videos.get(i);
            awaitFrames(video);
            Color expected = colours[i];
            Await.until(TIMEOUT, () -> Windows.difference(centre(video), expected) <= 8,
                    () -> "centre " + new Color(centre(video)) + ", expected " + expected);
        }
        assertThat(players).allSatisfy(p -> assertThat(p.getStatus()).isEqualTo(Status.PLAYING));
    }

    @Test
    void disposingAPlayingPanelReleasesItsPlayerAndTheWindowGoesOn() {
        int threadsBefore = LiveResources.PLAYER_THREADS.count();
        MediaPlayer owned = looping(TestClips.h264Small());
        MediaPlayer neighbour = looping(TestClips.h264Small());
        VideoPlayerPanel panel = Windows.onEdt(() -> new VideoPlayerPanel(owned));
        VideoPlayerPanel other = Windows.onEdt(() -> new VideoPlayerPanel(neighbour));
        Windows.onEdt(() -> panel.setPlayerOwned(true));
        JPanel both = Windows.onEdt(() -> new JPanel(new GridLayout(1, 2)));
        Windows.onEdt(() -> {
            both.add(panel);
            both.add(other);
        });
        frame = Windows.show(both, new Dimension(640, 300));
        owned.controls().play();
        neighbour.controls().play();
        awaitFrames(panel.getVideoComponent());

        Windows.onEdt(panel::dispose);
        Windows.onEdt(panel::dispose);
        assertThat(owned.getStatus()).isEqualTo(Status.DISPOSED);
        assertThat(Windows.onEdt(panel.getVideoComponent()::getDisplayState)).isEqualTo(DisplayState.NO_MEDIA);
        Await.until(TIMEOUT, () -> LiveResources.PLAYER_THREADS.count() == threadsBefore + 2,
                () -> LiveResources.PLAYER_THREADS.count() + " player threads, expected " + (threadsBefore + 2));
        awaitFrames(other.getVideoComponent());
        assertThat(neighbour.getStatus()).isEqualTo(Status.PLAYING);
    }

    @Test
    void aPanelDisposedOnRemovalSurvivesFullScreenButNotRemoval() {
        MediaPlayer player = looping(TestClips.h264Small());
        VideoPlayerPanel panel = Windows.onEdt(() -> {
            VideoPlayerPanel made = new VideoPlayerPanel(player);
            made.setPlayerOwned(true);
            made.setDisposedOnRemoval(true);
            return made;
        });
        JPanel holder = Windows.onEdt(() -> new JPanel(new BorderLayout()));
        Windows.onEdt(() -> holder.add(panel));
        frame = Windows.show(holder, new Dimension(480, 320));
        player.controls().play();
        awaitFrames(panel.getVideoComponent());

        Windows.onEdt(() -> panel.setFullScreen(true));
        Windows.onEdt(() -> panel.setFullScreen(false));
        assertThat(Windows.onEdt(panel.getVideoComponent()::isDisposed)).isFalse();
        awaitFrames(panel.getVideoComponent());

        Windows.onEdt(() -> holder.remove(panel));
        assertThat(Windows.onEdt(panel.getVideoComponent()::isDisposed)).isTrue();
        assertThat(player.getStatus()).isEqualTo(Status.DISPOSED);
        assertThat(Windows.onEdt(() -> panel.getActions().get(PlayerActions.Command.PLAY_PAUSE).isEnabled()))
                .isFalse();
    }

    @Test
    void aBrokenFileShowsItsErrorInPlaceOfThePicture() {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(TestClips.textNamedMp4()));
        players.add(player);
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        frame = Windows.show(video, new Dimension(480, 270));

        Await.until(TIMEOUT, () -> Windows.onEdt(video::getDisplayState) == DisplayState.ERROR,
                () -> "state " + Windows.onEdt(video::getDisplayState));
        assertThat(Windows.onEdt(() -> video.getAccessibleContext().getAccessibleDescription()))
                .startsWith("Error: ").contains("notes.mp4").contains("not a media file");
        Color foreground = Windows.onEdt(video::getForeground);
        Await.until(TIMEOUT, () -> textPixels(Windows.capture(video), foreground) > 200,
                () -> textPixels(Windows.capture(video), foreground) + " text pixels");
    }

    private MediaPlayer looping(java.nio.file.Path clip) {
        MediaPlayer player = MediaPlayer.create(MediaSource.of(clip), PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().setCycleCount(PlaybackControls.INDEFINITE);
        players.add(player);
        return player;
    }

    /** Waits until the component paints frames: its painted-frame count moves on by several. */
    private static void awaitFrames(VideoComponent video) {
        long start = Windows.onEdt(() -> video.getRenderStatistics().getFramesRendered());
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> video.getRenderStatistics().getFramesRendered()) >= start + 5,
                () -> "painted " + Windows.onEdt(() -> video.getRenderStatistics().getFramesRendered()) + " from "
                        + start + ", state " + Windows.onEdt(video::getDisplayState));
    }

    private static int centre(VideoComponent video) {
        BufferedImage screen = Windows.capture(video);
        return screen.getRGB(screen.getWidth() / 2, screen.getHeight() / 2);
    }

    private static int textPixels(BufferedImage image, Color foreground) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Windows.difference(image.getRGB(x, y), foreground) < 40) {
                    count++;
                }
            }
        }
        return count;
    }
}
