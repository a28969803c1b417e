package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import javax.swing.JFrame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.sun.jna.Platform;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/** Captions as a user sees them: drawn inside the picture, sized with it, switched and turned off, spoken. */
@ExtendWith(EdtChecked.class)
class CaptionPixelTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Color CLIP = new Color(0x1A237E);

    @TempDir
    Path folder;

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

    /** A dark clip with two subtitle files beside it: "movie.en.srt" says "HELLO", "movie.de.srt" says "WWWWWW". */
    private VideoComponent open(Dimension size) throws Exception {
        return open(size, RendererType.AUTO);
    }

    private VideoComponent open(Dimension size, RendererType renderer) throws Exception {
        Path clip = Files.copy(TestClips.solidColour(CLIP.getRGB() & 0xFFFFFF, 320, 240),
                folder.resolve("movie.mp4"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve("movie.en.srt"), "1\n00:00:00,000 --> 00:01:00,000\nHELLO\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("movie.de.srt"), "1\n00:00:00,000 --> 00:01:00,000\nWWWWWW\n",
                StandardCharsets.UTF_8);
        player = MediaPlayer.create(MediaSource.of(clip),
                PlayerOptions.defaults().withAudioEnabled(false).withSubtitleLanguages(java.util.List.of("en")));
        VideoComponent video = Windows.onEdt(() -> {
            VideoComponent component = new VideoComponent(player);
            component.setBackground(Color.GREEN);
            component.setRendererType(renderer);
            return component;
        });
        frame = Windows.show(video, size);
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY
                && player.tracks().getTracks(TrackType.SUBTITLE).size() == 2
                && player.tracks().getCaption().isPresent(), () -> "status " + player.getStatus() + ", tracks "
                + player.tracks().getTracks(TrackType.SUBTITLE) + ", caption " + player.tracks().getCaption());
        // Until the picture is painted the component shows a status message, in white too.
        // (A native renderer's picture is its canvas: the component lays out no picture bounds of its own.)
        Await.until(TIMEOUT, () -> Windows.onEdt(video::getDisplayState) == DisplayState.VIDEO
                && (renderer == RendererType.LINUX_OVERLAY || !Windows.onEdt(video::getVideoBounds).isEmpty()),
                () -> "no picture");
        Await.until(TIMEOUT, () -> textBounds(video) != null, () -> "no caption drawn");
        return video;
    }

    @Test
    void theCaptionIsDrawnInsideThePictureAndGrowsWithIt() throws Exception {
        int previousHeight = 0;
        for (Dimension size : new Dimension[] {new Dimension(480, 240), new Dimension(640, 480),
                new Dimension(960, 720)}) {
            VideoComponent video = open(size);
            Rectangle picture = Windows.onEdt(video::getVideoBounds);
            Rectangle text = textBounds(video);

            assertThat(picture.contains(text)).as("caption %s inside picture %s at %s", text, picture, size).isTrue();
            assertThat(text.getCenterY()).as("in the lower part").isGreaterThan(picture.getCenterY());
            assertThat(Math.abs(text.getCenterX() - picture.getCenterX())).as("centred").isLessThan(4);
            assertThat(text.height).as("text height grows with the picture").isGreaterThan(previousHeight);
            previousHeight = text.height;
            close();
            player = null;
            frame = null;
        }
    }

    @Test
    void switchingAndTurningOffChangeWhatIsDrawnAndWhatIsSpoken() throws Exception {
        VideoComponent video = open(new Dimension(640, 480));
        Rectangle english = textBounds(video);
        assertThat(Windows.onEdt(() -> video.getAccessibleContext().getAccessibleDescription()))
                .contains("Caption: HELLO");

        player.tracks().select(player.tracks().getTracks(TrackType.SUBTITLE).stream()
                .filter(track -> track.hasLanguage("de")).findFirst().orElseThrow());
        Await.until(TIMEOUT, () -> textBounds(video) != null && textBounds(video).width > english.width + 20,
                () -> "caption now " + textBounds(video) + ", was " + english);
        Await.until(TIMEOUT, () -> Windows.onEdt(() -> video.getAccessibleContext().getAccessibleDescription())
                .contains("Caption: WWWWWW"), () -> "description "
                + Windows.onEdt(() -> video.getAccessibleContext().getAccessibleDescription()));

        player.tracks().deselect(TrackType.SUBTITLE);
        Await.until(TIMEOUT, () -> textBounds(video) == null, () -> "caption still drawn at " + textBounds(video));
        assertThat(Windows.onEdt(() -> video.getAccessibleContext().getAccessibleDescription()))
                .doesNotContain("Caption");
    }

    @Test
    void underTheAutomaticRendererCaptionsArePaintedBySwing() throws Exception {
        VideoComponent video = open(new Dimension(480, 240));

        assertThat(Windows.onEdt(video::getActiveRenderer)).isEqualTo(RendererType.JAVA2D);
        assertThat(Windows.onEdt(video::getCaptionRendering)).isEqualTo(CaptionRendering.COMPONENT);
    }

    @Test
    void underANativeRendererTheCaptionIsBlendedIntoTheFrames() throws Exception {
        assumeThat(Platform.isLinux()).as("the X11 overlay renderer").isTrue();
        VideoComponent video = open(new Dimension(640, 480), RendererType.LINUX_OVERLAY);
        assertThat(Windows.onEdt(video::getActiveRenderer)).isEqualTo(RendererType.LINUX_OVERLAY);
        assertThat(Windows.onEdt(video::getCaptionRendering)).isEqualTo(CaptionRendering.FRAMES);
        Rectangle picture = Windows.onEdt(() -> new Rectangle(video.getSize()));
        Rectangle english = textBounds(video);
        assertThat(english.getCenterY()).as("in the lower part").isGreaterThan(picture.getCenterY());
        assertThat(Math.abs(english.getCenterX() - picture.getCenterX())).as("centred").isLessThan(8);

        player.tracks().select(player.tracks().getTracks(TrackType.SUBTITLE).stream()
                .filter(track -> track.hasLanguage("de")).findFirst().orElseThrow());
        Await.until(TIMEOUT, () -> textBounds(video) != null && textBounds(video).width > english.width + 20,
                () -> "caption now " + textBounds(video) + ", was " + english);
        player.tracks().deselect(TrackType.SUBTITLE);
        Await.until(TIMEOUT, () -> textBounds(video) == null, () -> "caption still drawn at " + textBounds(video));
    }

    /** The smallest rectangle holding the caption's white pixels, or {@code null} if there are none. */
    private static Rectangle textBounds(VideoComponent video) {
        BufferedImage screen = Windows.capture(video);
        Rectangle bounds = null;
        for (int y = 0; y < screen.getHeight(); y++) {
            for (int x = 0; x < screen.getWidth(); x++) {
                Color pixel = new Color(screen.getRGB(x, y));
                if (pixel.getRed() > 200 && pixel.getGreen() > 200 && pixel.getBlue() > 200) {
                    Rectangle dot = new Rectangle(x, y, 1, 1);
                    bounds = bounds == null ? dot : bounds.union(dot);
                }
            }
        }
        return bounds;
    }
}
