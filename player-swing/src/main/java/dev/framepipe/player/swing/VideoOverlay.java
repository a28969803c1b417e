package dev.framepipe.player.swing;

import java.awt.Graphics2D;
import java.awt.Rectangle;

/**
 * Paints above the video: subtitles, marks, annotations. Called on the event dispatch thread after every paint of
 * the component, including when no frame is shown yet.
 */
@FunctionalInterface
public interface VideoOverlay {
    /**
     * Paints the overlay.
     *
     * @param g           a graphics context for the component, clipped to it; changes to it do not leak
     * @param videoBounds where the picture is, in component coordinates (empty when there is no picture)
     * @param component   the component being painted
     */
    void paintOverlay(Graphics2D g, Rectangle videoBounds, VideoComponent component);
}
