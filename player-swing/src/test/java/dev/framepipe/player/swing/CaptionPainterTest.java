package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.Caption;
import dev.framepipe.player.testing.Pixels;

/**
 * Captions drawn into an image as the component draws them: inside the picture, at the top when the cue asks, at
 * device resolution on a 2x screen, in every script the machine has fonts for, right-to-left scripts from the right,
 * and italic and bold markup as slanted and heavier letters.
 */
class CaptionPainterTest {
    private static final Rectangle PICTURE = new Rectangle(40, 30, 320, 180);
    private static final Dimension COMPONENT = new Dimension(400, 240);
    /** For markup and scripts: a font of 72 pixels, where a glyph's shape can be measured. */
    private static final Rectangle LARGE = new Rectangle(0, 0, 640, 360);
    private static final CaptionStyle LARGE_TEXT = CaptionStyle.defaults().withScale(0.2);
    private static final IntPredicate RED = rgb -> {
        Color pixel = new Color(rgb);
        return pixel.getRed() > 180 && pixel.getGreen() < 80 && pixel.getBlue() < 80;
    };

    /** Paints a caption at a screen scale into an image of the component's size times the scale. */
    private static BufferedImage paint(Caption caption, double scale) {
        return CaptionImages.paint(caption, CaptionStyle.defaults(), PICTURE, COMPONENT, scale, Color.BLACK);
    }

    private static Caption cue(String text, Caption.Placement placement) {
        return CaptionImages.cue(text, placement);
    }

    /** The device pixels of the caption's white text. */
    private static Rectangle white(BufferedImage screen) {
        return Pixels.bounds(screen, Pixels::white);
    }

    @Test
    void onATwiceDenseScreenTheCaptionIsDrawnWithTwiceThePixels() {
        Rectangle normal = white(paint(cue("Sharp at any scale", Caption.Placement.BOTTOM), 1));
        Rectangle dense = white(paint(cue("Sharp at any scale", Caption.Placement.BOTTOM), 2));

        assertThat((double) dense.width / normal.width).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat((double) dense.height / normal.height).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.2));
        Rectangle densePicture = new Rectangle(PICTURE.x * 2, PICTURE.y * 2, PICTURE.width * 2, PICTURE.height * 2);
        assertThat(densePicture.contains(dense)).as("%s inside %s", dense, densePicture).isTrue();
    }

    @Test
    void aCueAskingForTheTopIsDrawnInTheUpperPartOfThePicture() {
        Rectangle top = white(paint(cue("Up here", Caption.Placement.TOP), 1));
        Rectangle bottom = white(paint(cue("Down here", Caption.Placement.BOTTOM), 1));

        assertThat(top.getCenterY()).isLessThan(PICTURE.getCenterY());
        assertThat(bottom.getCenterY()).isGreaterThan(PICTURE.getCenterY());
        assertThat(PICTURE.contains(top)).isTrue();
    }

    @Test
    void longTextWrapsInsideThePicture() {
        Rectangle text = white(paint(cue("A very long line of dialogue that cannot possibly fit on one line of a "
                + "picture this narrow, so it wraps", Caption.Placement.BOTTOM), 1));

        assertThat(PICTURE.contains(text)).as("%s inside %s", text, PICTURE).isTrue();
    }

    @Test
    void everyScriptIsDrawnWithAFontThatHasItsGlyphs() {
        for (String text : new String[] {"Grüße aus Köln", "你好，世界", "こんにちは", "مرحبا بالعالم", "שלום עולם"}) {
            CaptionPainter painter = new CaptionPainter();
            painter.show(cue(text, Caption.Placement.BOTTOM));
            assertThat(painter.fontFor(text).canDisplayUpTo(text)).as("glyphs for %s", text).isEqualTo(-1);
            assertThat(white(paint(cue(text, Caption.Placement.BOTTOM), 1))).as("drawn: %s", text).isNotNull();
        }
    }

    private static BufferedImage paintLarge(String markup) {
        return CaptionImages.paint(cue(markup, Caption.Placement.BOTTOM), LARGE_TEXT, LARGE, LARGE.getSize(), 1,
                Color.BLACK);
    }

    /**
     * How far the text's upper half sits to the right of its lower half, in pixels: about 0 for upright letters,
     * positive for slanted ones.
     */
    private static double lean(BufferedImage screen) {
        Rectangle text = white(screen);
        int half = text.height / 2;
        return Pixels.meanX(screen, text.y, half, Pixels::white)
                - Pixels.meanX(screen, text.y + text.height - half, half, Pixels::white);
    }

    @Test
    void italicMarkupSlantsTheLetters() {
        // Letters of vertical strokes only: upright, their top and bottom halves have the same middle.
        BufferedImage plain = paintLarge("HIHIH");
        BufferedImage italic = paintLarge("<i>HIHIH</i>");

        assertThat(Math.abs(lean(plain))).as("upright letters lean by").isLessThan(1.0);
        // An oblique face leans about 12 degrees: over half of a 50-pixel cap height, about 5 pixels.
        assertThat(lean(italic)).as("italic letters lean by").isGreaterThan(2.5);
    }

    @Test
    void boldMarkupPutsMoreInkOnThePicture() {
        int plain = Pixels.count(paintLarge("Heavy words"), Pixels::white);
        int bold = Pixels.count(paintLarge("<b>Heavy words</b>"), Pixels::white);

        assertThat((double) bold / plain).as("bold ink %d against plain %d", bold, plain).isGreaterThan(1.2);
    }

    @Test
    void rightToLeftTextRunsFromTheRight() {
        // The first letter in reading order is red: in Hebrew and Arabic it stands at the right of the word.
        for (String word : new String[] {"<font color=\"#ff0000\">\u05e9</font>\u05dc\u05d5\u05dd",
                "<font color=\"#ff0000\">\u0645</font>\u0631\u062d\u0628\u0627"}) {
            BufferedImage screen = paintLarge(word);
            double first = Pixels.meanX(screen, RED);
            double rest = Pixels.meanX(screen, Pixels::white);

            assertThat(first).as("the first letter of %s right of the others", word).isGreaterThan(rest + 10);
        }
    }

    @Test
    void aRightToLeftCaptionPutsItsFirstWordAtTheRightAndKeepsLatinWordsReadable() {
        // "Shalom" (red) then "TV" (white) in reading order: a Hebrew line reads from the right, so "TV" is drawn to
        // the left of "Shalom", and its own letters still read left to right.
        BufferedImage screen = paintLarge("<font color=\"#ff0000\">\u05e9\u05dc\u05d5\u05dd</font> TV");
        double hebrew = Pixels.meanX(screen, RED);
        Rectangle latin = white(screen);

        assertThat(hebrew).as("the Hebrew word right of the Latin one at %s", latin).isGreaterThan(latin.getMaxX());
        BufferedImage leftToRight = paintLarge("<font color=\"#ff0000\">Shalom</font> TV");
        assertThat(Pixels.meanX(leftToRight, RED)).as("a Latin line keeps its first word at the left")
                .isLessThan(white(leftToRight).getMinX());
    }
}
