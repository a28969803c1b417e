package dev.framepipe.player.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes every GLib CRITICAL and WARNING a test failure: GStreamer's {@code g_return_if_fail} assertions
 * ({@code gst_...: assertion '...' failed}), GObject's warnings (an invalid cast, an unknown property) and GLib's own.
 * Such a message means the library handed GStreamer something invalid, which GStreamer ignored to stay alive; the
 * same call may corrupt state or abort under {@code G_DEBUG=fatal-criticals}.
 *
 * <p>Registered for every test of the module through JUnit's extension auto-detection
 * ({@code junit-platform.properties} and {@code META-INF/services/org.junit.jupiter.api.extension.Extension} in the
 * test resources); the demo's tests get it from the library's test jar. It installs {@link GLibLog}'s writer before
 * the first test class, then:
 * <ul>
 * <li>after each test, fails the test if anything was logged since it started (its {@code @BeforeEach} and
 * {@code @AfterEach} methods included), listing every message with its thread and stacks;</li>
 * <li>after each class, fails the class for what was logged outside its tests: in {@code @BeforeAll}/{@code @AfterAll},
 * between tests, or after the previous class ended (a GStreamer thread of that class may still have been running).</li>
 * </ul>
 * Bus messages (a missing audio device posts WARNING <em>messages</em> on the pipeline's bus) are not GLib log
 * messages and do not count. A test that provokes a message on purpose takes it with
 * {@link GLibLog#drainMatching}.
 *
 * <p>{@link #ALLOWED} lists messages that are tolerated, each with the reason; it is empty, and should stay so.
 */
public final class GLibWarningsFail implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {
    /** Messages tolerated, each with its reason. None: every message seen so far is a bug of ours. */
    private static final List<Allowed> ALLOWED = Collections.emptyList();

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GLibWarningsFail.class);
    private static final String OUTSIDE_TESTS = "outside tests";
    private static final int MAX_DISTINCT_SHOWN = 25;
    private static volatile boolean announcedMissing;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!GLibLog.install() && !announcedMissing) {
            announcedMissing = true;
            System.err.println("[GLibWarningsFail] GLib criticals are NOT checked: " + GLibLog.notInstalledReason());
        }
        Outside outside = new Outside();
        outside.add("before " + context.getDisplayName() + " started", GLibLog.drain());
        context.getStore(NAMESPACE).put(OUTSIDE_TESTS, outside);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        outside(context).add("in the class, before " + context.getDisplayName(), GLibLog.drain());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failIfLogged(context.getDisplayName());
    }

    /**
     * Fails if a GLib critical or warning was logged since the last check, for tests that do not run on JUnit
     * Jupiter (jqwik properties): they call it after each try.
     *
     * @param during what ran since the last check, for the message
     * @throws AssertionError listing the messages
     */
    public static void failIfLogged(String during) {
        GLibLog.install();
        List<GLibLog.Entry> logged = notAllowed(GLibLog.drain());
        if (!logged.isEmpty()) {
            throw new AssertionError(logged.size() + " GLib critical/warning message(s) logged during " + during
                    + ":\n" + describe(logged));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Outside outside = outside(context);
        outside.add("after the last test of " + context.getDisplayName(), GLibLog.drain());
        if (!outside.logged.isEmpty()) {
            throw new AssertionError(outside.count + " GLib critical/warning message(s) logged outside the "
                    + "tests of " + context.getDisplayName() + ":\n" + String.join("\n", outside.logged));
        }
    }

    private static Outside outside(ExtensionContext context) {
        Outside outside = context.getStore(NAMESPACE).get(OUTSIDE_TESTS, Outside.class);
        if (outside == null) {
            // A class the extension saw no beforeAll for (cannot happen with auto-detection; kept for safety).
            outside = new Outside();
            context.getStore(NAMESPACE).put(OUTSIDE_TESTS, outside);
        }
        return outside;
    }

    private static List<GLibLog.Entry> notAllowed(List<GLibLog.Entry> logged) {
        return logged.stream().filter(entry -> ALLOWED.stream().noneMatch(allowed -> allowed.matches(entry)))
                .collect(Collectors.toList());
    }

    /**
     * Lists the messages, each distinct text (element and pad names aside) from each Java call once, with its count and
     * its first occurrence in full (thread, Java stack), in the order they first appeared: a storm of one bug stays
     * readable.
     */
    private static String describe(List<GLibLog.Entry> logged) {
        long first = logged.get(0).nanoTime();
        Map<String, List<GLibLog.Entry>> bySummary = new LinkedHashMap<>();
        for (GLibLog.Entry entry : logged) {
            // "<qtdemux0:video_0>" and the like: one warning of many pads is one message; the same message from
            // another Java call is another.
            String key = entry.summary().replaceAll("<[^<>]*>", "<...>") + entry.javaStack().stream().limit(8)
                    .collect(Collectors.joining());
            bySummary.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (List<GLibLog.Entry> same : bySummary.values()) {
            if (shown++ == MAX_DISTINCT_SHOWN) {
                text.append("  ... and ").append(bySummary.size() - MAX_DISTINCT_SHOWN).append(" more distinct messages\n");
                break;
            }
            GLibLog.Entry entry = same.get(0);
            text.append("  ").append(same.size()).append("x, first at +")
                    .append(TimeUnit.NANOSECONDS.toMillis(entry.nanoTime() - first)).append(" ms: ")
                    .append(entry.describe()).append('\n');
        }
        return text.toString();
    }

    /** What a class logged outside its tests. */
    private static final class Outside {
        private final List<String> logged = new ArrayList<>();
        private int count;

        synchronized void add(String when, List<GLibLog.Entry> entries) {
            List<GLibLog.Entry> counted = notAllowed(entries);
            if (!counted.isEmpty()) {
                count += counted.size();
                logged.add(" " + when + ":\n" + describe(counted));
            }
        }
    }

    /** A tolerated message: its domain, and a pattern its text must match in full. */
    private static final class Allowed {
        private final String domain;
        private final Pattern message;

        @SuppressWarnings("unused") // for entries of ALLOWED, each with its reason in a comment
        Allowed(String domain, String messageRegex) {
            this.domain = domain;
            this.message = Pattern.compile(messageRegex);
        }

        boolean matches(GLibLog.Entry entry) {
            return entry.domain().equals(domain) && message.matcher(entry.message()).matches();
        }
    }
}
