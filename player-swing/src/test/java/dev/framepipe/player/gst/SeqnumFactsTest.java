package dev.framepipe.player.gst;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.lowlevel.GNative;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.testing.TestClips;

/**
 * What GStreamer's sequence numbers tell the application, in a playbin and in a custom pipeline, both ending in an
 * appsink: the engine may match these bus messages to the event that caused them by
 * {@code gst_message_get_seqnum}.
 * <ul>
 * <li>SEGMENT_DONE (posted by the pipeline) carries the seqnum of the segment seek, flushing or not;</li>
 * <li>EOS (posted by the pipeline) carries the seqnum of the last seek, flushing or not;</li>
 * <li>STEP_DONE (posted by the appsink, not aggregated by the bins) carries the seqnum of the step event.</li>
 * </ul>
 * ASYNC_DONE does not: the pipeline posts its own with a new seqnum (also for a plain PLAYING to PAUSED), and two
 * flushing seeks in a row give one ASYNC_DONE (GStreamer 1.22). STATE_CHANGED carries a new seqnum too. Without any
 * seek, EOS carries a seqnum the demuxer chose. The engine must not match those; this test only prints them.
 */
class SeqnumFactsTest {
    private static final long SECOND = 1_000_000_000L;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int FORMAT_TIME = 3;
    private static final int FORMAT_BUFFERS = 4;
    private static final int SEEK_FLUSH = 1;
    private static final int SEEK_ACCURATE = 1 << 1;
    private static final int SEEK_SEGMENT = 1 << 3;
    private static final int SEEK_TYPE_SET = 1;
    private static final int MESSAGE_EOS = 1;
    private static final int MESSAGE_STATE_CHANGED = 1 << 6;
    private static final int MESSAGE_STEP_DONE = 1 << 8;
    private static final int MESSAGE_SEGMENT_DONE = 1 << 17;
    private static final int MESSAGE_ASYNC_DONE = 1 << 21;
    /** {@code GstMessage.type}: right after the {@code GstMiniObject}, 16 bytes before {@code src}. */
    private static final int MESSAGE_TYPE = StructLayouts.MESSAGE_SRC - 16;

    private final NativeLibrary gst = GNative.getNativeLibrary("gstreamer-1.0");

