package dev.framepipe.demo;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * Makes the screenshots in {@code docs/}: the demo playing its sample, with two more clips in the playlist and the
 * statistics overlay on, in the light and the dark theme; and captions over a film. It runs only when asked for, with the directory to write
 * to, on a screen large enough for the window:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1280x800x24" mvn -pl demo-app -am test -Dtest=DocScreenshots \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dframepipe.screenshots=$PWD/docs
 * </pre>
 *
 * <p>{@code -Dtest=DocScreenshots#captions} makes {@code captions.png} alone.
 */
@EnabledIfSystemProperty(named = "framepipe.screenshots", matches = ".+")
class DocScreenshots {
    private static final Dimension WINDOW = new Dimension(1120, 700);
    private static final Dimension CAPTIONS_WINDOW = new Dimension(1200, 760);
    /** Long enough for the frame rate and latency figures to settle. */
    private static final long SETTLE_MILLIS = 4000;

    @Test
    void lightAndDark() throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty("framepipe.screenshots")));
        Path cache = Files.createDirectories(TestClips.directory().resolve("screenshot-cache"));
        Path first = TestClips.h264Small();
        Path second = TestClips.vp8OddSize();
        try (RunningDemo demo = RunningDemo.start(cache, WINDOW)) {
            playAndSave(demo, first, second, directory);
        }
    }

    /**
     * The README's captions picture: a film with a sidecar subtitle file, its two-line caption (the first line
     * italic) drawn by Swing over the picture.
     */
    @Test
    void captions() throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty("framepipe.screenshots")));
        Path cache = Files.createDirectories(TestClips.directory().resolve("screenshot-cache"));
        // In a folder of its own: the playlist shows the folder's name under the title.
        Path folder = Files.createDirectories(TestClips.directory().resolve("readme"));
        Path film = Files.copy(TestClips.clip("readme-film.mkv", "videotestsrc num-buffers=250 pattern=smpte "
                + "! video/x-raw,width=1280,height=720,framerate=25/1 ! x264enc speed-preset=ultrafast "
                + "! matroskamux ! filesink location=%s"), folder.resolve("film.mkv"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve("film.srt"), "1\n00:00:00,000 --> 00:00:10,000\n"
                + "<i>Captions are drawn by Swing,</i>\ncrisp at any size \u2014 and a screen reader hears them\n",
                StandardCharsets.UTF_8);
        try (RunningDemo demo = RunningDemo.start(cache, CAPTIONS_WINDOW, film.toString())) {
            demo.awaitPlaying(film.getFileName().toString(), Duration.ofSeconds(90));
            Await.until(Duration.ofSeconds(30), () -> demo.player().tracks().getCaption().isPresent(),
                    () -> "no caption");
            Await.sleep(SETTLE_MILLIS);
            save(demo, directory.resolve("captions.png"));
        }
    }

    private static void playAndSave(RunningDemo demo, Path first, Path second, Path directory) throws IOException {
        demo.awaitPlaying(SampleClip.TITLE, Duration.ofSeconds(90));

        demo.window().menuItemWithPath("Media", "Add to Playlist\u2026").click();
        JFileChooserFixture chooser = demo.window().fileChooser(Timeout.timeout(10_000));
        chooser.setCurrentDirectory(first.getParent().toFile());
        chooser.selectFiles(first.toFile(), second.toFile());
        chooser.approve();
        demo.window().menuItemWithPath("View", "Statistics").click();
        Await.sleep(SETTLE_MILLIS);
        save(demo, directory.resolve("demo-light.png"));

        demo.window().menuItemWithPath("View", "Dark Theme").click();
        Await.sleep(SETTLE_MILLIS);
        save(demo, directory.resolve("demo-dark.png"));
    }

    private static void save(RunningDemo demo, Path file) throws IOException {
        // The mouse would leave a hover highlight wherever it last clicked.
        Component video = demo.read(app -> app.playerPanel().getVideoComponent());
        demo.window().robot().moveMouse(video);
        Await.sleep(300);
        BufferedImage image = Windows.capture(demo.read(DemoApp::window));
        ImageIO.write(image, "png", new File(file.toString()));
    }
}
