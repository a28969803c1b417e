package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;

import javax.swing.JFrame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/** What a user sees: the clip's colour in the picture, the background colour in the letterbox bars. */
@ExtendWith(EdtChecked.class)
class VideoComponentPixelTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Color CLIP = new Color(0x2E86C1);
    private static final Color BARS = new Color(0x00FF00);
    private MediaPlayer player;
    private JFrame frame;

    @AfterEach
    void close() {
        if (frame != null) {
            Windows.onEdt(frame::dispose);
        }
        if (player != null) {
            player.dispose();
        }
    }

    @Test
    void showsTheClipColourInsideBarsOfTheBackgroundColour() {
        player = MediaPlayer.create(MediaSource.of(TestClips.solidColour(CLIP.getRGB() & 0xFFFFFF, 320, 240)),
                PlayerOptions.defaults().withAudioEnabled(false));
        VideoComponent video = Windows.onEdt(() -> {
            VideoComponent component = new VideoComponent(player);
            component.setBackground(BARS);
            return component;
        });
        frame = Windows.show(video, new Dimension(480, 240));
        Await.until(TIMEOUT, () -> Windows.onEdt(video::getDisplayState) == DisplayState.VIDEO,
                () -> "state " + Windows.onEdt(video::getDisplayState));
        Await.until(TIMEOUT, () -> !Windows.onEdt(video::getVideoBounds).isEmpty(), () -> "nothing painted");

        Rectangle bounds = Windows.onEdt(video::getVideoBounds);
        assertThat(bounds).isEqualTo(new Rectangle(80, 0, 320, 240));
        // The layout is known before the first frame reaches the screen; until then the area shows the background.
        Await.until(TIMEOUT, () -> Windows.difference(Windows.capture(video).getRGB(240, 120), CLIP) <= 6,
                () -> "centre shows " + new Color(Windows.capture(video).getRGB(240, 120)));
        BufferedImage screen = Windows.capture(video);
        // Limited-range YUV and H.264 round the colour by a few steps; nothing more.
        assertThat(Windows.difference(screen.getRGB(240, 120), CLIP)).isLessThanOrEqualTo(6);
        assertThat(Windows.difference(screen.getRGB(82, 2), CLIP)).isLessThanOrEqualTo(6);
        assertThat(Windows.difference(screen.getRGB(397, 237), CLIP)).isLessThanOrEqualTo(6);
        assertThat(new Color(screen.getRGB(40, 120))).isEqualTo(BARS);
        assertThat(new Color(screen.getRGB(440, 120))).isEqualTo(BARS);
        assertThat(LiveResources.VOLATILE_IMAGES.count()).isEqualTo(1);
    }

    /**
     * A media still loading shows the background alone at first, then "Loading…" once loading has lasted a moment:
     * no flash of text when a file opens quickly. The source here never prerolls (an appsrc given no data).
     */
    @Test
    void theLoadingMessageComesOnlyAfterAMoment() {
        player = MediaPlayer.create(MediaSource.ofPipeline("appsrc ! videoconvert ! appsink"),
                PlayerOptions.defaults().withAudioEnabled(false));
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        frame = Windows.show(video, new Dimension(320, 240));
        long started = System.nanoTime();
        BufferedImage first = Windows.onEdt(() -> paint(video));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(Windows.onEdt(video::getDisplayState)).isEqualTo(DisplayState.LOADING);
        if (elapsedMillis < LoadingDelay.DELAY_MILLIS - 50) {
            assertThat(textPixels(first)).as("text painted %d ms into loading", elapsedMillis).isZero();
        }
        Await.until(TIMEOUT, () -> textPixels(Windows.onEdt(() -> paint(video))) > 20,
                () -> "no \"Loading\" after " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(Windows.onEdt(video::getDisplayState)).isEqualTo(DisplayState.LOADING);
    }

    private static BufferedImage paint(VideoComponent video) {
        BufferedImage image = new BufferedImage(video.getWidth(), video.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        video.paint(g);
        g.dispose();
        return image;
    }

    /** Pixels in the light grey of the component's messages, over its black background. */
    private static int textPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xFF) > 0x80 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void aLargeFrameIsConvertedAtTheSizeShown() {
        player = MediaPlayer.create(MediaSource.of(TestClips.h264FullHd()),
                PlayerOptions.defaults().withAudioEnabled(false));
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        frame = Windows.show(video, new Dimension(480, 270));
        player.controls().play();
        Await.until(TIMEOUT, () -> Windows.onEdt(video::snapshot).map(BufferedImage::getWidth).orElse(0) == 480,
                () -> "snapshot " + Windows.onEdt(video::snapshot).map(i -> i.getWidth() + "x" + i.getHeight()));
        assertThat(Windows.onEdt(video::snapshot).orElseThrow().getHeight()).isEqualTo(270);

        Windows.onEdt(() -> frame.setSize(frame.getWidth() + 480, frame.getHeight() + 270));
        Await.until(TIMEOUT, () -> Windows.onEdt(video::snapshot).map(BufferedImage::getWidth).orElse(0) == 960,
                () -> "snapshot " + Windows.onEdt(video::snapshot).map(i -> i.getWidth() + "x" + i.getHeight()));
    }

    @Test
    void theVolatileImageIsReleasedWhenTheComponentLeavesItsWindow() {
        player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults().withAudioEnabled(false));
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        frame = Windows.show(video, new Dimension(320, 240));
        player.controls().play();
        Await.until(TIMEOUT, () -> video.getRenderStatistics().getFramesRendered() > 30,
                () -> "painted " + video.getRenderStatistics().getFramesRendered());
        assertThat(LiveResources.VOLATILE_IMAGES.count()).isEqualTo(1);

        Windows.onEdt(() -> frame.getContentPane().remove(video));
        assertThat(LiveResources.VOLATILE_IMAGES.count()).isZero();
        Windows.onEdt(() -> {
            frame.getContentPane().add(video);
            frame.validate();
        });
        long painted = video.getRenderStatistics().getFramesRendered();
        Await.until(TIMEOUT, () -> video.getRenderStatistics().getFramesRendered() > painted + 10,
                () -> "not painting after re-adding");
        assertThat(LiveResources.VOLATILE_IMAGES.count()).isEqualTo(1);
    }
}
