package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import dev.framepipe.player.Caption;

/**
 * Captions drawn into an image as the component draws them: inside the picture, at the top when the cue asks, at
 * device resolution on a 2x screen, and in every script the machine has fonts for.
 */
class CaptionPainterTest {
    private static final Rectangle PICTURE = new Rectangle(40, 30, 320, 180);

    /** Paints a caption at a screen scale into an image of the component's size times the scale. */
    private static BufferedImage paint(Caption caption, double scale) {
        CaptionPainter painter = new CaptionPainter();
        painter.show(caption);
        BufferedImage screen = new BufferedImage((int) (400 * scale), (int) (240 * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        try {
            g.scale(scale, scale);
            painter.paint(g, PICTURE);
        } finally {
            g.dispose();
        }
        return screen;
    }

    private static Caption cue(String text, Caption.Placement placement) {
        return new Caption(text, 0, 1_000_000_000L, placement);
    }

    /** The device pixels of the caption's white text. */
    private static Rectangle white(BufferedImage screen) {
        Rectangle bounds = null;
        for (int y = 0; y < screen.getHeight(); y++) {
            for (int x = 0; x < screen.getWidth(); x++) {
                Color pixel = new Color(screen.getRGB(x, y));
                if (pixel.getRed() > 200 && pixel.getGreen() > 200 && pixel.getBlue() > 200) {
                    bounds = bounds == null ? new Rectangle(x, y, 1, 1) : bounds.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return bounds;
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
            BufferedImage screen = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = screen.createGraphics();
            try {
                painter.paint(g, PICTURE);
            } finally {
                g.dispose();
            }
            assertThat(painter.fontFor(text).canDisplayUpTo(text)).as("glyphs for %s", text).isEqualTo(-1);
            assertThat(white(screen)).as("drawn: %s", text).isNotNull();
        }
    }
}
