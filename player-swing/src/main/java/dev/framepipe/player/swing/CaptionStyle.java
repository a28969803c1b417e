package dev.framepipe.player.swing;

import java.awt.Color;
import java.awt.Font;
import java.util.Objects;
import java.util.Optional;

import javax.swing.UIManager;

/**
 * How {@link VideoComponent} draws captions: font, size relative to the picture, colours, outline or background box,
 * and distance from the picture's edge. Immutable; each {@code with...} method returns a copy.
 *
 * <p>Sizes are fractions of the picture's height as shown, so captions keep their proportion to the picture at every
 * window size, and are drawn at screen resolution (on HiDPI screens too): crisp however large the picture is shown.
 *
 * <pre>{@code
 * video.setCaptionStyle(CaptionStyle.defaults().withScale(0.06).withBackground(new Color(0, 0, 0, 160)));
 * }</pre>
 */
public final class CaptionStyle {
    private static final CaptionStyle DEFAULTS = new CaptionStyle(null, 0.055, 12, Color.WHITE, Color.BLACK, 0.12,
            null, 0.05);

    /** A picture height to size fonts for when no picture is known, in pixels. */
    static final int REFERENCE_HEIGHT = 720;

    private final String fontFamily;
    private final double scale;
    private final int minimumPixels;
    private final Color text;
    private final Color outline;
    private final double outlineWidth;
    private final Color background;
    private final double margin;

    private CaptionStyle(String fontFamily, double scale, int minimumPixels, Color text, Color outline,
                         double outlineWidth, Color background, double margin) {
        this.fontFamily = fontFamily;
        this.scale = scale;
        this.minimumPixels = minimumPixels;
        this.text = text;
        this.outline = outline;
        this.outlineWidth = outlineWidth;
        this.background = background;
        this.margin = margin;
    }

    /**
     * Returns the defaults: the look and feel's label font, a line height of 5.5 % of the picture (at least 12 px),
     * white text with a black outline, no box, 5 % of the picture from the bottom.
     *
     * @return the default style
     */
    public static CaptionStyle defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another font family.
     *
     * @param family a font family name, or {@code null} for the look and feel's label font
     * @return the copy
     */
    public CaptionStyle withFontFamily(String family) {
        return new CaptionStyle(family, scale, minimumPixels, text, outline, outlineWidth, background, margin);
    }

    /**
     * Returns a copy with another text size.
     *
     * @param fractionOfPictureHeight the font size as a fraction of the picture's height, 0.01 to 0.5
     * @return the copy
     * @throws IllegalArgumentException if the fraction is outside 0.01..0.5
     */
    public CaptionStyle withScale(double fractionOfPictureHeight) {
        return new CaptionStyle(fontFamily, checkFraction(fractionOfPictureHeight, 0.01, 0.5, "scale"),
                minimumPixels, text, outline, outlineWidth, background, margin);
    }

    /**
     * Returns a copy with other colours.
     *
     * @param textColour    the text's colour (markup colours override it)
     * @param outlineColour the outline's colour, or {@code null} for no outline
     * @return the copy
     */
    public CaptionStyle withColours(Color textColour, Color outlineColour) {
        return new CaptionStyle(fontFamily, scale, minimumPixels, Objects.requireNonNull(textColour, "textColour"),
                outlineColour, outlineWidth, background, margin);
    }

    /**
     * Returns a copy with a box behind each line, as many broadcasters show captions.
     *
     * @param box the box's colour (usually translucent), or {@code null} for none
     * @return the copy
     */
    public CaptionStyle withBackground(Color box) {
        return new CaptionStyle(fontFamily, scale, minimumPixels, text, outline, outlineWidth, box, margin);
    }

    /**
     * Returns a copy with another distance from the picture's bottom (or top) edge.
     *
     * @param fractionOfPictureHeight the margin as a fraction of the picture's height, 0 to 0.4
     * @return the copy
     * @throws IllegalArgumentException if the fraction is outside 0..0.4
     */
    public CaptionStyle withMargin(double fractionOfPictureHeight) {
        return new CaptionStyle(fontFamily, scale, minimumPixels, text, outline, outlineWidth, background,
                checkFraction(fractionOfPictureHeight, 0, 0.4, "margin"));
    }

    /**
     * Returns the font family asked for.
     *
     * @return the family, or empty for the look and feel's label font
     */
    public Optional<String> getFontFamily() {
        return Optional.ofNullable(fontFamily);
    }

    /**
     * Returns the text size.
     *
     * @return the font size as a fraction of the picture's height
     */
    public double getScale() {
        return scale;
    }

    /**
     * Returns the text's colour.
     *
     * @return the colour of text without a colour of its own in the markup
     */
    public Color getTextColour() {
        return text;
    }

    /**
     * Returns the outline's colour.
     *
     * @return the colour, or empty for text without an outline
     */
    public Optional<Color> getOutlineColour() {
        return Optional.ofNullable(outline);
    }

    /**
     * Returns the colour of the box behind each line.
     *
     * @return the colour, or empty for no box
     */
    public Optional<Color> getBackground() {
        return Optional.ofNullable(background);
    }

    /**
     * Returns the distance from the picture's bottom (or top) edge.
     *
     * @return the margin as a fraction of the picture's height
     */
    public double getMargin() {
        return margin;
    }

    /**
     * Returns the font for a picture height.
     *
     * @param pictureHeight the picture's height as shown, in user-space pixels
     * @return the plain font at the size this style gives that picture
     */
    Font font(int pictureHeight) {
        float size = (float) Math.max(minimumPixels, scale * pictureHeight);
        String family = fontFamily;
        if (family == null) {
            Font label = UIManager.getFont("Label.font");
            family = label != null ? label.getFamily() : Font.SANS_SERIF;
        }
        return new Font(family, Font.PLAIN, 1).deriveFont(size);
    }

    Color text() {
        return text;
    }

    Color outline() {
        return outline;
    }

    /**
     * Returns the outline's width for a font size.
     *
     * @param fontSize the font size in pixels
     * @return the stroke width
     */
    float outlineWidth(float fontSize) {
        return (float) Math.max(1.0, outlineWidth * fontSize);
    }

    Color background() {
        return background;
    }

    /**
     * Returns the margin for a picture height.
     *
     * @param pictureHeight the picture's height as shown
     * @return pixels between the picture's edge and the captions
     */
    int margin(int pictureHeight) {
        return (int) Math.round(margin * pictureHeight);
    }

    private static double checkFraction(double value, double min, double max, String what) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("caption " + what + " must be between " + min + " and " + max
                    + ", got " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CaptionStyle)) {
            return false;
        }
        CaptionStyle that = (CaptionStyle) other;
        return scale == that.scale && minimumPixels == that.minimumPixels && outlineWidth == that.outlineWidth
                && margin == that.margin && Objects.equals(fontFamily, that.fontFamily) && text.equals(that.text)
                && Objects.equals(outline, that.outline) && Objects.equals(background, that.background);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fontFamily, scale, text, outline, background, margin);
    }

    @Override
    public String toString() {
        return "CaptionStyle[font " + (fontFamily == null ? "of the look and feel" : fontFamily) + ", scale " + scale
                + ", text " + colour(text) + ", outline " + colour(outline) + ", box " + colour(background)
                + ", margin " + margin + "]";
    }

    private static String colour(Color colour) {
        return colour == null ? "none" : String.format("#%08x", colour.getRGB());
    }
}
