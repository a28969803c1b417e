package dev.framepipe.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.function.DoubleSupplier;

import javax.swing.UIManager;

import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.swing.VideoOverlay;

/**
 * The card shown over the sample's preview while it is encoded: what is happening, that it happens once, and how far
 * it is. Dims the pictures behind it, which race by faster than real time.
 */
final class PreparationOverlay implements VideoOverlay {
    private static final int WIDTH = 460;
    private static final int PADDING = 20;
    private static final int BAR_HEIGHT = 6;
    private static final Color DIM = new Color(0, 0, 0, 150);

    private final DoubleSupplier progress;
    private final String codecs;

    /**
     * Creates the card.
     *
     * @param progress how far the encoding is, 0 to 1
     * @param codecs   the codecs being written, for instance "H.264 and AAC"
     */
    PreparationOverlay(DoubleSupplier progress, String codecs) {
        this.progress = progress;
        this.codecs = codecs;
    }

    @Override
    public void paintOverlay(Graphics2D g, Rectangle videoBounds, VideoComponent component) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(DIM);
        g.fillRect(0, 0, component.getWidth(), component.getHeight());

        Font base = UIManager.getFont("Label.font");
        Font title = base.deriveFont(Font.BOLD, base.getSize2D() * 1.25f);
        FontMetrics titleMetrics = g.getFontMetrics(title);
        FontMetrics lineMetrics = g.getFontMetrics(base);
        int width = Math.min(WIDTH, component.getWidth() - 2 * PADDING);
        int height = 2 * PADDING + titleMetrics.getHeight() + lineMetrics.getHeight() + PADDING + BAR_HEIGHT;
        int x = (component.getWidth() - width) / 2;
        int y = (component.getHeight() - height) / 2;
        g.setColor(UIManager.getColor("Panel.background"));
        g.fillRoundRect(x, y, width, height, 16, 16);

        int textX = x + PADDING;
        int baseline = y + PADDING + titleMetrics.getAscent();
        g.setColor(UIManager.getColor("Label.foreground"));
        g.setFont(title);
        g.drawString("Preparing the sample clip", textX, baseline);
        String percent = Math.round(progress.getAsDouble() * 100) + " %";
        g.setFont(base);
        g.drawString(percent, x + width - PADDING - lineMetrics.stringWidth(percent), baseline);
        baseline += titleMetrics.getDescent() + lineMetrics.getAscent();
        g.setColor(UIManager.getColor("Label.disabledForeground"));
        g.drawString("Encoding " + SampleClip.LENGTH.getSeconds() + " s of " + codecs + ", on the first run only",
                textX, baseline);

        int barY = y + height - PADDING - BAR_HEIGHT;
        int barWidth = width - 2 * PADDING;
        g.setColor(UIManager.getColor("ProgressBar.background"));
        g.fillRoundRect(textX, barY, barWidth, BAR_HEIGHT, BAR_HEIGHT, BAR_HEIGHT);
        g.setColor(UIManager.getColor("ProgressBar.foreground"));
        g.fillRoundRect(textX, barY, (int) Math.round(barWidth * progress.getAsDouble()), BAR_HEIGHT, BAR_HEIGHT,
                BAR_HEIGHT);
    }
}
