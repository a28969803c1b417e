package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.beans.PropertyChangeEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.JFrame;
import javax.swing.JPanel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.sun.jna.Platform;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.render.RendererKind;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * Renderer choice and the Linux overlay renderer, for real: GStreamer's X sink drawing into the component's native
 * window under Xvfb, read back from the screen.
 */
@ExtendWith(EdtChecked.class)
class NativeRendererTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Color CLIP = new Color(0xC0392B);
    private static final Duration AT = Duration.ofMillis(1_500);
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
    void theOverlayRendererShowsTheClipThroughTheNativeWindow() {
        assumeX11();
        player = MediaPlayer.create(MediaSource.of(TestClips.solidColour(CLIP.getRGB() & 0xFFFFFF, 320, 240)),
                PlayerOptions.defaults().withAudioEnabled(false));
        VideoComponent video = Windows.onEdt(() -> overlayComponent(player));
        frame = Windows.show(video, new Dimension(320, 240));

        awaitVideo(video);
        assertThat(Windows.onEdt(video::getActiveRenderer)).isEqualTo(RendererType.LINUX_OVERLAY);
        Await.until(TIMEOUT, () -> Windows.difference(centre(video), CLIP) <= 8,
                () -> "centre pixel " + new Color(centre(video)));
        assertThat(Windows.onEdt(video::snapshot)).isEmpty();
        // The appsink is out of the pipeline: no frame passed through Java.
        assertThat(player.statistics().getFramesRendered()).isZero();
    }

    @Test
    void switchingRendererKeepsThePositionAndThePausedPicture() {
        assumeX11();
        player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults().withAudioEnabled(false));
        VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
        frame = Windows.show(video, new Dimension(320, 240));
        awaitVideo(video);
        player.controls().seek(AT, SeekMode.ACCURATE);
        Await.until(TIMEOUT, () -> millis(player) == AT.toMillis(), () -> "position " + player.getCurrentTime());

        Windows.onEdt(() -> video.setRendererType(RendererType.LINUX_OVERLAY));
        awaitVideo(video);
        Await.until(TIMEOUT, () -> player.getStatus() == Status.PAUSED, () -> "status " + player.getStatus());
        assertThat(millis(player)).isCloseTo(AT.toMillis(), offset(40L));

        Windows.onEdt(() -> video.setRendererType(RendererType.JAVA2D));
        Await.until(TIMEOUT, () -> Windows.onEdt(video::snapshot).isPresent(), () -> "no Java2D frame");
        assertThat(player.getStatus()).isEqualTo(Status.PAUSED);
        assertThat(millis(player)).isCloseTo(AT.toMillis(), offset(40L));
        assertThat(Windows.onEdt(video::getComponentCount)).isZero();
    }

    @Test
    void playbackGoesOnAcrossRendererSwitchesAndRemoval() {
        assumeX11();
        player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()),
                PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().setCycleCount(PlaybackControls.INDEFINITE);
        VideoComponent video = Windows.onEdt(() -> overlayComponent(player));
        JPanel holder = Windows.onEdt(() -> new JPanel(new java.awt.BorderLayout()));
        Windows.onEdt(() -> holder.add(video));
        frame = Windows.show(holder, new Dimension(320, 240));
        player.controls().play();
        awaitVideo(video);

        for (int round = 0; round < 3; round++) {
            Windows.onEdt(() -> {
                holder.remove(video);
                holder.revalidate();
            });
            Windows.onEdt(() -> {
                holder.add(video);
                holder.revalidate();
            });
            awaitVideo(video);
            Duration before = player.getCurrentTime();
            Await.until(TIMEOUT, () -> !player.getCurrentTime().equals(before), () -> "position stuck at " + before);
        }
        assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
        assertThat(Windows.onEdt(video::getActiveRenderer)).isEqualTo(RendererType.LINUX_OVERLAY);
    }

    @Test
    void aCustomPipelineFallsBackToJava2dAndSaysWhy() {
        assumeX11();
        player = MediaPlayer.create(MediaSource.ofPipeline(
                "videotestsrc pattern=solid-color foreground-color=0xffc0392b ! video/x-raw,width=320,height=240 "
                        + "! videoconvert ! appsink"), PlayerOptions.defaults());
        List<PropertyChangeEvent> changes = new CopyOnWriteArrayList<>();
        List<Optional<String>> reasonsWhenJava2dStarted = new CopyOnWriteArrayList<>();
        VideoComponent video = Windows.onEdt(() -> {
            VideoComponent component = new VideoComponent(player);
            component.addPropertyChangeListener(VideoComponent.ACTIVE_RENDERER_PROPERTY, changes::add);
            // An application that tells its user why the video looks different reads the reason right here.
            component.addPropertyChangeListener(VideoComponent.ACTIVE_RENDERER_PROPERTY, event -> {
                if (event.getNewValue() == RendererType.JAVA2D) {
                    reasonsWhenJava2dStarted.add(component.getRendererFallbackReason());
                }
            });
            component.setRendererType(RendererType.LINUX_OVERLAY);
            return component;
        });
        frame = Windows.show(video, new Dimension(320, 240));

        Await.until(TIMEOUT, () -> Windows.onEdt(video::getActiveRenderer) == RendererType.JAVA2D
                && Windows.onEdt(video::snapshot).isPresent(), () -> "renderer " + video.getActiveRenderer());
        assertThat(Windows.onEdt(video::getRendererFallbackReason)).get().asString().contains("custom pipeline");
        assertThat(changes).extracting(PropertyChangeEvent::getNewValue)
                .containsSubsequence(RendererType.LINUX_OVERLAY, RendererType.JAVA2D);
        assertThat(reasonsWhenJava2dStarted).singleElement()
                .satisfies(reason -> assertThat(reason).get().asString().contains("custom pipeline"));
        assertThat(Windows.difference(centre(video), CLIP)).isLessThanOrEqualTo(6);
    }

    @Test
    void anUnavailableRendererSaysWhy() {
        assumeThat(Platform.isMac()).isFalse();
        VideoComponent video = Windows.onEdt(() -> {
            VideoComponent component = new VideoComponent();
            component.setRendererType(RendererType.MACOS_LAYER);
            return component;
        });
        assertThat(Windows.onEdt(video::getActiveRenderer)).isEqualTo(RendererType.JAVA2D);
        assertThat(Windows.onEdt(video::getRendererFallbackReason)).contains("it needs macOS");
        Windows.onEdt(() -> video.setRendererType(RendererType.JAVA2D));
        assertThat(Windows.onEdt(video::getRendererFallbackReason)).isEmpty();
    }

    @Test
    void theAutomaticChoiceIsJava2dOnEveryPlatformAndNativeRenderersAreOneOptionAway() {
        // macOS included: its layer has not run on a real Mac yet (docs/macos.md).
        assertThat(RendererType.AUTO.resolve()).isEqualTo(RendererKind.JAVA2D);
        assertThat(Windows.onEdt(() -> {
            VideoComponent component = new VideoComponent();
            RendererType active = component.getActiveRenderer();
            component.dispose();
            return active;
        })).isEqualTo(RendererType.JAVA2D);
        assertThat(RendererType.MACOS_LAYER.resolve()).isEqualTo(RendererKind.MACOS_LAYER);
        assertThat(RendererType.LINUX_OVERLAY.resolve()).isEqualTo(RendererKind.LINUX_OVERLAY);
    }

    private static VideoComponent overlayComponent(MediaPlayer shown) {
        VideoComponent component = new VideoComponent(shown);
        component.setRendererType(RendererType.LINUX_OVERLAY);
        return component;
    }

    private static void assumeX11() {
        assumeThat(Platform.isLinux()).as("X11 only").isTrue();
    }

    private static void awaitVideo(VideoComponent video) {
        Await.until(TIMEOUT, () -> Windows.onEdt(video::getDisplayState) == DisplayState.VIDEO,
                () -> "state " + Windows.onEdt(video::getDisplayState) + ", renderer "
                        + Windows.onEdt(video::getActiveRenderer));
    }

    private static long millis(MediaPlayer shown) {
        return shown.getCurrentTime().toMillis();
    }

    private static int centre(VideoComponent video) {
        BufferedImage screen = Windows.capture(video);
        return screen.getRGB(screen.getWidth() / 2, screen.getHeight() / 2);
    }
}
