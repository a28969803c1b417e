package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

import org.junit.jupiter.api.Test;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;

import dev.framepipe.player.Caption;
import dev.framepipe.player.testing.Pixels;

/**
 * What each setting of a {@link CaptionStyle} does to the caption on the picture: the font, the size as a part of the
 * picture's height (and the least size), the colours, an outline or a box, the margin, and the defaults, which take
 * the look and feel's font but not its colours (captions lie on the video, not on the theme's surfaces).
 */
class CaptionStyleTest {
    /** Mid grey: the white text, a black outline and a dark box all stand out from it. */
    private static final Color VIDEO = new Color(128, 128, 128);
    private static final Rectangle PICTURE = new Rectangle(0, 0, 640, 360);
    /** Capitals only, so the ink's height is the cap height, which is proportional to the font size. */
    private static final String CAPITALS = "HELLO THERE";
    private static final IntPredicate BLACK = Pixels.near(Color.BLACK, 40);
    /** Darker than anything drawn over the grey video, an outline or a box excepted. */
    private static final IntPredicate DARK = rgb -> {
        Color pixel = new Color(rgb);
        return Math.max(pixel.getRed(), Math.max(pixel.getGreen(), pixel.getBlue())) < 100;
    };

    private static BufferedImage paint(CaptionStyle style, String text, Rectangle picture) {
        return paint(style, CaptionImages.cue(text), picture);
    }

    private static BufferedImage paint(CaptionStyle style, Caption caption, Rectangle picture) {
        return CaptionImages.paint(caption, style, picture, picture.getSize(), 1, VIDEO);
    }

    private static Rectangle text(BufferedImage screen) {
        return Pixels.bounds(screen, Pixels::white);
    }

    @Test
    void theTextIsSetInTheFontFamilyAsked() {
        CaptionStyle serif = CaptionStyle.defaults().withFontFamily(Font.SERIF).withScale(0.1);
        CaptionStyle sans = CaptionStyle.defaults().withFontFamily(Font.SANS_SERIF).withScale(0.1);
        String words = "Wide serif words";

        Rectangle serifText = text(paint(serif, words, PICTURE));
        Rectangle sansText = text(paint(sans, words, PICTURE));

        // The line is as wide as the font lays it out: the font asked for is the one used.
        assertThat((double) serifText.width).isCloseTo(advance(serif.font(PICTURE.height), words), offset(4.0));
        assertThat((double) sansText.width).isCloseTo(advance(sans.font(PICTURE.height), words), offset(4.0));
        assertThat(Math.abs(serifText.width - sansText.width)).as("the typefaces differ on screen")
                .isGreaterThan(8);
    }

    private static double advance(Font font, String text) {
        return new TextLayout(text, font, new FontRenderContext(null, true, true)).getBounds().getWidth();
    }

    @Test
    void theTextIsAFixedPartOfThePictureHeightSoItGrowsWithThePicture() {
        CaptionStyle style = CaptionStyle.defaults();
        int small = text(paint(style, CAPITALS, new Rectangle(0, 0, 480, 270))).height;
        int large = text(paint(style, CAPITALS, new Rectangle(0, 0, 960, 540))).height;
        int doubled = text(paint(style.withScale(0.11), CAPITALS, new Rectangle(0, 0, 480, 270))).height;

        assertThat((double) large / small).as("twice the picture, twice the text").isCloseTo(2.0, offset(0.2));
        assertThat((double) doubled / small).as("twice the scale, twice the text").isCloseTo(2.0, offset(0.2));
    }

