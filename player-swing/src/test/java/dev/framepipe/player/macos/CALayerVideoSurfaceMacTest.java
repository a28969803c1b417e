package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Canvas;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.time.Duration;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JSplitPane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.testing.Await;

/**
 * The whole path in a real window: a canvas inside a {@code JSplitPane}, fed solid BT.601 red frames from a
 * stand-in frame thread. Checks what a user would see: the layer is in the window's layer tree, has contents, sits
 * where the canvas is (also after the divider moves), and is gone after dispose. Needs a GUI session.
 */
@EnabledOnOs(OS.MAC)
class CALayerVideoSurfaceMacTest {
    private JFrame window;
    private JSplitPane split;
    private Canvas canvas;
    private CALayerVideoSurface surface;
    private int poolsBefore;

    @BeforeEach
    void showWindow() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a GUI session");
        poolsBefore = LiveResources.PIXEL_BUFFER_POOLS.count();
        EventQueue.invokeAndWait(() -> {
            canvas = new Canvas();
            split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JPanel(), canvas);
            split.setDividerLocation(200);
            window = new JFrame("CALayerVideoSurface");
            window.getContentPane().add(split);
            window.setSize(900, 600);
            window.setVisible(true);
        });
        Await.until(Duration.ofSeconds(10), canvas::isShowing, () -> "canvas not showing");
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            EventQueue.invokeAndWait(window::dispose);
        }
    }

    @Test
    void framesShowInALayerThatFollowsTheCanvasAndLeavesOnDispose() throws Exception {
        boolean[] attached = new boolean[1];
        EventQueue.invokeAndWait(() -> {
            surface = new CALayerVideoSurface(canvas);
            attached[0] = surface.attach();
        });
        assertThat(attached[0]).as("attached; failure: %s", surface.failureReason()).isTrue();

        for (int i = 0; i < 30; i++) {
            surface.onFrame(TestFrame.solid(320, 240, 81, 90, 240));
        }
        LayerHost host = surface.layerHost();
        long layer = MacTestSupport.onMain(() -> Objc.retain(host.layer()));
        try {
            assertThat(surface.failureReason()).isEmpty();
            assertThat(MacTestSupport.onMain(() -> ObjcMessages.sendId(layer, MacTestSupport.SUPERLAYER)))
                    .isEqualTo(MacTestSupport.onMain(() -> ObjcMessages.sendId(host.surfaceLayers(),
                            MacTestSupport.WINDOW_LAYER)));
            assertThat(MacTestSupport.onMain(() -> ObjcMessages.sendId(layer, MacTestSupport.CONTENTS))).isNotZero();
            assertThat(LiveResources.PIXEL_BUFFER_POOLS.count()).isEqualTo(poolsBefore + 1);
            assertLayerAtCanvas(layer);

            EventQueue.invokeAndWait(() -> split.setDividerLocation(420));
            EventQueue.invokeAndWait(() -> { });
            assertLayerAtCanvas(layer);

            EventQueue.invokeAndWait(() -> surface.dispose());
            assertThat(MacTestSupport.onMain(() -> ObjcMessages.sendId(layer, MacTestSupport.SUPERLAYER))).isZero();
            assertThat(MacTestSupport.onMain(() -> ObjcMessages.sendId(layer, MacTestSupport.CONTENTS))).isZero();
            assertThat(LiveResources.PIXEL_BUFFER_POOLS.count()).isEqualTo(poolsBefore);
        } finally {
            MacTestSupport.onMain(() -> {
                Objc.release(layer);
                return null;
            });
        }
    }

    @Test
    void aLightweightHostFailsWithAReasonInsteadOfCrashing() throws Exception {
        JPanel lightweight = new JPanel();
        boolean[] attached = new boolean[1];
        EventQueue.invokeAndWait(() -> {
            split.setRightComponent(lightweight);
            split.validate();
            surface = new CALayerVideoSurface(lightweight);
            attached[0] = surface.attach();
        });

        assertThat(attached[0]).isFalse();
        assertThat(surface.failureReason()).hasValueSatisfying(reason -> assertThat(reason).contains("lightweight"));
        surface.dispose();
    }

    private void assertLayerAtCanvas(long layer) throws Exception {
        LayerFrame[] expected = new LayerFrame[1];
        EventQueue.invokeAndWait(() -> expected[0] = LayerGeometry.frameOf(canvas,
                canvas.getGraphicsConfiguration().getDefaultTransform()));
        double[] actual = MacTestSupport.onMain(() -> new double[] {
            MacTestSupport.keyPathDouble(layer, "frame.origin.x"),
            MacTestSupport.keyPathDouble(layer, "frame.origin.y"),
            MacTestSupport.keyPathDouble(layer, "frame.size.width"),
            MacTestSupport.keyPathDouble(layer, "frame.size.height"),
            ObjcMessages.sendDouble(layer, MacTestSupport.CONTENTS_SCALE),
        });
        assertThat(actual).containsExactly(expected[0].x(), expected[0].y(), expected[0].width(),
                expected[0].height(), expected[0].contentsScale());
    }
}
