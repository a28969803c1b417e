package dev.framepipe.player.engine;

import java.lang.System.Logger.Level;

import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.BusSyncReply;
import org.freedesktop.gstreamer.GstObject;
import org.freedesktop.gstreamer.Structure;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.message.BufferingMessage;
import org.freedesktop.gstreamer.message.Message;
import org.freedesktop.gstreamer.message.StateChangedMessage;

import dev.framepipe.player.gst.GstControl;
import dev.framepipe.player.gst.GstControl.ParsedError;
import dev.framepipe.player.pipeline.PlaybackPipeline;

/**
 * Moves a pipeline's bus messages onto the player's control thread and hands each to the {@link PlaybackController}.
 *
 * <p>gst1-java-core installs a sync handler on every pipeline bus that dispatches on one executor shared by the
 * whole JVM; this bridge replaces the handler's work with a hand-off to the player's own thread (the message is
 * referenced by its wrapper, which is disposed after handling), so players never wait on each other. The sync
 * handler runs on GStreamer's streaming threads and does nothing but queue.
 */
final class BusBridge {
    private static final System.Logger LOG = System.getLogger(BusBridge.class.getName());

    private final PlaybackPipeline pipeline;
    private final ControlLoop loop;
    private final PlaybackController controller;
    private final Object pipelinePointer;

    BusBridge(PlaybackPipeline pipeline, ControlLoop loop, PlaybackController controller) {
        this.pipeline = pipeline;
        this.loop = loop;
        this.controller = controller;
        this.pipelinePointer = Natives.getRawPointer(pipeline.pipeline());
    }

    /** Starts forwarding messages. */
    void install() {
        pipeline.pipeline().getBus().setSyncHandler(this::forward);
    }

    /** Stops forwarding: later messages are dropped where they are posted. Call on the control thread. */
    void uninstall() {
        Bus bus = pipeline.pipeline().getBus();
        bus.setSyncHandler(message -> BusSyncReply.DROP);
    }

    private BusSyncReply forward(Message message) {
        if (!loop.submit(() -> dispatch(message))) {
            message.dispose();
        }
        return BusSyncReply.DROP;
    }

    private void dispatch(Message message) {
        try {
            switch (message.getType()) {
                case STATE_CHANGED:
                    if (isFromPipeline(message)) {
                        StateChangedMessage changed = (StateChangedMessage) message;
                        controller.onStateChanged(changed.getNewState(), changed.getPendingState());
                    }
                    break;
                case ASYNC_DONE:
                    controller.onAsyncDone();
                    break;
                case STEP_DONE:
                    controller.onStepDone();
                    break;
                case EOS:
                    controller.onEndOfStream();
                    break;
                case SEGMENT_DONE:
                    controller.onSegmentDone();
                    break;
                case ERROR:
                    controller.onError(GstControl.parseError(message, false));
                    break;
                case WARNING:
                    logWarning(message);
                    break;
                case BUFFERING:
                    controller.onBuffering(((BufferingMessage) message).getPercent());
                    break;
                case CLOCK_LOST:
                    controller.onClockLost();
                    break;
                case DURATION_CHANGED:
                    controller.onDurationChanged();
                    break;
                case ELEMENT:
                    onElementMessage(message);
                    break;
                default:
                    break;
            }
        } finally {
            message.dispose();
        }
    }

    private boolean isFromPipeline(Message message) {
        GstObject source = message.getSource();
        return source != null && pipelinePointer.equals(Natives.getRawPointer(source));
    }

    private void onElementMessage(Message message) {
        Structure structure = message.getStructure();
        if (structure != null && structure.hasName("missing-plugin")) {
            String description = structure.hasField("name") ? structure.getString("name") : null;
            controller.onMissingPlugin(description != null ? description
                    : "a plugin for " + structure.getString("type"));
        }
    }

    private void logWarning(Message message) {
        ParsedError warning = GstControl.parseError(message, true);
        GstObject source = message.getSource();
        LOG.log(Level.DEBUG, () -> pipeline.input() + ": GStreamer warning from "
                + (source == null ? "?" : source.getName()) + ": " + warning.message() + " (" + warning.debug() + ")");
    }
}
