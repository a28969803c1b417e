package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
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
        JPanel outer = addAt(root.getContentPane(), new JPanel(null), 0, 40, 800, 560);
        outer.setBorder(BorderFactory.createEmptyBorder(12, 7, 5, 3));
        JPanel inner = addAt(outer, new JPanel(null), outer.getInsets().left + 30, outer.getInsets().top + 50, 600,
                400);
        JPanel host = addAt(inner, new JPanel(), 15, 25, 320, 180);

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
        JPanel host = addAt(root.getContentPane(), new JPanel(), 100, 200, 400, 300);

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
        JDesktopPane desktop = addAt(root.getContentPane(), new JDesktopPane(), 0, 0, 1024, 768);
        JInternalFrame internal = addAt(desktop, new JInternalFrame("video"), 100, 80, 500, 400);
        internal.getRootPane().setBounds(4, 24, 492, 372);
        internal.getContentPane().setLayout(null);
        JPanel host = addAt(internal.getContentPane(), new JPanel(), 10, 10, 200, 100);
        internal.getRootPane().doLayout();

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
            Panel host = addAt(window, new Panel(), DecoratedFrame.INSETS.left + 10, DecoratedFrame.INSETS.top + 20,
                    320, 240);

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
            JPanel host = addAt(window.getContentPane(), new JPanel(), 10, 20, 320, 240);
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

    private static <T extends Component> T addAt(Container parent, T child, int x, int y, int width, int height) {
        child.setBounds(x, y, width, height);
        parent.add(child);
        return child;
    }

    private static JRootPane rootPane(int width, int height) {
        JRootPane root = new JRootPane();
        root.setSize(width, height);
        root.doLayout();
        root.getContentPane().setLayout(null);
        return root;
    }
}
