package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.beans.PropertyChangeEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import javax.accessibility.AccessibleContext;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.jna.Platform;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.Pixels;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * Captions as a user sees them: drawn inside the picture (letterboxed too), sized with it, switched and turned off
 * while paused and playing, and told to screen readers as they come and go.
 */
@ExtendWith(EdtChecked.class)
class CaptionPixelTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Color CLIP = new Color(0x1A237E);
    /** Narrower than the clip's 4:3: the picture is 400x300 with bars of 110 pixels above and below. */
    private static final Dimension LETTERBOX = new Dimension(400, 520);

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
        // The clip is 4:3. By picture height: bars left and right, bars above and below (the letterbox), none, none.
        for (Dimension size : new Dimension[] {new Dimension(480, 240), LETTERBOX, new Dimension(640, 480),
                new Dimension(960, 720)}) {
            VideoComponent video = open(size);
            Rectangle picture = Windows.onEdt(video::getVideoBounds);
            Rectangle text = textBounds(video);

            assertThat(picture.y > 0 && picture.getMaxY() < size.height).as("bars above and below the picture %s at "
                    + "%s", picture, size).isEqualTo(size == LETTERBOX);
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

    /**
     * Switches English, German, off and English again while paused or playing (looping), each change seen on screen
     * and in the accessible description. How long each took from the call to the pixels on screen is printed, not
     * asserted: it is a figure to watch, and a loaded machine would make any bound flaky.
     */
    @ParameterizedTest(name = "playing: {0}")
    @ValueSource(booleans = {false, true})
    void switchingAndTurningOffChangeWhatIsDrawnAndWhatIsSpoken(boolean playing) throws Exception {
        VideoComponent video = open(new Dimension(640, 480));
        if (playing) {
            player.controls().setCycleCount(PlaybackControls.INDEFINITE);
            player.controls().play();
            Await.until(TIMEOUT, () -> player.getStatus() == Status.PLAYING, () -> "status " + player.getStatus());
        }
        Rectangle english = textBounds(video);
        assertThat(description(video)).contains("Caption: HELLO");

        long started = System.nanoTime();
        player.tracks().select(subtitles("de"));
        long toGerman = millisUntilDrawn(video, started, text -> text != null && text.width > english.width + 20,
                "the wider German caption, English was " + english);
        Await.until(TIMEOUT, () -> description(video).contains("Caption: WWWWWW"),
                () -> "description " + description(video));

        started = System.nanoTime();
        player.tracks().deselect(TrackType.SUBTITLE);
        long toOff = millisUntilDrawn(video, started, text -> text == null, "no caption");
        assertThat(description(video)).doesNotContain("Caption");

        started = System.nanoTime();
        player.tracks().select(subtitles("en"));
        long backOn = millisUntilDrawn(video, started, text -> text != null
                && Math.abs(text.width - english.width) <= 2, "the English caption again, as " + english);

        // The figures are as fine as one look at the screen plus the 5 ms Await sleeps between looks.
        started = System.nanoTime();
        textBounds(video);
        long oneLook = millisSince(started);
        System.out.printf(Locale.ROOT, "caption switch latency, %s, call to pixels on screen: English to "
                + "German %d ms, German to off %d ms, off to English %d ms (the screen read every %d ms)%n",
                playing ? "playing" : "paused", toGerman, toOff, backOn, oneLook + 5);
    }

    @Test
    void screenReadersAreToldWhenACaptionAppearsAndWhenItGoes() throws Exception {
        VideoComponent video = open(new Dimension(640, 480));
        List<PropertyChangeEvent> told = new CopyOnWriteArrayList<>();
        List<Boolean> onEdt = new CopyOnWriteArrayList<>();
        Windows.onEdt(() -> video.getAccessibleContext().addPropertyChangeListener(event -> {
            if (AccessibleContext.ACCESSIBLE_DESCRIPTION_PROPERTY.equals(event.getPropertyName())) {
                told.add(event);
                onEdt.add(SwingUtilities.isEventDispatchThread());
            }
        }));

        player.tracks().deselect(TrackType.SUBTITLE);
        Await.until(TIMEOUT, () -> told.stream().anyMatch(event -> String.valueOf(event.getOldValue())
                .contains("Caption: HELLO") && !String.valueOf(event.getNewValue()).contains("Caption")),
                () -> "told " + describe(told));
        player.tracks().select(subtitles("en"));
        Await.until(TIMEOUT, () -> told.stream().anyMatch(event -> !String.valueOf(event.getOldValue())
                .contains("Caption") && String.valueOf(event.getNewValue()).contains("Caption: HELLO")),
                () -> "told " + describe(told));

        // Assistive technology reads the component on the event dispatch thread, as Swing requires.
        assertThat(onEdt).containsOnly(true);
    }

    private static String describe(List<PropertyChangeEvent> events) {
        return events.stream().map(event -> event.getOldValue() + " -> " + event.getNewValue())
                .collect(java.util.stream.Collectors.joining("; ", "[", "]"));
    }

    private static String description(VideoComponent video) {
        return Windows.onEdt(() -> video.getAccessibleContext().getAccessibleDescription());
    }

    private Track subtitles(String language) {
        return player.tracks().getTracks(TrackType.SUBTITLE).stream().filter(track -> track.hasLanguage(language))
                .findFirst().orElseThrow();
    }

    /**
     * Waits until the caption on screen passes a test, reading the screen once per look.
     *
     * @return the milliseconds from {@code started} until it did
     */
    private static long millisUntilDrawn(VideoComponent video, long started, Predicate<Rectangle> drawn,
            String awaited) {
        Rectangle[] seen = new Rectangle[1];
        Await.until(TIMEOUT, () -> drawn.test(seen[0] = textBounds(video)), () -> "awaiting " + awaited
                + "; caption drawn at " + seen[0]);
        return millisSince(started);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
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

        player.tracks().select(subtitles("de"));
        millisUntilDrawn(video, System.nanoTime(), text -> text != null && text.width > english.width + 20,
                "the wider German caption, English was " + english);
        player.tracks().deselect(TrackType.SUBTITLE);
        millisUntilDrawn(video, System.nanoTime(), text -> text == null, "no caption");
    }

    /** The smallest rectangle holding the caption's white pixels, or {@code null} if there are none. */
    private static Rectangle textBounds(VideoComponent video) {
        return Pixels.bounds(Windows.capture(video), Pixels::white);
    }
}
