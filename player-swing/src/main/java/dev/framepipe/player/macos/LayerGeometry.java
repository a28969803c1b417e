package dev.framepipe.player.macos;

import java.awt.Component;
import java.awt.Container;
import java.awt.Insets;
import java.awt.Window;
import java.awt.geom.AffineTransform;

import javax.swing.JRootPane;

/**
 * Computes the {@link LayerFrame} of a component: the same arithmetic the JDK's {@code AWTSurfaceLayers} uses when
 * the component itself moves, done by us because the JDK does not redo it when only an ancestor moves (a
 * {@code JSplitPane} divider, for instance).
 *
 * <p>The reference is the window's content area, which is what the surface layers' window layer covers: the
 * outermost {@code JRootPane} when there is one (a {@code JInternalFrame}'s inner root pane is skipped), otherwise
 * the window minus its insets. The component's origin is summed up the {@code getParent()} chain from
 * {@code getX()/getY()} rather than with {@code SwingUtilities.convertPoint}, which takes the tree lock and can
 * deadlock against {@code removeNotify}. Core Animation's y axis points up, so {@code y = rootHeight − y − h}.
 *
 * <p>Stateless. Call on the event dispatch thread, where the bounds it reads are consistent.
 */
final class LayerGeometry {
    private LayerGeometry() {
    }

    /**
     * Computes where a component's layer goes.
     *
     * @param component     the component showing the video
     * @param deviceTransform the component's {@code GraphicsConfiguration.getDefaultTransform()}, or {@code null}
     *                      when it has none (scale 1.0 then)
     * @return the frame, or {@code null} if the component is not inside a window or root pane
     */
    static LayerFrame frameOf(Component component, AffineTransform deviceTransform) {
        int x = 0;
        int y = 0;
        int rootX = 0;
        int rootY = 0;
        JRootPane root = null;
        Component current = component;
        Container parent = component.getParent();
        while (parent != null) {
            x += current.getX();
            y += current.getY();
            if (parent instanceof JRootPane) {
                root = (JRootPane) parent;
                rootX = x;
                rootY = y;
            }
            current = parent;
            parent = parent.getParent();
        }
        double scale = deviceTransform == null ? 1.0 : deviceTransform.getScaleX();
        if (root != null) {
            return flip(rootX, rootY, component, root.getHeight(), scale);
        }
        if (current instanceof Window) {
            Insets insets = ((Window) current).getInsets();
            int contentHeight = current.getHeight() - insets.top - insets.bottom;
            return flip(x - insets.left, y - insets.top, component, contentHeight, scale);
        }
        return null;
    }

    private static LayerFrame flip(int x, int y, Component component, int rootHeight, double scale) {
        int height = component.getHeight();
        return new LayerFrame(x, rootHeight - y - height, component.getWidth(), height, scale);
    }
}
