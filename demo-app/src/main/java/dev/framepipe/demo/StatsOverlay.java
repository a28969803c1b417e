package dev.framepipe.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.List;

import javax.swing.Timer;
import javax.swing.UIManager;

import dev.framepipe.player.Registration;
import dev.framepipe.player.swing.VideoComponent;
import dev.framepipe.player.swing.VideoOverlay;

/**
 * The statistics overlay: a translucent box in the video's top left corner with the figures of
 * {@link StatsSnapshot}, sampled twice a second. It is an overlay only while shown, because with overlays present
 * the component's automatic renderer choice stays with Java2D (a native layer would cover them).
 *
 * <p>Event dispatch thread only.
 */
final class StatsOverlay implements VideoOverlay {
    private static final int SAMPLE_MILLIS = 500;
    private static final int MARGIN = 12;
    private static final int PADDING = 10;
    private static final int COLUMN_GAP = 14;
    private static final Color BOX = new Color(16, 16, 20, 190);
    private static final Color LABEL = new Color(0xA8B0BD);
    private static final Color VALUE = new Color(0xF2F4F7);

    private final VideoComponent component;
    private final Timer timer = new Timer(SAMPLE_MILLIS, event -> sample());
    private Registration registration;
    private StatsSnapshot latest;
    private long lastPainted;
    private long lastSampleNanos;

    /**
     * Creates the overlay for a component, hidden.
     *
     * @param component the video component whose figures are shown
     */
    StatsOverlay(VideoComponent component) {
        this.component = component;
    }

    /**
     * Shows or hides the overlay.
     *
     * @param visible whether to show it
     */
    void setVisible(boolean visible) {
        if (visible == isVisible()) {
            return;
        }
        if (visible) {
            lastPainted = component.getRenderStatistics().getFramesRendered();
            lastSampleNanos = System.nanoTime();
            latest = StatsSnapshot.of(component, 0);
            registration = component.addOverlay(this);
            timer.start();
        } else {
            timer.stop();
            registration.close();
            registration = null;
        }
    }

    boolean isVisible() {
        return registration != null;
    }

    /**
     * Returns the figures last sampled.
     *
     * @return the snapshot, or {@code null} before the overlay was first shown
     */
    StatsSnapshot latest() {
        return latest;
    }

    private void sample() {
        long now = System.nanoTime();
        long painted = component.getRenderStatistics().getFramesRendered();
        // A new player gets a new renderer whose counters start again from zero.
        long frames = Math.max(0, painted - lastPainted);
        double seconds = (now - lastSampleNanos) / 1e9;
        latest = StatsSnapshot.of(component, seconds > 0 ? frames / seconds : 0);
        lastPainted = painted;
        lastSampleNanos = now;
        component.repaint();
    }

    @Override
    public void paintOverlay(Graphics2D g, Rectangle videoBounds, VideoComponent painted) {
        if (latest == null) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font base = UIManager.getFont("Label.font");
        Font font = base.deriveFont(base.getSize2D() * 0.92f);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        List<String[]> rows = latest.rows();
        int labelWidth = 0;
        int valueWidth = 0;
        for (String[] row : rows) {
            labelWidth = Math.max(labelWidth, metrics.stringWidth(row[0]));
            valueWidth = Math.max(valueWidth, metrics.stringWidth(row[1]));
        }
        int lineHeight = metrics.getHeight();
        int width = 2 * PADDING + labelWidth + COLUMN_GAP + valueWidth;
        int height = 2 * PADDING + rows.size() * lineHeight;
        g.setColor(BOX);
        g.fillRoundRect(MARGIN, MARGIN, width, height, 10, 10);
        int baseline = MARGIN + PADDING + metrics.getAscent();
        for (String[] row : rows) {
            g.setColor(LABEL);
            g.drawString(row[0], MARGIN + PADDING, baseline);
            g.setColor(VALUE);
            g.drawString(row[1], MARGIN + PADDING + labelWidth + COLUMN_GAP, baseline);
            baseline += lineHeight;
        }
    }
}