    @ParameterizedTest
    @ValueSource(strings = {"playbin", "custom"})
    void segmentDoneEosAndStepDoneCarryTheSeqnumOfTheirEvent(String kind) {
        GStreamerRuntime.ensureInitialized();
        String clip = TestClips.h264Long().toAbsolutePath().toString(); // 12 s, video only
        Element pipeline;
        Element sink;
        if (kind.equals("playbin")) {
            pipeline = ElementFactory.make("playbin", null);
            pipeline.set("uri", TestClips.h264Long().toUri().toString());
            sink = ElementFactory.make("appsink", null);
            pipeline.set("video-sink", sink);
            pipeline.set("audio-sink", ElementFactory.make("fakesink", null));
        } else {
            pipeline = Gst.parseLaunch("filesrc location=\"" + clip + "\" ! qtdemux ! h264parse ! avdec_h264 "
                    + "! videoconvert ! appsink name=sink");
            sink = ((Bin) pipeline).getElementByName("sink");
        }
        // Nobody pulls here: the appsink must neither hold EOS back until its queue is drained nor fill up.
        sink.set("wait-on-eos", false);
        sink.set("drop", true);
        sink.set("max-buffers", 1);
        Pointer bus = gst.getFunction("gst_element_get_bus").invokePointer(new Object[] {raw(pipeline)});
        // gst1-java-core's sync handler would take every message off the bus.
        gst.getFunction("gst_bus_set_sync_handler").invokeVoid(new Object[] {bus, null, null, null});
        try {
            pipeline.setState(State.PAUSED);
            System.out.println("[seqnum] " + kind + ": preroll ASYNC_DONE " + await(bus, pipeline, MESSAGE_ASYNC_DONE));

            int seek = seek(pipeline, SEEK_FLUSH | SEEK_ACCURATE, SECOND, -1);
            System.out.println("[seqnum] " + kind + ": flushing seek in PAUSED " + seek + ", ASYNC_DONE "
                    + await(bus, pipeline, MESSAGE_ASYNC_DONE));

            Pointer stepEvent = gst.getFunction("gst_event_new_step").invokePointer(new Object[] {FORMAT_BUFFERS,
                1L, 1.0, 1, 0});
            int step = gst.getFunction("gst_event_get_seqnum").invokeInt(new Object[] {stepEvent});
            gst.getFunction("gst_element_send_event").invokeInt(new Object[] {raw(sink), stepEvent});
            assertThat(await(bus, sink, MESSAGE_STEP_DONE)).as("STEP_DONE of a step in PAUSED").isEqualTo(step);

            pipeline.setState(State.PLAYING);
            awaitPlaying(bus, pipeline);
            int segment = seek(pipeline, SEEK_FLUSH | SEEK_ACCURATE | SEEK_SEGMENT, SECOND, SECOND + SECOND / 4);
            assertThat(await(bus, pipeline, MESSAGE_SEGMENT_DONE)).as("SEGMENT_DONE of a flushing segment seek")
                    .isEqualTo(segment);

            int loop = seek(pipeline, SEEK_ACCURATE | SEEK_SEGMENT, SECOND, SECOND + SECOND / 5);
            assertThat(await(bus, pipeline, MESSAGE_SEGMENT_DONE))
                    .as("SEGMENT_DONE of a non-flushing segment seek after SEGMENT_DONE").isEqualTo(loop);

            int end = seek(pipeline, SEEK_FLUSH | SEEK_ACCURATE, 11 * SECOND + SECOND / 2, -1);
            assertThat(await(bus, pipeline, MESSAGE_EOS)).as("EOS after a flushing seek").isEqualTo(end);
        } finally {
            pipeline.setState(State.NULL);
            gst.getFunction("gst_object_unref").invokeVoid(new Object[] {bus});
            pipeline.dispose();
        }
    }

    private int seek(Element pipeline, int flags, long start, long stop) {
        Pointer event = gst.getFunction("gst_event_new_seek").invokePointer(new Object[] {1.0, FORMAT_TIME, flags,
            SEEK_TYPE_SET, start, SEEK_TYPE_SET, stop});
        int seqnum = gst.getFunction("gst_event_get_seqnum").invokeInt(new Object[] {event});
        assertThat(gst.getFunction("gst_element_send_event").invokeInt(new Object[] {raw(pipeline), event}))
                .as("seek accepted").isNotZero();
        return seqnum;
    }

    /** Waits for a message of a type posted by an object, and returns its seqnum. */
    private int await(Pointer bus, Element source, int type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Pointer message = gst.getFunction("gst_bus_timed_pop").invokePointer(new Object[] {bus,
                100_000_000L});
            if (message == null) {
                continue;
            }
            try {
                if (message.getInt(MESSAGE_TYPE) == type
                        && Pointer.nativeValue(message.getPointer(StructLayouts.MESSAGE_SRC))
                        == Pointer.nativeValue(raw(source))) {
                    return gst.getFunction("gst_message_get_seqnum").invokeInt(new Object[] {message});
                }
            } finally {
                GstCore.gst_mini_object_unref(Pointer.nativeValue(message));
            }
        }
        throw new AssertionError("no message of type " + type + " from " + source.getName() + " in " + WAIT);
    }

    private void awaitPlaying(Pointer bus, Element pipeline) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (pipeline.getState(0, TimeUnit.MILLISECONDS) != State.PLAYING) {
            assertThat(System.nanoTime()).as("PLAYING in time").isLessThan(deadline);
            await(bus, pipeline, MESSAGE_STATE_CHANGED);
        }
    }

    private static Pointer raw(Element element) {
        return Natives.getRawPointer(element);
    }
}
