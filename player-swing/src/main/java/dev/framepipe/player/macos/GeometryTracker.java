package dev.framepipe.player.macos;

import java.awt.Component;
import java.awt.GraphicsConfiguration;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.HierarchyBoundsAdapter;
import java.awt.event.HierarchyEvent;
import java.awt.event.HierarchyListener;

/**
 * Follows where a component is in its window and whether it is showing, and reports changes: its own moves and
 * resizes (a {@code ComponentListener}), any ancestor's (a {@code HierarchyBoundsListener}, which is what catches a
 * {@code JSplitPane} divider or a window resize that moves the y-flipped origin), and showing changes
 * ({@code HierarchyEvent.SHOWING_CHANGED}). A frame is reported only when it differs from the last one.
 *
 * <p>Event dispatch thread only: AWT calls the listeners there, and {@link #start}/{@link #stop} must be called
 * there too.
 */
final class GeometryTracker {
    /** Receives the changes, on the event dispatch thread. */
    interface Listener {
        /**
         * The layer frame changed.
         *
         * @param frame the new frame
         */
        void frameChanged(LayerFrame frame);

        /**
         * The component started or stopped showing.
         *
         * @param showing {@code Component.isShowing()} now
         */
        void showingChanged(boolean showing);
    }

    private final Component component;
    private final Listener listener;
    private final ComponentAdapter ownBounds = new ComponentAdapter() {
        @Override
        public void componentResized(ComponentEvent e) {
            update();
        }

        @Override
        public void componentMoved(ComponentEvent e) {
            update();
        }
    };
    private final HierarchyBoundsAdapter ancestorBounds = new HierarchyBoundsAdapter() {
        @Override
        public void ancestorMoved(HierarchyEvent e) {
            update();
        }

        @Override
        public void ancestorResized(HierarchyEvent e) {
            update();
        }
    };
    private final HierarchyListener showing = this::hierarchyChanged;
    private LayerFrame last;

    /**
     * Creates a tracker; it listens only between {@link #start} and {@link #stop}.
     *
     * @param component the component to follow
     * @param listener  where changes go
     */
    GeometryTracker(Component component, Listener listener) {
        this.component = component;
        this.listener = listener;
    }

    /**
     * Starts listening.
     *
     * @return the current frame, which later reports are compared against; {@code null} if the component is not in
     *         a window
     */
    LayerFrame start() {
        component.addComponentListener(ownBounds);
        component.addHierarchyBoundsListener(ancestorBounds);
        component.addHierarchyListener(showing);
        last = currentFrame();
        return last;
    }

    /** Stops listening. Idempotent. */
    void stop() {
        component.removeComponentListener(ownBounds);
        component.removeHierarchyBoundsListener(ancestorBounds);
        component.removeHierarchyListener(showing);
        last = null;
    }

    /**
     * Computes the component's layer frame now.
     *
     * @return the frame, or {@code null} if the component is not in a window
     */
    LayerFrame currentFrame() {
        GraphicsConfiguration configuration = component.getGraphicsConfiguration();
        return LayerGeometry.frameOf(component, configuration == null ? null : configuration.getDefaultTransform());
    }

    private void hierarchyChanged(HierarchyEvent event) {
        if ((event.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
            listener.showingChanged(component.isShowing());
            update();
        }
    }

    private void update() {
        LayerFrame frame = currentFrame();
        if (frame != null && !frame.equals(last)) {
            last = frame;
            listener.frameChanged(frame);
        }
    }
}
