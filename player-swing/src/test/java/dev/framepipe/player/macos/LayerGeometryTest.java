package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Frame;
import java.awt.Insets;
import java.awt.Panel;
import java.awt.Point;
import java.awt.geom.AffineTransform;

import javax.swing.BorderFactory;
import javax.swing.JDesktopPane;
import javax.swing.JFrame;
import javax.swing.JInternalFrame;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;

/**
 * The layer frame inside real Swing and AWT containers, checked against {@code SwingUtilities.convertPoint} as the
 * oracle for the origin. Creating containers needs a display (Xvfb on Linux), windows are never shown.
 */
class LayerGeometryTest {
    private static final AffineTransform RETINA = AffineTransform.getScaleInstance(2, 2);

    @Test
    void nestedContainersWithInsetsSumToTheOriginAndYIsFlipped() {
        JRootPane root = rootPane(800, 600);
        JPanel outer = new JPanel(null);
        outer.setBorder(BorderFactory.createEmptyBorder(12, 7, 5, 3));
        outer.setBounds(0, 40, 800, 560);
        JPanel inner = new JPanel(null);
        inner.setBounds(outer.getInsets().left + 30, outer.getInsets().top + 50, 600, 400);
        JPanel host = new JPanel();
        host.setBounds(15, 25, 320, 180);
        inner.add(host);
        outer.add(inner);
        root.getContentPane().add(outer);

        LayerFrame frame = LayerGeometry.frameOf(host, null);

        Point origin = SwingUtilities.convertPoint(host, 0, 0, root);
        assertThat(origin).isEqualTo(new Point(7 + 30 + 15, 40 + 12 + 50 + 25));
        assertThat(frame.x()).isEqualTo(origin.x);
        assertThat(frame.y()).isEqualTo(600 - origin.y - 180);
        assertThat(frame.width()).isEqualTo(320);
        assertThat(frame.height()).isEqualTo(180);
        assertThat(frame.contentsScale()).isEqualTo(1.0);
    }

    @Test
    void aRetinaScreenKeepsTheFrameInPointsAndDoublesTheContentsScale() {
        JRootPane root = rootPane(1000, 700);
        JPanel host = new JPanel();
        host.setBounds(100, 200, 400, 300);
        root.getContentPane().add(host);

        LayerFrame standard = LayerGeometry.frameOf(host, new AffineTransform());
        LayerFrame retina = LayerGeometry.frameOf(host, RETINA);

        assertThat(standard).isEqualTo(new LayerFrame(100, 700 - 200 - 300, 400, 300, 1.0));
        assertThat(retina).isEqualTo(new LayerFrame(100, 700 - 200 - 300, 400, 300, 2.0));
    }

    @Test
    void aComponentFillingTheRootSitsAtTheOrigin() {
        JRootPane root = rootPane(640, 480);
        JPanel host = new JPanel();
        root.getContentPane().setLayout(new BorderLayout());
        root.getContentPane().add(host, BorderLayout.CENTER);
        root.getContentPane().doLayout();

        assertThat(LayerGeometry.frameOf(host, null)).isEqualTo(new LayerFrame(0, 0, 640, 480, 1.0));
    }

    @Test
    void anInternalFramesRootPaneIsNotTheReference() {
        JRootPane root = rootPane(1024, 768);
        JDesktopPane desktop = new JDesktopPane();
        desktop.setBounds(0, 0, 1024, 768);
        root.getContentPane().add(desktop);
        JInternalFrame internal = new JInternalFrame("video");
        internal.setBounds(100, 80, 500, 400);
        internal.getRootPane().setBounds(4, 24, 492, 372);
        internal.getContentPane().setLayout(null);
        JPanel host = new JPanel();
        host.setBounds(10, 10, 200, 100);
        internal.getContentPane().add(host);
        internal.getRootPane().doLayout();
        desktop.add(internal);

        LayerFrame frame = LayerGeometry.frameOf(host, null);

        Point origin = SwingUtilities.convertPoint(host, 0, 0, root);
        assertThat(frame.x()).isEqualTo(origin.x);
        assertThat(frame.y()).isEqualTo(768 - origin.y - 100);
        assertThat(origin.x).as("inside the internal frame, not at its root pane's origin").isGreaterThan(100);
    }

    @Test
    void aComponentOutsideAnyWindowOrRootPaneHasNoFrame() {
        JPanel parent = new JPanel(null);
        Component host = new JPanel();
        parent.add(host);

        assertThat(LayerGeometry.frameOf(host, null)).isNull();
        assertThat(LayerGeometry.frameOf(new JPanel(), null)).isNull();
    }

    @Test
    void anAwtFrameWithoutRootPaneIsMeasuredFromItsContentArea() {
        Frame window = new DecoratedFrame();
        try {
            window.setLayout(null);
            window.setSize(800, 600);
            Panel host = new Panel();
            host.setBounds(DecoratedFrame.INSETS.left + 10, DecoratedFrame.INSETS.top + 20, 320, 240);
            window.add(host);

            LayerFrame frame = LayerGeometry.frameOf(host, null);

            int contentHeight = 600 - DecoratedFrame.INSETS.top - DecoratedFrame.INSETS.bottom;
            assertThat(frame).isEqualTo(new LayerFrame(10, contentHeight - 20 - 240, 320, 240, 1.0));
        } finally {
            window.dispose();
        }
    }

    @Test
    void aJFramesRootPaneAndItsContentAreaGiveTheSameFrame() {
        JFrame window = new JFrame() {
            private static final long serialVersionUID = 1L;

            @Override
            public Insets getInsets() {
                return DecoratedFrame.INSETS;
            }
        };
        try {
            window.setSize(800, 600);
            window.getContentPane().setLayout(null);
            JPanel host = new JPanel();
            host.setBounds(10, 20, 320, 240);
            window.getContentPane().add(host);
            window.pack();
            window.setSize(800, 600);
            window.validate();

            LayerFrame frame = LayerGeometry.frameOf(host, null);

            assertThat(window.getRootPane().getLocation())
                    .isEqualTo(new Point(DecoratedFrame.INSETS.left, DecoratedFrame.INSETS.top));
            int contentHeight = 600 - DecoratedFrame.INSETS.top - DecoratedFrame.INSETS.bottom;
            assertThat(window.getRootPane().getHeight()).isEqualTo(contentHeight);
            assertThat(frame).isEqualTo(new LayerFrame(10, contentHeight - 20 - 240, 320, 240, 1.0));
        } finally {
            window.dispose();
        }
    }

    /** A frame with title-bar-like insets, which Xvfb (no window manager) would otherwise report as zero. */
    private static final class DecoratedFrame extends Frame {
        static final Insets INSETS = new Insets(28, 4, 6, 5);
        private static final long serialVersionUID = 1L;

        @Override
        public Insets getInsets() {
            return INSETS;
        }
    }

    private static JRootPane rootPane(int width, int height) {
        JRootPane root = new JRootPane();
        root.setSize(width, height);
        root.doLayout();
        root.getContentPane().setLayout(null);
        return root;
    }
}
