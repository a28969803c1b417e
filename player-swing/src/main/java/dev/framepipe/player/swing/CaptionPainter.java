package dev.framepipe.player.swing;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

import dev.framepipe.player.Caption;

/**
 * Draws the current caption inside the picture: lines wrapped to 90 % of the picture's width and centred, at the
 * bottom (or the top, for cues placed there), with the {@link CaptionStyle}'s font, outline and box. Right-to-left
 * text is laid out by {@link TextLayout}'s bidirectional algorithm; text the style's font cannot show (CJK in a
 * Latin font) falls back to the logical {@code Dialog} font, which covers every installed script.
 *
 * <p>The lines are laid out, placed and drawn into one recycled image once per caption, picture size, screen scale
 * and style; a paint only copies that image, allocating nothing. Confined to the event dispatch thread.
 */
final class CaptionPainter {
    private static final double WRAP_FRACTION = 0.9;

    private Caption caption;
    private CaptionStyle style = CaptionStyle.defaults();
    private Rectangle laidOutFor;
    private FontRenderContext laidOutWith;
    private List<PlacedLine> lines = List.of();
    private Font font;
    private BasicStroke stroke;
    /** Where the caption is drawn, in component coordinates; {@code null} for nothing to draw. */
    private Rectangle area;
    /** The caption as drawn, in its top-left {@code imageWidth} x {@code imageHeight} device pixels; recycled. */
    private BufferedImage image;
    private int imageWidth;
    private int imageHeight;

    /**
     * Sets the caption to draw.
     *
     * @param now the caption, or {@code null} for none
     * @return {@code true} if it changed
     */
    boolean show(Caption now) {
        if (now == caption || now != null && now.equals(caption)) {
            return false;
        }
        caption = now;
        laidOutFor = null;
        return true;
    }

    Caption caption() {
        return caption;
    }

    void style(CaptionStyle newStyle) {
        style = newStyle;
        laidOutFor = null;
    }

    CaptionStyle style() {
        return style;
    }

    /**
     * Draws the caption, if any, inside the picture.
     *
     * @param g       a graphics context for the component
     * @param picture where the picture is; nothing is drawn when it is empty
     */
    void paint(Graphics2D g, Rectangle picture) {
        if (caption == null || picture.isEmpty()) {
            return;
        }
        AffineTransform device = g.getTransform();
        // The screen's scale only: where the component sits in its window does not change the layout.
        FontRenderContext context = new FontRenderContext(AffineTransform.getScaleInstance(device.getScaleX(),
                device.getScaleY()), true, true);
        prepare(picture, context);
        if (area != null) {
            g.drawImage(image, area.x, area.y, area.x + area.width, area.y + area.height, 0, 0, imageWidth,
                    imageHeight, null);
        }
    }

    /**
     * Draws the caption for blending into video frames of a size, at one frame pixel per image pixel: what a native
     * renderer, which Swing cannot paint over, shows instead.
     *
     * @param frame   the frames' bounds, from (0, 0), in pixels
     * @param picture where the picture lies in them: the frame less any borders the sink's scaler added
     * @return the caption's pixels and where they go in the frame, or {@code null} when there is nothing to show
     */
    FramePixels framePixels(Rectangle frame, Rectangle picture) {
        if (caption == null || picture.isEmpty()) {
            return null;
        }
        prepare(picture, new FontRenderContext(new AffineTransform(), true, true));
        Rectangle inside = area == null ? new Rectangle() : area.intersection(frame);
        if (inside.isEmpty()) {
            return null;
        }
        // getRGB converts the premultiplied image to the non-premultiplied pixels overlay rectangles expect.
        int[] argb = image.getRGB(inside.x - area.x, inside.y - area.y, inside.width, inside.height, null, 0,
                inside.width);
        return new FramePixels(argb, inside);
    }

    /** Lays out, places and draws the caption unless it is already drawn for this picture and context. */
    private void prepare(Rectangle picture, FontRenderContext context) {
        if (!picture.equals(laidOutFor) || !context.equals(laidOutWith)) {
            layOut(picture, context);
            place(picture);
            AffineTransform scale = context.getTransform();
            render(scale.getScaleX(), scale.getScaleY());
        }
    }

