package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Canvas;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import dev.framepipe.player.gst.GObjectProperties;
import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.testing.Await;

/**
 * The sink variant in a real window: the {@code AVSampleBufferDisplayLayer} of a paused
 * {@code avsamplebufferlayersink} ends up in the window's layer tree and leaves it on dispose. Skipped where the
 * applemedia plugin is missing (docs/macos.md, what only a Mac can settle) or there is no GUI session.
 */
@EnabledOnOs(OS.MAC)
class AvSampleLayerAttachmentMacTest {
    @Test
    void theSinksLayerIsAttachedToTheWindowAndDetachedOnDispose() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a GUI session");
        GStreamerRuntime.ensureInitialized();
        assumeTrue(AvSampleLayerAttachment.isSinkAvailable(), "avsamplebufferlayersink is not installed");
        Canvas canvas = new Canvas();
        JFrame[] window = new JFrame[1];
        EventQueue.invokeAndWait(() -> {
            window[0] = new JFrame("avsamplebufferlayersink");
            window[0].getContentPane().add(canvas);
            window[0].setSize(640, 480);
            window[0].setVisible(true);
        });
        Pipeline pipeline = (Pipeline) Gst.parseLaunch("videotestsrc pattern=red ! video/x-raw,format=NV12,"
                + "width=320,height=240 ! avsamplebufferlayersink name=sink");
        try {
            Await.until(Duration.ofSeconds(10), canvas::isShowing, () -> "canvas not showing");
            // Off the EDT: the sink creates its layer with dispatch_sync to the main thread.
            pipeline.pause();
            assertThat(pipeline.getState(TimeUnit.SECONDS.toNanos(10))).isEqualTo(State.PAUSED);
            Element sink = pipeline.getElementByName("sink");
            AvSampleLayerAttachment[] attachment = new AvSampleLayerAttachment[1];
            boolean[] attached = new boolean[1];
            EventQueue.invokeAndWait(() -> {
                attachment[0] = new AvSampleLayerAttachment(canvas, sink);
                attached[0] = attachment[0].attach();
            });
            assertThat(attached[0]).as("attached; failure: %s", attachment[0].failureReason()).isTrue();
            long layer = GObjectProperties.pointer(sink, "layer");

            assertThat(MacTestSupport.onMain(() -> ObjcMessages.sendId(layer, MacTestSupport.SUPERLAYER))).isNotZero();

            EventQueue.invokeAndWait(attachment[0]::dispose);
            assertThat(MacTestSupport.onMain(() -> ObjcMessages.sendId(layer, MacTestSupport.SUPERLAYER))).isZero();
        } finally {
            pipeline.stop();
            pipeline.dispose();
            EventQueue.invokeAndWait(window[0]::dispose);
        }
    }
}
