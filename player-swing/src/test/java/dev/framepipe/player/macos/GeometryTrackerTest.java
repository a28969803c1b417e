package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Container;
import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tracker follows moves the JDK does not report to the layer: an ancestor moving (a split-pane divider) and
 * the window growing (which moves the y-flipped origin). Real Swing containers, no window needed.
 */
class GeometryTrackerTest {
    private final List<LayerFrame> frames = new CopyOnWriteArrayList<>();
    private JRootPane root;
    private JSplitPane split;
    private JPanel host;
    private GeometryTracker tracker;

    @BeforeEach
    void buildSplitPane() throws Exception {
        EventQueue.invokeAndWait(() -> {
            root = new JRootPane();
            root.setSize(900, 600);
            root.doLayout();
            // A fixed-size host: when the divider moves only its ancestor moves, which the JDK does not report.
            JPanel right = new JPanel(null);
            host = new JPanel();
            host.setBounds(10, 10, 200, 150);
            right.add(host);
            split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JPanel(), right);
            split.setDividerLocation(200);
            root.getContentPane().add(split, BorderLayout.CENTER);
            layOut(root);
            tracker = new GeometryTracker(host, recorder());
        });
    }

    private GeometryTracker.Listener recorder() {
        return new GeometryTracker.Listener() {
            @Override
            public void frameChanged(LayerFrame frame) {
                frames.add(frame);
            }

            @Override
            public void showingChanged(boolean showing) {
                // Showing changes need a displayable window; the macOS window test covers them.
            }
        };
    }

    @AfterEach
    void stop() throws Exception {
        EventQueue.invokeAndWait(() -> tracker.stop());
    }

    @Test
    void movingTheSplitPaneDividerMovesTheLayer() throws Exception {
        LayerFrame[] before = new LayerFrame[1];
        EventQueue.invokeAndWait(() -> before[0] = tracker.start());

        EventQueue.invokeAndWait(() -> {
            split.setDividerLocation(350);
            layOut(root);
        });
        EventQueue.invokeAndWait(() -> { });

        assertThat(frames).isNotEmpty();
        LayerFrame after = frames.get(frames.size() - 1);
        assertThat(after.x()).isEqualTo(before[0].x() + 150)
                .isEqualTo(SwingUtilities.convertPoint(host, 0, 0, root).x);
        assertThat(after.width()).isEqualTo(200);
        assertThat(after).isEqualTo(LayerGeometry.frameOf(host, null));
    }

    @Test
    void aTallerWindowMovesTheFlippedOriginThoughTheHostStaysPut() throws Exception {
        JPanel fixed = new JPanel();
        LayerFrame[] before = new LayerFrame[1];
        EventQueue.invokeAndWait(() -> {
            root.getContentPane().removeAll();
            root.getContentPane().setLayout(null);
            fixed.setBounds(20, 30, 320, 180);
            root.getContentPane().add(fixed);
            tracker = new GeometryTracker(fixed, recorder());
            before[0] = tracker.start();
        });

        EventQueue.invokeAndWait(() -> {
            root.setSize(900, 700);
            layOut(root);
        });
        EventQueue.invokeAndWait(() -> { });

        assertThat(before[0]).isEqualTo(new LayerFrame(20, 600 - 30 - 180, 320, 180, 1.0));
        assertThat(frames).containsExactly(new LayerFrame(20, 700 - 30 - 180, 320, 180, 1.0));
    }

    @Test
    void nothingIsReportedAfterStop() throws Exception {
        EventQueue.invokeAndWait(() -> {
            tracker.start();
            tracker.stop();
        });

        EventQueue.invokeAndWait(() -> {
            split.setDividerLocation(400);
            layOut(root);
        });
        EventQueue.invokeAndWait(() -> { });

        assertThat(frames).isEmpty();
    }

    /** Without a peer {@code validate()} does nothing, so lay the tree out by hand. */
    private static void layOut(Container container) {
        container.doLayout();
        for (int i = 0; i < container.getComponentCount(); i++) {
            if (container.getComponent(i) instanceof Container) {
                layOut((Container) container.getComponent(i));
            }
        }
    }
}
