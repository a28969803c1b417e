package dev.framepipe.player.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.lowlevel.GNative;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * The guard itself: real GStreamer and GLib criticals, provoked on purpose through JNA, are recorded whichever thread
 * logs them, and {@link GLibWarningsFail} fails the test (or the class) they were logged in. Each test here takes the
 * messages it provoked, so it passes under the guard itself.
 */
class GLibWarningsFailTest {
    private static final String IN_TEST_KIT = "framepipe.glibWarningsFailTest.sample";
    private static final String SEEK_CRITICAL = "gst_segment_do_seek: assertion 'start <= stop' failed";
    private static final int FORMAT_TIME = 3;
    private static final int SEEK_FLAG_FLUSH = 1;
    private static final int SEEK_TYPE_SET = 1;

    @Test
    void aCriticalOfASeekIsRecordedWithTheJavaCallThatCausedIt() {
        GStreamerRuntime.ensureInitialized();
        Pipeline pipeline = (Pipeline) Gst.parseLaunch("videotestsrc ! fakesink");
        try {
            pipeline.pause();
            assertThat(pipeline.getState(TimeUnit.SECONDS.toNanos(10))).isEqualTo(State.PAUSED);
            // A flushing seek whose start lies after its stop: basesrc checks it on the calling thread.
            seekStartAfterStop(pipeline);
            List<GLibLog.Entry> taken = awaitTaken(SEEK_CRITICAL);
            GLibLog.Entry critical = taken.get(0);
            assertThat(critical.domain()).isEqualTo("GStreamer");
            assertThat(critical.level()).isEqualTo(GLibLog.LEVEL_CRITICAL);
            assertThat(critical.summary()).isEqualTo("GStreamer-CRITICAL " + SEEK_CRITICAL);
            assertThat(critical.javaStack()).as("Java frames").anyMatch(frame -> frame.contains("seekStartAfterStop"));
        } finally {
            pipeline.stop();
            pipeline.dispose();
        }
    }

    @Test
    void aCriticalOnAThreadGStreamerStartedIsRecorded() {
        GStreamerRuntime.ensureInitialized();
        // A GLib thread, unknown to the JVM, runs gst_object_ref (NULL): the writer runs on a thread JNA attaches.
        NativeLibrary glib = GNative.getNativeLibrary("glib-2.0");
        Pointer objectRef = GNative.getNativeLibrary("gstreamer-1.0").getFunction("gst_object_ref");
        Pointer thread = glib.getFunction("g_thread_new").invokePointer(new Object[] {"gst-critical", objectRef, null});
        glib.getFunction("g_thread_join").invokePointer(new Object[] {thread});

        List<GLibLog.Entry> taken = awaitTaken("gst_object_ref: assertion 'object != NULL' failed");
        assertThat(taken.get(0).nativeThread()).isEqualTo("gst-critical");
        assertThat(taken.get(0).javaStack()).as("no Java code below a GLib thread").isEmpty();
    }

    @Test
    void aTestThatLogsACriticalOrAWarningFailsWithTheMessages() {
        Events tests = run(CriticalInATestMethod.class).testEvents();

        tests.assertStatistics(stats -> stats.succeeded(1).failed(2));
        tests.assertThatEvents().haveExactly(1, event(test("logsACritical"), finishedWithFailure(
                instanceOf(AssertionError.class), message(text -> text.contains("GStreamer-CRITICAL " + SEEK_CRITICAL)
                        && text.contains("CriticalInATestMethod.logsACritical")))));
        tests.assertThatEvents().haveExactly(1, event(test("logsAWarning"), finishedWithFailure(
                message(text -> text.contains("GLib-GObject-WARNING")
                        && text.contains("has no property named 'no-such-property'")))));
        tests.assertThatEvents().haveExactly(1, event(test("logsNothing"), finishedSuccessfully()));
    }

