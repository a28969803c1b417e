package dev.framepipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JMenuItem;
import javax.swing.JRootPane;
import javax.swing.JSlider;

import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.Status;
import dev.framepipe.player.swing.CaptionStyle;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.Pixels;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * Subtitles ▸ Style… and Subtitles ▸ Size as a user works them, over a grey clip playing in a loop with a caption all
 * along: every change in the dialog shows on the playing video at once, Cancel, Escape and closing put the old style
 * back, OK keeps the new one, and the quick sizes follow what the dialog chose.
 */
@ExtendWith(EdtChecked.class)
class CaptionStyleDialogTest {
    private static final IntPredicate YELLOW = Pixels.near(new Color(0xFFEB3B), 40);
    /** The box, black at two thirds, over the grey video. */
    private static final IntPredicate BOX = Pixels.near(new Color(43, 43, 43), 14);

    @TempDir
    Path cache;
    @TempDir
    Path folder;
    private RunningDemo demo;

    @AfterEach
    void close() {
        if (demo != null) {
            demo.close();
        }
    }

    /** Plays a grey clip in a loop; the English subtitles beside it say "Subtitle style" for a minute. */
    private VideoComponent playCaptionedClip() throws IOException {
        Path clip = Files.copy(TestClips.solidColour(0x808080, 320, 240), folder.resolve("grey.mp4"));
        Files.writeString(folder.resolve("grey.en.srt"), "1\n00:00:00,000 --> 00:01:00,000\nSubtitle style\n",
                StandardCharsets.UTF_8);
        demo = RunningDemo.start(cache, "--loop", clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());
        VideoComponent video = demo.read(app -> app.playerPanel().getVideoComponent());
        awaitCaption(video, text -> text != null, "a caption");
        return video;
    }

    private DialogFixture openStyleDialog() {
        demo.window().menuItemWithPath("Subtitles", "Style\u2026").click();
        return WindowFinder.findDialog(CaptionStyleDialog.NAME).withTimeout(RunningDemo.TIMEOUT.toMillis())
                .using(demo.window().robot());
    }

    @Test
    void everyChangeShowsOnThePlayingVideoAtOnceAndCancelPutsTheOldStyleBack() throws IOException {
        VideoComponent video = playCaptionedClip();
        CaptionStyle original = Windows.onEdt(video::getCaptionStyle);
        Rectangle before = awaitCaption(video, text -> text != null, "a caption");
        Rectangle picture = Windows.onEdt(video::getVideoBounds);
        DialogFixture dialog = openStyleDialog();

        choose(dialog, "style.colour", "Yellow");
        awaitPixels(video, screen -> Pixels.count(screen, YELLOW) > 100 && Pixels.count(screen, Pixels::white) == 0,
                "yellow text and no white");
        slide(dialog, "style.size", 110);
        awaitPixels(video, screen -> textHeight(screen, YELLOW) >= before.height * 17 / 10, "text twice as tall");
        press(dialog, "style.box");
        awaitPixels(video, screen -> Pixels.count(screen, BOX) > 2000, "a dark box behind the text");
        int boxBottom = bottom(Windows.capture(video), BOX);
        slide(dialog, "style.margin", 20);
        // From 5 % to 20 % of the picture's height above its bottom edge.
        awaitPixels(video, screen -> boxBottom - bottom(screen, BOX) >= picture.height / 10, "the caption higher up");
        int width = Pixels.bounds(Windows.capture(video), YELLOW).width;
        choose(dialog, "style.font", "Monospaced");
        awaitPixels(video, screen -> Pixels.bounds(screen, YELLOW) != null
                && Math.abs(Pixels.bounds(screen, YELLOW).width - width) > 10, "the caption in another font");
        assertThat(demo.player().getStatus()).as("the preview is the playing video").isEqualTo(Status.PLAYING);

        press(dialog, "cancel");

        Await.until(RunningDemo.TIMEOUT, () -> !Windows.onEdt(dialog.target()::isShowing), () -> "still open");
        assertThat(Windows.onEdt(video::getCaptionStyle)).isEqualTo(original);
        awaitCaption(video, text -> before.equals(text), "the caption as it was, at " + before);
    }