    /** Positions the laid-out lines in the picture and makes their outlines and boxes. */
    private void place(Rectangle picture) {
        float height = 0;
        for (PlacedLine line : lines) {
            height += line.layout.getAscent() + line.layout.getDescent() + line.layout.getLeading();
        }
        int margin = style.margin(picture.height);
        float y = caption.getPlacement() == Caption.Placement.TOP ? picture.y + margin
                : picture.y + picture.height - margin - height;
        y = Math.max(picture.y, Math.min(y, picture.y + picture.height - height));
        stroke = new BasicStroke(style.outlineWidth(font.getSize2D()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        float pad = font.getSize2D() * 0.25f;
        Rectangle2D covered = null;
        for (PlacedLine line : lines) {
            TextLayout layout = line.layout;
            y += layout.getAscent();
            line.x = (float) (picture.getCenterX() - layout.getAdvance() / 2);
            line.y = y;
            line.outline = style.outline() == null ? null
                    : layout.getOutline(AffineTransform.getTranslateInstance(line.x, line.y));
            line.box = style.background() == null ? null : new Rectangle2D.Float(line.x - pad,
                    y - layout.getAscent(), layout.getAdvance() + 2 * pad, layout.getAscent() + layout.getDescent());
            Rectangle2D bounds = layout.getPixelBounds(null, line.x, line.y).getBounds2D();
            if (line.box != null) {
                bounds.add(line.box);
            }
            covered = covered == null ? bounds : covered.createUnion(bounds);
            y += layout.getDescent() + layout.getLeading();
        }
        if (covered == null) {
            area = null;
            return;
        }
        int grow = (int) Math.ceil(stroke.getLineWidth()) + 2;
        area = covered.getBounds();
        area.grow(grow, grow);
    }

    /**
     * Draws the placed lines once into the recycled image, at device resolution, so a paint only copies it: stroking
     * glyph outlines costs about a millisecond per paint, copying a cached image a few microseconds. The image grows
     * when a caption needs more room and is otherwise reused.
     */
    private void render(double scaleX, double scaleY) {
        if (area == null) {
            return;
        }
        imageWidth = Math.max(1, (int) Math.ceil(area.width * scaleX));
        imageHeight = Math.max(1, (int) Math.ceil(area.height * scaleY));
        if (image == null || image.getWidth() < imageWidth || image.getHeight() < imageHeight) {
            image = new BufferedImage(Math.max(imageWidth, image == null ? 0 : image.getWidth()),
                    Math.max(imageHeight, image == null ? 0 : image.getHeight()), BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setComposite(AlphaComposite.SrcOver);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scaleX, scaleY);
            g.translate(-area.x, -area.y);
            for (PlacedLine line : lines) {
                if (line.box != null) {
                    g.setColor(style.background());
                    g.fill(line.box);
                }
                if (line.outline != null) {
                    g.setColor(style.outline());
                    g.setStroke(stroke);
                    g.draw(line.outline);
                }
                g.setColor(style.text());
                line.layout.draw(g, line.x, line.y);
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * Returns the font a text is drawn in: the style's, or the logical {@code Dialog} font (which falls back to
     * whichever installed font has each glyph) when the style's font lacks some of the text's glyphs.
     *
     * @param text the caption's text
     * @return the font, at the size last laid out
     */
    Font fontFor(String text) {
        Font base = font != null ? font : style.font(CaptionStyle.REFERENCE_HEIGHT);
        return base.canDisplayUpTo(text) == -1 ? base : new Font(Font.DIALOG, Font.PLAIN, 1)
                .deriveFont(base.getSize2D());
    }

    private void layOut(Rectangle picture, FontRenderContext context) {
        laidOutFor = new Rectangle(picture);
        laidOutWith = context;
        font = style.font(picture.height);
        float wrap = (float) (picture.width * WRAP_FRACTION);
        List<PlacedLine> laidOut = new ArrayList<>();
        String text = caption.getPlainText();
        AttributedString styled = caption.getStyledText();
        Font chosen = fontFor(text);
        if (!text.isEmpty()) {
            // Family and size rather than FONT, which would override the markup's posture and weight.
            styled.addAttribute(TextAttribute.FAMILY, chosen.getFamily());
            styled.addAttribute(TextAttribute.SIZE, chosen.getSize2D());
            if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
                styled.addAttribute(TextAttribute.RUN_DIRECTION, new Bidi(text,
                        Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                        ? TextAttribute.RUN_DIRECTION_LTR : TextAttribute.RUN_DIRECTION_RTL);
            }
        }
        int start = 0;
        for (String paragraph : text.split("\n", -1)) {
            int end = start + paragraph.length();
            if (!paragraph.isBlank()) {
                AttributedCharacterIterator iterator = styled.getIterator(null, start, end);
                LineBreakMeasurer measurer = new LineBreakMeasurer(iterator, context);
                measurer.setPosition(start);
                while (measurer.getPosition() < end) {
                    laidOut.add(new PlacedLine(measurer.nextLayout(wrap, end, false)));
                }
            }
            start = end + 1;
        }
        lines = laidOut;
    }

    /** A caption drawn for a frame: non-premultiplied ARGB pixels, row by row, and the part of the frame they cover. */
    static final class FramePixels {
        final int[] argb;
        final Rectangle area;

        FramePixels(int[] argb, Rectangle area) {
            this.argb = argb;
            this.area = area;
        }
    }

    /** One line of the caption and where it is drawn. */
    private static final class PlacedLine {
        final TextLayout layout;
        float x;
        float y;
        Shape outline;
        Rectangle2D box;

        PlacedLine(TextLayout layout) {
            this.layout = layout;
        }
    }
}