    @Test
    void aClassThatLogsOutsideItsTestsFails() {
        org.junit.platform.testkit.engine.EngineExecutionResults results = run(CriticalInBeforeAll.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(CriticalInBeforeAll.class), finishedWithFailure(
                message(text -> text.contains("outside the tests") && text.contains(SEEK_CRITICAL)))));
    }

    private static EngineTestKit.Builder engine() {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter(IN_TEST_KIT, "true");
    }

    private static org.junit.platform.testkit.engine.EngineExecutionResults run(Class<?> testClass) {
        return engine().selectors(selectClass(testClass)).execute();
    }

    /** Waits for the writer to have recorded a message, and takes every message with that text. */
    private static List<GLibLog.Entry> awaitTaken(String text) {
        Await.until(Duration.ofSeconds(10), () -> GLibLog.peek().stream().anyMatch(e -> e.message().equals(text)),
                () -> "recorded: " + GLibLog.peek());
        return GLibLog.drainMatching(entry -> entry.message().equals(text));
    }

    private static void seekStartAfterStop(Pipeline pipeline) {
        GNative.getNativeLibrary("gstreamer-1.0").getFunction("gst_element_seek").invokeInt(new Object[] {
            Natives.getRawPointer(pipeline), 1.0, FORMAT_TIME, SEEK_FLAG_FLUSH, SEEK_TYPE_SET, 2_000_000_000L,
            SEEK_TYPE_SET, 1_000_000_000L});
    }

    /** {@code gst_segment_do_seek} on a segment of its own, start after stop: a critical on the calling thread. */
    static void provokeSeekCritical() {
        GStreamerRuntime.ensureInitialized();
        NativeLibrary gst = GNative.getNativeLibrary("gstreamer-1.0");
        Pointer segment = gst.getFunction("gst_segment_new").invokePointer(new Object[0]);
        try {
            gst.getFunction("gst_segment_init").invokeVoid(new Object[] {segment, FORMAT_TIME});
            gst.getFunction("gst_segment_do_seek").invokeInt(new Object[] {segment, 1.0, FORMAT_TIME, 0,
                SEEK_TYPE_SET, 2_000_000_000L, SEEK_TYPE_SET, 1_000_000_000L, null});
        } finally {
            gst.getFunction("gst_segment_free").invokeVoid(new Object[] {segment});
        }
    }

    /**
     * Run only through {@link EngineTestKit}: its name matches none of Surefire's test class patterns, and
     * {@link OnlyInTestKit} disables it anywhere else (an IDE running the package).
     */
    @ExtendWith(OnlyInTestKit.class)
    static class CriticalInATestMethod {
        @Test
        void logsACritical() {
            provokeSeekCritical();
        }

        @Test
        void logsAWarning() {
            GStreamerRuntime.ensureInitialized();
            Element sink = ElementFactory.make("fakesink", null);
            try {
                // g_object_set_property with a property the class lacks: a GLib-GObject warning.
                NativeLibrary gobject = GNative.getNativeLibrary("gobject-2.0");
                try (com.sun.jna.Memory value = new com.sun.jna.Memory(24)) {
                    value.clear();
                    gobject.getFunction("g_value_init").invokePointer(new Object[] {value, 6L << 2}); // G_TYPE_INT
                    gobject.getFunction("g_object_set_property").invokeVoid(new Object[] {
                        Natives.getRawPointer(sink), "no-such-property", value});
                }
            } finally {
                sink.dispose();
            }
        }

        @Test
        void logsNothing() {
            GStreamerRuntime.ensureInitialized();
        }
    }

    /** Run only through {@link EngineTestKit}, like {@link CriticalInATestMethod}. */
    @ExtendWith(OnlyInTestKit.class)
    static class CriticalInBeforeAll {
        @BeforeAll
        static void logsACritical() {
            provokeSeekCritical();
        }

        @Test
        void logsNothing() {
            GStreamerRuntime.ensureInitialized();
        }
    }

    /** Enables the sample classes only in the test kit runs of this test, which set {@link #IN_TEST_KIT}. */
    static final class OnlyInTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(IN_TEST_KIT).isPresent()
                    ? ConditionEvaluationResult.enabled("run by GLibWarningsFailTest")
                    : ConditionEvaluationResult.disabled("a sample that GLibWarningsFailTest runs through the test kit");
        }
    }
}