    @Test
    void okKeepsTheStyleAndTheQuickSizesFollowIt() throws IOException {
        VideoComponent video = playCaptionedClip();
        DialogFixture dialog = openStyleDialog();

        choose(dialog, "style.colour", "Cyan");
        // 7 % of the picture's height: the size Subtitles ▸ Size ▸ Large gives.
        slide(dialog, "style.size", 70);
        press(dialog, "ok");

        Await.until(RunningDemo.TIMEOUT, () -> !Windows.onEdt(dialog.target()::isShowing), () -> "still open");
        CaptionStyle kept = Windows.onEdt(video::getCaptionStyle);
        assertThat(kept.getTextColour()).isEqualTo(new Color(0x4DD0E1));
        assertThat(kept.getScale()).isEqualTo(0.07);
        assertThat(Windows.onEdt(() -> sizeItem("Large").isSelected())).as("Size \u25b8 Large").isTrue();

        // A quick size changes the size only: the colour chosen stays.
        Windows.onEdt(() -> sizeItem("Small").doClick());
        assertThat(Windows.onEdt(video::getCaptionStyle)).isEqualTo(kept.withScale(0.045));
        assertThat(Windows.onEdt(() -> sizeItem("Large").isSelected())).isFalse();

        // Opened again, the dialog shows the style as it is now; Escape, or closing the window, changes nothing.
        DialogFixture again = openStyleDialog();
        assertThat(Windows.onEdt(() -> again.slider("style.size").target().getValue())).isEqualTo(45);
        assertThat(Windows.onEdt(() -> String.valueOf(again.comboBox("style.colour").target().getSelectedItem())))
                .isEqualTo("Cyan");
        choose(again, "style.colour", "Green");
        JRootPane root = ((JDialog) again.target()).getRootPane();
        Windows.onEdt(() -> root.dispatchEvent(new KeyEvent(root, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0,
                KeyEvent.VK_ESCAPE, KeyEvent.CHAR_UNDEFINED)));
        Await.until(RunningDemo.TIMEOUT, () -> !Windows.onEdt(again.target()::isShowing), () -> "still open");
        assertThat(Windows.onEdt(video::getCaptionStyle)).isEqualTo(kept.withScale(0.045));
        DialogFixture closed = openStyleDialog();
        slide(closed, "style.margin", 15);
        Windows.onEdt(() -> closed.target().dispatchEvent(new WindowEvent(closed.target(),
                WindowEvent.WINDOW_CLOSING)));
        Await.until(RunningDemo.TIMEOUT, () -> !Windows.onEdt(closed.target()::isShowing), () -> "still open");
        assertThat(Windows.onEdt(video::getCaptionStyle)).isEqualTo(kept.withScale(0.045));
    }

    // The dialog's controls are worked through the components themselves, on the event dispatch thread, as the
    // other demo tests press buttons: without a window manager AWT may not know where the X server put a dialog
    // (it reported (0, 0) for one shown beside the main window), and the robot's clicks then miss.

    /** Presses a button or radio button of the dialog, as a click does. */
    private static void press(DialogFixture dialog, String name) {
        AbstractButton button = dialog.robot().finder().findByName(dialog.target(), name, AbstractButton.class);
        Windows.onEdt(() -> button.doClick());
    }

    /** Chooses the item of a combo box that shows a text. */
    private static void choose(DialogFixture dialog, String name, String item) {
        JComboBox<?> box = dialog.comboBox(name).target();
        Windows.onEdt(() -> {
            for (int i = 0; i < box.getItemCount(); i++) {
                if (item.equals(String.valueOf(box.getItemAt(i)))) {
                    box.setSelectedIndex(i);
                    return;
                }
            }
            throw new AssertionError("no item " + item + " in " + name);
        });
    }

    /** Moves a slider to a value, as dragging its knob there does. */
    private static void slide(DialogFixture dialog, String name, int value) {
        JSlider slider = dialog.slider(name).target();
        Windows.onEdt(() -> slider.setValue(value));
    }

    /** Subtitles ▸ Size ▸ an item. */
    private JMenuItem sizeItem(String name) {
        return demo.window().menuItemWithPath("Subtitles", "Size", name).target();
    }

    private static int textHeight(BufferedImage screen, IntPredicate ink) {
        Rectangle text = Pixels.bounds(screen, ink);
        return text == null ? 0 : text.height;
    }

    private static int bottom(BufferedImage screen, IntPredicate ink) {
        Rectangle drawn = Pixels.bounds(screen, ink);
        return drawn == null ? Integer.MAX_VALUE : drawn.y + drawn.height;
    }

    /** Waits until the video on screen passes a test. */
    private static void awaitPixels(VideoComponent video, Predicate<BufferedImage> shown, String awaited) {
        Await.until(RunningDemo.TIMEOUT, () -> shown.test(Windows.capture(video)), () -> "awaiting " + awaited
                + "; style " + Windows.onEdt(video::getCaptionStyle));
    }

    /**
     * Waits until the white caption text on screen passes a test.
     *
     * @return where it is then
     */
    private static Rectangle awaitCaption(VideoComponent video, Predicate<Rectangle> shown, String awaited) {
        Rectangle[] seen = new Rectangle[1];
        Await.until(RunningDemo.TIMEOUT, () -> shown.test(seen[0] = Pixels.bounds(Windows.capture(video),
                Pixels::white)), () -> "awaiting " + awaited + "; white text at " + seen[0]);
        return seen[0];
    }
}
