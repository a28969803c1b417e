package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.swing.JFrame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ChildJvm;
import dev.framepipe.player.testing.GLibLog;
import dev.framepipe.player.testing.Pixels;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * Captions on a twice-dense screen ({@code -Dsun.java2d.uiScale=2}, which only a new JVM takes): a real window,
 * read back by a robot in device pixels. The caption must lie inside the picture and be drawn at the screen's own
 * resolution, not drawn at half of it and scaled up, which is what HiDPI users would see as blurred text.
 */
class CaptionHiDpiTest {
    /** How much sharper than a scaled-up caption the screen's must be; ideal is 2, an upscaled one gives 1. */
    private static final double CRISPER = 1.4;

    @TempDir
    Path folder;

    @Test
    void atUiScaleTwoTheCaptionIsInsideThePictureAndDrawnAtDeviceResolution() throws Exception {
        Path clip = Files.copy(TestClips.solidColour(0x1A237E, 320, 240), folder.resolve("movie.mp4"));
        Files.writeString(folder.resolve("movie.en.srt"), "1\n00:00:00,000 --> 00:01:00,000\nSharp on HiDPI\n",
                StandardCharsets.UTF_8);

        ChildJvm.Outcome child = ChildJvm.run(ScaledWindow.class, List.of("-Dsun.java2d.uiScale=2",
                "-Djava.awt.headless=false"), Map.of(), clip.toString());
        String output = String.join("\n", child.lines());

        assertThat(child.exitCode()).as(output).isZero();
        assertThat(child.lines()).as("GLib criticals or warnings in the child").noneMatch(line -> line.startsWith(
                "GLIB "));
        assertThat(number(child, "SCALE", 0)).as("the screen's scale").isEqualTo(2.0);
        Rectangle picture = rectangle(child, "PICTURE");
        Rectangle text = rectangle(child, "TEXT");
        Rectangle drawnAt2x = rectangle(child, "REFERENCE_TEXT");
        assertThat(picture.contains(text)).as("caption %s inside the picture %s, in device pixels", text, picture)
                .isTrue();
        assertThat(Math.abs(text.x - drawnAt2x.x) + Math.abs(text.y - drawnAt2x.y) + Math.abs(text.width
                - drawnAt2x.width) + Math.abs(text.height - drawnAt2x.height))
                .as("caption %s where the caption drawn at 2x lies, %s", text, drawnAt2x).isLessThanOrEqualTo(2);
        double screen = number(child, "SHARPNESS", 0);
        double upscaled = number(child, "SHARPNESS", 1);
        assertThat(screen / upscaled).as("sharpness on screen %.0f against scaled up %.0f\n%s", screen, upscaled,
                output).isGreaterThan(CRISPER);
    }

    private static double number(ChildJvm.Outcome child, String key, int index) {
        return Double.parseDouble(child.firstLineStartingWith(key + " ").split(" ")[1 + index]);
    }

    private static Rectangle rectangle(ChildJvm.Outcome child, String key) {
        return new Rectangle((int) number(child, key, 0), (int) number(child, key, 1), (int) number(child, key, 2),
                (int) number(child, key, 3));
    }

    /**
     * Sums the squared differences between neighbouring pixels' brightness in an area: an edge drawn across one pixel
     * counts twice as much as the same edge smeared across two, so scaled-up text scores about half of crisp text.
     */
    static double sharpness(BufferedImage image, Rectangle area) {
        double sum = 0;
        for (int y = area.y; y < area.y + area.height - 1; y++) {
            for (int x = area.x; x < area.x + area.width - 1; x++) {
                int here = brightness(image.getRGB(x, y));
                int right = brightness(image.getRGB(x + 1, y)) - here;
                int below = brightness(image.getRGB(x, y + 1)) - here;
                sum += right * right + below * below;
            }
        }
        return sum;
    }

    private static int brightness(int rgb) {
        Color pixel = new Color(rgb);
        return (pixel.getRed() * 299 + pixel.getGreen() * 587 + pixel.getBlue() * 114) / 1000;
    }

    /**
     * The program run at uiScale 2: shows the clip (its sidecar subtitles chosen) in a window, waits for the caption,
     * reads the window in device pixels and prints what the test checks, one {@code KEY values...} line each:
     * SCALE, PICTURE and TEXT (device pixels), UPSCALED_TEXT (the same caption drawn at 1x and scaled up 2x),
     * REFERENCE_TEXT (drawn at 2x into an image), and SHARPNESS of the screen's, the scaled-up and the 2x caption;
     * then a {@code GLIB} line for each GLib critical or warning logged.
     */
    public static final class ScaledWindow {
        private static final Duration TIMEOUT = Duration.ofSeconds(30);

        private ScaledWindow() {
        }

