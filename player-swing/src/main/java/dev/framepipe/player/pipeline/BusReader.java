package dev.framepipe.player.pipeline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import javax.imageio.ImageIO;

import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.TagList;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.message.BufferingMessage;
import org.freedesktop.gstreamer.message.Message;
import org.freedesktop.gstreamer.message.StateChangedMessage;
import org.freedesktop.gstreamer.message.TagMessage;

import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import dev.framepipe.player.Chapter;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.gst.GstControl;
import dev.framepipe.player.gst.GstCore;
import dev.framepipe.player.gst.TagImageReader;
import dev.framepipe.player.gst.TocReader;

/**
 * Moves a pipeline's bus messages onto the engine's control thread and decodes each into a {@link PipelineListener}
 * call.
 *
 * <p>The reader installs its own synchronous bus handler through JNA rather than gst1-java-core's
 * {@code Bus.setSyncHandler}: gst1-java-core finds the Java object for a bus by its native address in a cache from
 * which its garbage-collection reaper removes entries by address alone, so a wrapper collected long after its object
 * was freed can evict the live wrapper of a new bus at the same address, and the next message then reaches a fresh
 * wrapper without our handler. (Measured: after a few dozen players, a truncated file's ERROR message was lost this
 * way about one run in three.) Owning the native handler removes that dependency. The handler drops every message
 * from the bus and so owns its reference; it queues the message, and the control thread wraps it (the wrapper owns
 * that reference) and disposes it after decoding. It runs on GStreamer's streaming threads and does nothing but
 * queue.
 *
 * <p>The handler object is referenced by the reader, which the port keeps for the pipeline's whole life, so garbage
 * collection (or a plugin class loader) cannot break it while it is installed.
 */
final class BusReader implements GstControl.BusSyncHandler {
    private static final System.Logger LOG = System.getLogger(BusReader.class.getName());

    private final PlaybackPipeline pipeline;
    private final LongSupplier videoSinkAddress;
    private final IntSupplier seekEpoch;
    private final IntPredicate sentSeek;
    private final Pointer bus;
    private final long pipelineAddress;
    private PipelineListener listener;
    private Executor controlLoop;

    /**
     * Creates the reader; nothing is installed yet.
     *
     * @param pipeline         the pipeline whose bus to read
     * @param videoSinkAddress the {@code GstElement*} of the native video sink in use, or 0; errors it posts are
     *                         marked {@link PipelineError#isFromVideoSink()}
     * @param seekEpoch        the sequence number of the last seek sent (0 before the first); read when a message
     *                         is posted, it tells which seek the message follows
     * @param sentSeek         tells whether a sequence number is that of a seek this player sent recently; asked on
     *                         the control thread
     */
    BusReader(PlaybackPipeline pipeline, LongSupplier videoSinkAddress, IntSupplier seekEpoch,
              IntPredicate sentSeek) {
        this.pipeline = pipeline;
        this.videoSinkAddress = videoSinkAddress;
        this.seekEpoch = seekEpoch;
        this.sentSeek = sentSeek;
        this.bus = Natives.getRawPointer(pipeline.pipeline().getBus());
        this.pipelineAddress = Pointer.nativeValue(Natives.getRawPointer(pipeline.pipeline()));
        // GStreamer threads that call the handler are attached as daemons, so they never keep the JVM alive.
        Native.setCallbackThreadInitializer(this, new CallbackThreadInitializer(true, false, "framepipe-gst-bus"));
    }

    /**
     * Starts forwarding messages.
     *
     * @param to          the listener
     * @param controlLoop where the listener is called
     */
    void install(PipelineListener to, Executor controlLoop) {
        this.listener = to;
        this.controlLoop = controlLoop;
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
        int epoch = seekEpoch.getAsInt();
        try {
            controlLoop.execute(() -> dispatch(address, epoch));
        } catch (RejectedExecutionException e) {
            GstCore.gst_mini_object_unref(address);
        }
        return GstControl.BUS_DROP;
    }

    private void dispatch(long address, int epoch) {
        Message message = Natives.objectFor(new Pointer(address), Message.class, false, true);
        try {
            decode(message, address, epoch);
        } finally {
            message.dispose();
        }
    }

