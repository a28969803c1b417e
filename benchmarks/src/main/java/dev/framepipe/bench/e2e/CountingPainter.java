package dev.framepipe.bench.e2e;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.JComponent;

import uk.co.caprica.vlcj.player.component.callback.CallbackImagePainter;
import uk.co.caprica.vlcj.player.component.callback.ScaledCallbackImagePainter;

/** vlcj's default painter, counting the paints that have a frame to draw. */
final class CountingPainter implements CallbackImagePainter {
    private final ScaledCallbackImagePainter painter = new ScaledCallbackImagePainter();
    private final AtomicLong shown;

    /**
     * Creates the painter.
     *
     * @param shown counts the frames painted
     */
    CountingPainter(AtomicLong shown) {
        this.shown = shown;
    }

    @Override
    public void prepare(Graphics2D g, JComponent target) {
        painter.prepare(g, target);
    }

    @Override
    public void paint(Graphics2D g, JComponent target, BufferedImage image) {
        painter.paint(g, target, image);
        if (image != null) {
            shown.incrementAndGet();
        }
    }
}