    @Test
    void onATinyPictureTheTextKeepsAReadableSize() {
        // 5.5 % of 90 or 160 pixels would be a 5 or 9 pixel font: both get the least size, 12 pixels.
        int tiny = text(paint(CaptionStyle.defaults(), CAPITALS, new Rectangle(0, 0, 160, 90))).height;
        int small = text(paint(CaptionStyle.defaults(), CAPITALS, new Rectangle(0, 0, 284, 160))).height;

        assertThat(tiny).isEqualTo(small).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theTextAndOutlineAreDrawnInTheColoursAsked() {
        BufferedImage standard = paint(CaptionStyle.defaults(), CAPITALS, PICTURE);
        BufferedImage yellow = paint(CaptionStyle.defaults().withColours(Color.YELLOW, Color.BLUE), CAPITALS, PICTURE);
        BufferedImage bare = paint(CaptionStyle.defaults().withColours(Color.YELLOW, null), CAPITALS, PICTURE);

        int ink = Pixels.count(standard, Pixels::white);
        assertThat(ink).as("white text").isGreaterThan(200);
        assertThat(Pixels.count(standard, BLACK)).as("black outline").isGreaterThan(ink / 2);
        assertThat(Pixels.count(yellow, Pixels.near(Color.YELLOW, 40))).as("yellow text")
                .isBetween(ink * 8 / 10, ink * 12 / 10);
        assertThat(Pixels.count(yellow, Pixels.near(Color.BLUE, 40))).as("blue outline")
                .isGreaterThan(ink / 2);
        assertThat(Pixels.count(yellow, Pixels::white)).as("no white left").isZero();
        assertThat(Pixels.count(bare, Pixels.near(Color.YELLOW, 40))).isGreaterThan(ink * 8 / 10);
        assertThat(Pixels.count(bare, DARK)).as("no outline: nothing dark").isZero();
    }

    @Test
    void aBoxBehindTheLineReplacesTheOutline() {
        Color translucent = new Color(0, 0, 0, 160);
        BufferedImage boxed = paint(CaptionStyle.defaults().withColours(Color.WHITE, null).withBackground(translucent),
                CAPITALS, PICTURE);
        // 160/255 of black over mid grey.
        IntPredicate box = Pixels.near(new Color(48, 48, 48), 8);
        Rectangle text = text(boxed);
        Rectangle covered = Pixels.bounds(boxed, box);

        assertThat(covered).as("a box around the text %s", text).isNotNull();
        assertThat(covered.contains(text)).as("box %s holds text %s", covered, text).isTrue();
        assertThat(covered.width - text.width).as("padded at the sides").isGreaterThanOrEqualTo(6);
        // The box is one rectangle filled through: nearly every pixel in it is the box's or the text's.
        int filled = Pixels.count(boxed, covered, box.or(Pixels::white));
        assertThat((double) filled / (covered.width * covered.height)).isGreaterThan(0.8);
        // An outline's soft edge has a few pixels of the box's grey too, but no more than a tenth of a box's.
        assertThat(Pixels.count(paint(CaptionStyle.defaults(), CAPITALS, PICTURE), box))
                .as("no box by default").isLessThan(filled / 10);
    }

    @Test
    void theMarginSetsTheCaptionsDistanceFromThePicturesEdge() {
        Rectangle picture = new Rectangle(20, 10, 640, 360);
        int flush = bottomGap(CaptionStyle.defaults().withMargin(0), picture);
        int raised = bottomGap(CaptionStyle.defaults().withMargin(0.2), picture);

        assertThat(flush).as("with no margin, at the edge").isBetween(0, 8);
        assertThat((double) raised - flush).as("a fifth of the picture higher").isCloseTo(72.0, offset(3.0));
        Rectangle top = text(paint(CaptionStyle.defaults().withMargin(0.2),
                CaptionImages.cue(CAPITALS, Caption.Placement.TOP), PICTURE));
        assertThat(top.y).as("a top cue the same distance from the top").isBetween(72, 72 + 12);
        assertThatThrownBy(() -> CaptionStyle.defaults().withMargin(0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Pixels between the bottom of the text's ink and the bottom of the picture. */
    private static int bottomGap(CaptionStyle style, Rectangle picture) {
        Rectangle component = new Rectangle(0, 0, picture.x + picture.width + 20, picture.y + picture.height + 10);
        BufferedImage screen = CaptionImages.paint(CaptionImages.cue(CAPITALS), style, picture, component.getSize(), 1,
                VIDEO);
        Rectangle text = text(screen);
        return picture.y + picture.height - (text.y + text.height);
    }

    @Test
    void theDefaultsTakeTheLookAndFeelsFontButNotItsColours() throws Exception {
        LookAndFeel before = UIManager.getLookAndFeel();
        try {
            UIManager.setLookAndFeel(new FlatLightLaf());
            String lightFamily = CaptionStyle.defaults().font(PICTURE.height).getFamily();
            BufferedImage light = paint(CaptionStyle.defaults(), CAPITALS, PICTURE);
            assertThat(lightFamily).isEqualTo(UIManager.getFont("Label.font").getFamily());

            UIManager.setLookAndFeel(new FlatDarkLaf());
            BufferedImage dark = paint(CaptionStyle.defaults(), CAPITALS, PICTURE);
            // Captions lie on the video, whatever the theme: the dark one must not give them its light-on-dark text
            // colour or anything else.
            assertThat(CaptionStyle.defaults().font(PICTURE.height).getFamily()).isEqualTo(lightFamily);
            assertThat(differingPixels(light, dark)).as("pixels differing between light and dark").isZero();

            UIManager.put("Label.font", new FontUIResource(Font.SERIF, Font.PLAIN, 13));
            assertThat(CaptionStyle.defaults().font(PICTURE.height).getFamily()).isEqualTo(Font.SERIF);
            assertThat(text(paint(CaptionStyle.defaults(), CAPITALS, PICTURE)).width)
                    .as("set in the new label font").isNotEqualTo(text(light).width);
        } finally {
            // A font put into UIManager overrides every look and feel's until it is taken out again.
            UIManager.put("Label.font", null);
            UIManager.setLookAndFeel(before);
        }
    }

    private static int differingPixels(BufferedImage one, BufferedImage other) {
        int differing = 0;
        for (int y = 0; y < one.getHeight(); y++) {
            for (int x = 0; x < one.getWidth(); x++) {
                if (one.getRGB(x, y) != other.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