    /**
     * Decodes one message. State changes and ASYNC_DONE are tagged with the seek sent last before they were posted,
     * not with their own sequence number: GStreamer 1.22's pipeline posts the ASYNC_DONE that ends a flushing seek with
     * a number of its own. EOS and SEGMENT_DONE carry the number of the seek whose segment ended, and are tagged with
     * it when it is one of this player's seeks: an old segment's end posted just after a new seek was sent then stays
     * the old segment's. When it is not (no seek yet, or an element of a custom pipeline that does not pass numbers
     * on), they are tagged like the others.
     */
    private void decode(Message message, long address, int epoch) {
        switch (message.getType()) {
            case STATE_CHANGED:
                if (GstControl.messageSource(address) == pipelineAddress) {
                    StateChangedMessage changed = (StateChangedMessage) message;
                    listener.stateChanged(state(changed.getNewState()), pending(changed.getPendingState()), epoch);
                }
                break;
            case ASYNC_DONE:
                listener.asyncDone(epoch);
                break;
            case STEP_DONE:
                listener.stepDone();
                break;
            case EOS:
                listener.endOfStream(segmentEnd(address, epoch));
                break;
            case SEGMENT_DONE:
                listener.segmentDone(segmentEnd(address, epoch));
                break;
            case ERROR:
                listener.error(error(message, address));
                break;
            case WARNING:
                logWarning(message, address);
                break;
            case BUFFERING:
                listener.buffering(((BufferingMessage) message).getPercent());
                break;
            case CLOCK_LOST:
                listener.clockLost();
                break;
            case DURATION_CHANGED:
                listener.durationChanged();
                break;
            case ELEMENT:
                String missing = GstControl.missingPluginDescription(message);
                if (missing != null) {
                    listener.missingPlugin(missing);
                }
                break;
            case TAG:
                readTags((TagMessage) message);
                break;
            case TOC:
                listener.chapters(chapters(address));
                break;
            default:
                break;
        }
    }

    private int segmentEnd(long address, int epoch) {
        int own = GstControl.messageSeqnum(address);
        return sentSeek.test(own) ? own : epoch;
    }

    private PipelineError error(Message message, long address) {
        long sink = videoSinkAddress.getAsLong();
        boolean fromSource = GstControl.isFromSourceElement(address);
        boolean fromSink = sink != 0 && GstControl.messageSource(address) == sink;
        return GstControl.parseError(message, false, (domain, code, text, debug) -> new PipelineError(domain, code,
                text, debug, fromSource, fromSink));
    }

    /** The chapters of a TOC message, ordered by start time (nested chapters after their parents) and numbered. */
    private static List<Chapter> chapters(long address) {
        List<Chapter> found = new ArrayList<>();
        TocReader.read(new Pointer(address), (start, stop, title) -> found.add(Chapter.of(0, title,
                Duration.ofNanos(start), stop < 0 ? null : Duration.ofNanos(stop))));
        found.sort(Comparator.comparing(Chapter::getStart));
        List<Chapter> numbered = new ArrayList<>(found.size());
        for (Chapter chapter : found) {
            numbered.add(Chapter.of(numbered.size(), chapter.getTitle().orElse(null), chapter.getStart(),
                    chapter.getEnd().orElse(null)));
        }
        return List.copyOf(numbered);
    }

    private void readTags(TagMessage message) {
        TagList tags = message.getTagList();
        try {
            Pointer list = Natives.getRawPointer(tags);
            String date = GstControl.tagDateTime(list, "datetime");
            listener.tags(new MediaTags(new String[] {firstString(tags, "title"), firstString(tags, "artist"),
                firstString(tags, "album"), date, firstString(tags, "comment"), firstString(tags, "container-format"),
                firstString(tags, "video-codec"), firstString(tags, "audio-codec"),
                firstString(tags, "language-code")}, coverArt(list)));
        } finally {
            tags.dispose();
        }
    }

    /** The cover art, else a preview image, decoded; {@code null} if there is none Java can read. */
    private BufferedImage coverArt(Pointer list) {
        long address = Pointer.nativeValue(list);
        byte[] encoded = TagImageReader.read(address, "image");
        if (encoded == null) {
            encoded = TagImageReader.read(address, "preview-image");
        }
        if (encoded == null) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(encoded));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, () -> pipeline.input() + ": cover art not readable: " + e);
            return null;
        }
    }

    private static String firstString(TagList tags, String tag) {
        return tags.getValueCount(tag) > 0 ? tags.getString(tag, 0) : null;
    }

    private static PipelineState pending(State state) {
        return state == State.VOID_PENDING ? null : state(state);
    }

    static PipelineState state(State state) {
        switch (state) {
            case PLAYING:
                return PipelineState.PLAYING;
            case PAUSED:
                return PipelineState.PAUSED;
            case READY:
                return PipelineState.READY;
            default:
                return PipelineState.NULL;
        }
    }

    private void logWarning(Message message, long address) {
        String warning = MediaSource.redact(GstControl.parseError(message, true,
                (domain, code, text, debug) -> text + " (" + debug + ")"));
        LOG.log(Level.DEBUG, () -> pipeline.input() + ": GStreamer warning from "
                + GstControl.messageSourceName(address) + ": " + warning);
    }
}
