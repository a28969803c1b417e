package dev.framepipe.player.engine;

import java.lang.System.Logger.Level;

import org.freedesktop.gstreamer.TagList;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.message.BufferingMessage;
import org.freedesktop.gstreamer.message.Message;
import org.freedesktop.gstreamer.message.StateChangedMessage;
import org.freedesktop.gstreamer.message.TagMessage;

import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import dev.framepipe.player.gst.GstControl;
import dev.framepipe.player.gst.GstCore;
import dev.framepipe.player.gst.GstControl.ParsedError;
import dev.framepipe.player.pipeline.PlaybackPipeline;

/**
 * Moves a pipeline's bus messages onto the player's control thread and hands each to the {@link PlaybackController}.
 *
 * <p>The bridge installs its own synchronous bus handler through JNA rather than gst1-java-core's
 * {@code Bus.setSyncHandler}: gst1-java-core finds the Java object for a bus by its native address in a cache from
 * which its garbage-collection reaper removes entries by address alone, so a wrapper collected long after its object
 * was freed can evict the live wrapper of a new bus at the same address, and the next message then reaches a fresh
 * wrapper without our handler. (Measured: after a few dozen players, a truncated file's ERROR message was lost this
 * way about one run in three.) Owning the native handler removes that dependency. The handler drops every message
 * from the bus and so owns its reference; it queues the message, and the control thread wraps it (the wrapper owns
 * that reference) and disposes it after handling. It runs on GStreamer's streaming threads and does nothing but
 * queue.
 *
 * <p>The handler object is referenced by the bridge, which the player keeps for its whole life, so garbage
 * collection (or a plugin class loader) cannot break it while it is installed.
 */
final class BusBridge implements GstControl.BusSyncHandler {
    private static final System.Logger LOG = System.getLogger(BusBridge.class.getName());

    private final PlaybackPipeline pipeline;
    private final ControlLoop loop;
    private final PlaybackController controller;
    private final Pointer bus;
    private final long pipelineAddress;

    BusBridge(PlaybackPipeline pipeline, ControlLoop loop, PlaybackController controller) {
        this.pipeline = pipeline;
        this.loop = loop;
        this.controller = controller;
        this.bus = Natives.getRawPointer(pipeline.pipeline().getBus());
        this.pipelineAddress = Pointer.nativeValue(Natives.getRawPointer(pipeline.pipeline()));
        // GStreamer threads that call the handler are attached as daemons, so they never keep the JVM alive.
        Native.setCallbackThreadInitializer(this, new CallbackThreadInitializer(true, false, "framepipe-gst-bus"));
    }

    /** Starts forwarding messages. */
    void install() {
        GstControl.setSyncHandler(bus, this);
    }

    /** Stops forwarding: later messages stay on the bus until it is freed. Call on the control thread. */
    void uninstall() {
        GstControl.setSyncHandler(bus, null);
    }

    @Override
    public int callback(Pointer busPointer, Pointer message, Pointer userData) {
        // A sync handler that returns BUS_DROP owns the message's reference (gst_bus_set_sync_handler): the control
        // thread takes it over, or it is released here. Taking another reference leaked every message, and through
        // each message's source the whole pipeline.
        long address = Pointer.nativeValue(message);
        if (!loop.submit(() -> dispatch(address))) {
            GstCore.gst_mini_object_unref(address);
        }
        return GstControl.BUS_DROP;
    }

    private void dispatch(long address) {
        Message message = Natives.objectFor(new Pointer(address), Message.class, false, true);
        try {
            switch (message.getType()) {
                case STATE_CHANGED:
                    if (GstControl.messageSource(address) == pipelineAddress) {
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
                    controller.onError(GstControl.parseError(message, false), GstControl.isFromSourceElement(address),
                            GstControl.messageSource(address));
                    break;
                case WARNING:
                    logWarning(message, address);
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
                case TAG:
                    onTagMessage((TagMessage) message);
                    break;
                default:
                    break;
            }
        } finally {
            message.dispose();
        }
    }

    private void onElementMessage(Message message) {
        String missing = GstControl.missingPluginDescription(message);
        if (missing != null) {
            controller.onMissingPlugin(missing);
        }
    }

    private void onTagMessage(TagMessage message) {
        TagList tags = message.getTagList();
        try {
            controller.onTags(tags);
        } finally {
            tags.dispose();
        }
    }

    private void logWarning(Message message, long address) {
        ParsedError warning = GstControl.parseError(message, true);
        LOG.log(Level.DEBUG, () -> pipeline.input() + ": GStreamer warning from "
                + GstControl.messageSourceName(address) + ": " + warning.message() + " (" + warning.debug() + ")");
    }
}