        /**
         * Runs it.
         *
         * @param args the clip, with an English sidecar subtitle file beside it
         * @throws Exception if the window cannot be shown or read
         */
        public static void main(String[] args) throws Exception {
            GLibLog.install();
            MediaPlayer player = MediaPlayer.create(MediaSource.of(Path.of(args[0])), PlayerOptions.defaults()
                    .withAudioEnabled(false).withSubtitleLanguages(List.of("en")));
            VideoComponent video = Windows.onEdt(() -> new VideoComponent(player));
            JFrame frame = Windows.show(video, new Dimension(480, 400));
            try {
                BufferedImage[] screen = new BufferedImage[1];
                Rectangle[] previous = new Rectangle[1];
                // Until the window has its final size the caption may be painted for another picture: wait until two
                // looks a little apart find it in the same place.
                Await.until(TIMEOUT, () -> {
                    Rectangle before = previous[0];
                    Await.sleep(100);
                    previous[0] = player.tracks().getCaption().isPresent()
                            && Windows.onEdt(video::getDisplayState) == DisplayState.VIDEO
                            ? Pixels.bounds(screen[0] = deviceCapture(video), Pixels::white) : null;
                    return previous[0] != null && previous[0].equals(before);
                }, () -> "no steady caption on screen; status " + player.getStatus() + ", last at " + previous[0]);
                report(video, screen[0]);
            } finally {
                Windows.onEdt(() -> frame.dispose());
                player.dispose();
            }
            GLibLog.drain().forEach(entry -> System.out.println("GLIB " + entry.summary()));
            System.exit(0);
        }

        private static void report(VideoComponent video, BufferedImage screen) {
            double scale = Windows.onEdt(() -> video.getGraphicsConfiguration().getDefaultTransform().getScaleX());
            Rectangle userPicture = Windows.onEdt(video::getVideoBounds);
            Dimension userSize = Windows.onEdt(() -> video.getSize());
            Rectangle picture = new Rectangle((int) Math.round(userPicture.x * scale),
                    (int) Math.round(userPicture.y * scale), (int) Math.round(userPicture.width * scale),
                    (int) Math.round(userPicture.height * scale));
            Rectangle text = Pixels.bounds(screen, Pixels::white);
            // The video under the caption, for drawing the caption over the same colour.
            Color under = new Color(screen.getRGB(picture.x + 8, picture.y + 8));
            Caption caption = video.getMediaPlayer().tracks().getCaption().orElseThrow();
            BufferedImage upscaled = doubled(CaptionImages.paint(caption, Windows.onEdt(video::getCaptionStyle),
                    userPicture, userSize, 1, under));
            Rectangle upscaledText = Pixels.bounds(upscaled, Pixels::white);
            BufferedImage reference = CaptionImages.paint(caption, Windows.onEdt(video::getCaptionStyle),
                    userPicture, userSize, scale, under);
            // One area for both, the caption's and its outline's, so the two sums cover the same pixels.
            Rectangle area = text.union(upscaledText);
            area.grow(8, 8);
            area = area.intersection(new Rectangle(screen.getWidth(), screen.getHeight()));
            System.out.println("SCALE " + scale);
            System.out.println("DEVICE " + screen.getWidth() + " " + screen.getHeight());
            print("PICTURE", picture);
            print("TEXT", text);
            print("UPSCALED_TEXT", upscaledText);
            print("REFERENCE_TEXT", Pixels.bounds(reference, Pixels::white));
            System.out.printf(Locale.ROOT, "SHARPNESS %.0f %.0f %.0f%n", sharpness(screen, area),
                    sharpness(upscaled, area), sharpness(reference, area));
        }

        private static void print(String key, Rectangle r) {
            System.out.println(key + " " + r.x + " " + r.y + " " + r.width + " " + r.height);
        }

        /** Scales an image up 2x with bilinear filtering, as a toolkit drawing at 1x and scaling the result would. */
        private static BufferedImage doubled(BufferedImage image) {
            BufferedImage doubled = new BufferedImage(image.getWidth() * 2, image.getHeight() * 2,
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = doubled.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, doubled.getWidth(), doubled.getHeight(), null);
            } finally {
                g.dispose();
            }
            return doubled;
        }

        /** Reads a showing component from the screen in device pixels (a plain capture is scaled to user space). */
        private static BufferedImage deviceCapture(VideoComponent video) {
            Rectangle area = Windows.onEdt(() -> {
                Point origin = video.getLocationOnScreen();
                return new Rectangle(origin.x, origin.y, video.getWidth(), video.getHeight());
            });
            try {
                MultiResolutionImage capture = new Robot().createMultiResolutionScreenCapture(area);
                Image largest = capture.getResolutionVariants().stream()
                        .max(Comparator.comparingInt(variant -> variant.getWidth(null))).orElseThrow();
                return (BufferedImage) largest;
            } catch (java.awt.AWTException e) {
                throw new IllegalStateException("no robot: is there a display?", e);
            }
        }
    }
}
