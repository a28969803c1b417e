package dev.framepipe.player.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import com.sun.jna.Callback;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

import org.freedesktop.gstreamer.lowlevel.GNative;

/**
 * Records every CRITICAL and WARNING that GLib's logging carries in this JVM (GStreamer's {@code g_return_if_fail}
 * assertions, GObject's warnings, GLib's own), so tests can fail on them ({@link GLibWarningsFail}).
 *
 * <p><b>How it hooks in.</b> It installs a GLib <em>log writer</em> ({@code g_log_set_writer_func}), the one point
 * every message reaches: {@code g_return_if_fail_warning} calls {@code g_log}, whose default handler hands the message
 * to the structured-logging writer, and messages logged with the structured API ({@code g_log_structured}, and
 * {@code g_warning} in code built with {@code G_LOG_USE_STRUCTURED}) go to the writer directly, never through
 * {@code g_log_set_handler} or {@code g_log_set_default_handler} handlers. A handler per domain would need a list of
 * domains ("GStreamer", "GStreamer-Base", "GStreamer-Video", "GLib", "GLib-GObject", "GLib-GIO", plus the plugins
 * that log with no domain at all) and would miss structured messages. (GStreamer up to some release installed its own
 * handler for the "GStreamer" domain's criticals, which only forwarded to {@code g_log_default_handler}, so it also
 * ended at the writer; the 1.22 library on Debian 12 installs none: it does not import {@code g_log_set_handler}.)
 * The writer sees messages a program routes elsewhere with {@code g_log_set_handler} only if that handler chains to
 * the default one; nothing in the test JVM installs such a handler.
 *
 * <p>GLib allows one writer per process and aborts on a second {@code g_log_set_writer_func}: only programs may
 * install one, never libraries, so this is for test JVMs only, and {@link #install()} does it at most once.
 *
 * <p><b>The callback.</b> It runs on whatever thread logs: a GStreamer streaming thread, a GLib worker, or a Java
 * thread inside a native call (then the Java stack shows the call). It only records (a lock-free queue) and then hands
 * the message to {@code g_log_writer_default}, so the usual {@code GStreamer-CRITICAL **: ...} line still appears in
 * the test's output. It never throws into native code. The callback object is held in a static field for the life of
 * the JVM; threads JNA attaches to run it are daemon threads, so they never keep the JVM alive.
 *
 * <p>Thread-safe.
 */
public final class GLibLog {
    /** {@code G_LOG_LEVEL_ERROR}: always fatal, GLib aborts right after the writer returns. */
    public static final int LEVEL_ERROR = 1 << 2;
    /** {@code G_LOG_LEVEL_CRITICAL}. */
    public static final int LEVEL_CRITICAL = 1 << 3;
    /** {@code G_LOG_LEVEL_WARNING}. */
    public static final int LEVEL_WARNING = 1 << 4;
    private static final int RECORDED_LEVELS = LEVEL_ERROR | LEVEL_CRITICAL | LEVEL_WARNING;
    /** {@code sizeof (GLogField)} on LP64: key, value, length. */
    private static final int FIELD_SIZE = 24;
    private static final String CALLBACK_THREAD = "glib-log-writer";

    private static final ConcurrentLinkedQueue<Entry> RECORDED = new ConcurrentLinkedQueue<>();
    /** Strongly held for the life of the JVM: GLib keeps calling it until the process ends. */
    private static Writer writer;
    // Set before the writer is installed, read on whatever thread logs.
    private static volatile Function defaultWriter;
    private static volatile Function pthreadSelf;
    private static volatile Function pthreadGetName;
    private static volatile String notInstalledReason = "not installed yet";

    private GLibLog() {
    }

    /**
     * Installs the log writer, once per JVM; later calls return at once.
     *
     * @return {@code true} if the writer is installed; {@code false} if GLib could not be loaded (see
     *         {@link #notInstalledReason()})
     */
    public static synchronized boolean install() {
        if (writer != null) {
            return true;
        }
        try {
            NativeLibrary glib = GNative.getNativeLibrary("glib-2.0");
            NativeLibrary libc = NativeLibrary.getInstance("c");
            defaultWriter = glib.getFunction("g_log_writer_default");
            pthreadSelf = libc.getFunction("pthread_self");
            pthreadGetName = libc.getFunction("pthread_getname_np");
            Writer installed = new Writer();
            Native.setCallbackThreadInitializer(installed, new CallbackThreadInitializer(true, true, CALLBACK_THREAD));
            glib.getFunction("g_log_set_writer_func").invokeVoid(new Object[] {installed, null, null});
            writer = installed;
            notInstalledReason = null;
            return true;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            notInstalledReason = "GLib's log writer could not be installed: " + e;
            return false;
        }
    }

    /**
     * Tells why the writer is not installed.
     *
     * @return the reason, or {@code null} once it is installed
     */
    public static String notInstalledReason() {
        return notInstalledReason;
    }

    /**
     * Takes every message recorded so far.
     *
     * @return the messages, oldest first
     */
    public static List<Entry> drain() {
        return drainMatching(entry -> true);
    }

    /**
     * Takes the recorded messages a predicate accepts and leaves the others; for a test that provokes a message on
     * purpose.
     *
     * @param which the messages to take
     * @return the messages taken, oldest first
     */
    public static List<Entry> drainMatching(Predicate<Entry> which) {
        List<Entry> taken = new ArrayList<>();
        for (Iterator<Entry> it = RECORDED.iterator(); it.hasNext();) {
            Entry entry = it.next();
            if (which.test(entry)) {
                it.remove();
                taken.add(entry);
            }
        }
        return taken;
    }

    /**
     * Returns the messages recorded so far without taking them.
     *
     * @return the messages, oldest first
     */
    public static List<Entry> peek() {
        return Collections.unmodifiableList(new ArrayList<>(RECORDED));
    }

    /** One CRITICAL, WARNING or ERROR message. */
    public static final class Entry {
        private final long nanoTime;
        private final int level;
        private final String domain;
        private final String message;
        private final String codeLocation;
        private final String javaThread;
        private final String nativeThread;
        private final List<String> javaStack;

        Entry(long nanoTime, int level, String domain, String message, String codeLocation, String javaThread,
                String nativeThread, List<String> javaStack) {
            this.nanoTime = nanoTime;
            this.level = level;
            this.domain = domain;
            this.message = message;
            this.codeLocation = codeLocation;
            this.javaThread = javaThread;
            this.nativeThread = nativeThread;
            this.javaStack = javaStack;
        }

        /**
         * Returns when the message was logged.
         *
         * @return {@link System#nanoTime()} at the time
         */
        public long nanoTime() {
            return nanoTime;
        }

        /**
         * Returns the level.
         *
         * @return {@link #LEVEL_CRITICAL}, {@link #LEVEL_WARNING} or {@link #LEVEL_ERROR}
         */
        public int level() {
            return level;
        }

        /**
         * Returns the log domain.
         *
         * @return for instance "GStreamer" or "GLib-GObject"; "" for code that logs without a domain
         */
        public String domain() {
            return domain;
        }

        /**
         * Returns the message text.
         *
         * @return for instance {@code gst_segment_do_seek: assertion 'start <= stop' failed}
         */
        public String message() {
            return message;
        }

        /**
         * Returns the name of the thread that logged, as the system knows it (GStreamer names its streaming threads
         * after their pads, for instance {@code qtdemux0:sink}).
         *
         * @return the name, or "?"
         */
        public String nativeThread() {
            return nativeThread;
        }

        /**
         * Returns the Java frames below the native call that logged, when a Java thread made that call.
         *
         * @return the frames, innermost first; empty for a GStreamer or GLib thread
         */
        public List<String> javaStack() {
            return javaStack;
        }

        /**
         * Returns the one-line form, as GLib prints it.
         *
         * @return for instance {@code GStreamer-CRITICAL gst_segment_do_seek: assertion 'start <= stop' failed}
         */
        public String summary() {
            return (domain.isEmpty() ? "" : domain + "-") + levelName(level) + " " + message;
        }

        /**
         * Describes the message with its thread and, when a Java thread logged, the Java stack, for a failure message.
         * (The native frames cannot be had from here: glibc's {@code backtrace}, called from Java, stops at the JVM's
         * frames, which have no unwind tables. {@code G_DEBUG=fatal-criticals} turns a critical into an abort whose
         * {@code hs_err} file or core dump shows them.)
         *
         * @return several lines
         */
        public String describe() {
            StringBuilder text = new StringBuilder(summary());
            text.append("\n      on thread ").append(nativeThread);
            if (!javaStack.isEmpty()) {
                text.append(" (Java thread '").append(javaThread).append("')");
            }
            if (codeLocation != null) {
                text.append(", logged at ").append(codeLocation);
            }
            for (String frame : javaStack) {
                text.append("\n      at ").append(frame);
            }
            return text.toString();
        }

        @Override
        public String toString() {
            return summary();
        }
    }

    /** {@code GLogWriterFunc}: {@code GLogWriterOutput (*) (GLogLevelFlags, const GLogField *, gsize, gpointer)}. */
    public interface WriterFunc extends Callback {
        /**
         * Called by GLib for each message.
         *
         * @param logLevel {@code GLogLevelFlags}
         * @param fields   {@code const GLogField *}
         * @param nFields  {@code gsize}
         * @param userData unused
         * @return {@code GLogWriterOutput}
         */
        int callback(int logLevel, Pointer fields, long nFields, Pointer userData);
    }

    private static final class Writer implements WriterFunc {

        /** Records the message if it is a critical, warning or error, then writes it as GLib would have. */
        @Override
        public int callback(int logLevel, Pointer fields, long nFields, Pointer userData) {
            try {
                if ((logLevel & RECORDED_LEVELS) != 0) {
                    record(logLevel, fields, nFields);
                }
            } catch (Throwable e) {
                // Nothing may escape into GLib; a failure to record shows as a missing entry, and the line below
                // still prints the message.
                System.err.println("GLibLog: could not record a GLib message: " + e);
            }
            try {
                return defaultWriter.invokeInt(new Object[] {logLevel, fields, nFields, userData});
            } catch (Throwable e) {
                return 0;
            }
        }
    }

    private static void record(int logLevel, Pointer fields, long nFields) {
        long now = System.nanoTime();
        String domain = "";
        String message = "";
        String file = null;
        String line = null;
        String function = null;
        for (long i = 0; i < nFields; i++) {
            Pointer field = fields.share(i * FIELD_SIZE);
            Pointer key = field.getPointer(0);
            if (key == null) {
                continue;
            }
            String name = key.getString(0, "UTF-8");
            switch (name) {
                case "GLIB_DOMAIN":
                    domain = value(field);
                    break;
                case "MESSAGE":
                    message = value(field);
                    break;
                case "CODE_FILE":
                    file = value(field);
                    break;
                case "CODE_LINE":
                    line = value(field);
                    break;
                case "CODE_FUNC":
                    function = value(field);
                    break;
                default:
                    break;
            }
        }
        String codeLocation = file == null ? null : file + (line == null ? "" : ":" + line)
                + (function == null ? "" : " (" + function + ")");
        RECORDED.add(new Entry(now, logLevel & RECORDED_LEVELS, domain == null ? "" : domain,
                message == null ? "" : message, codeLocation, Thread.currentThread().getName(), nativeThreadName(),
                javaStack()));
    }

    /** A field's value: a NUL-terminated string when its length is negative, otherwise that many bytes. */
    private static String value(Pointer field) {
        Pointer value = field.getPointer(8);
        long length = field.getLong(16);
        if (value == null) {
            return null;
        }
        return length < 0 ? value.getString(0, "UTF-8")
                : new String(value.getByteArray(0, (int) Math.min(length, 1 << 16)),
                        java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String nativeThreadName() {
        try (Memory name = new Memory(64)) {
            name.clear();
            long self = pthreadSelf.invokeLong(new Object[0]);
            if (pthreadGetName.invokeInt(new Object[] {self, name, 64L}) != 0) {
                return "?";
            }
            return name.getString(0, "UTF-8");
        }
    }

    /** The Java frames below JNA's callback dispatch: the Java code whose native call logged, if any. */
    private static List<String> javaStack() {
        StackTraceElement[] stack = new Throwable().getStackTrace();
        int first = 0;
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getClassName().startsWith("com.sun.jna.CallbackReference")) {
                first = i + 1;
            }
        }
        List<String> frames = new ArrayList<>();
        for (int i = first; i < stack.length && frames.size() < 16; i++) {
            String className = stack[i].getClassName();
            boolean plumbing = className.startsWith("com.sun.jna.") || className.startsWith("jdk.proxy")
                    || className.startsWith("com.sun.proxy.") || className.startsWith("jdk.internal.reflect.")
                    || className.startsWith("java.lang.reflect.");
            // JNA's own frames of the native call that logged go; everything from its Java caller on stays.
            if (!plumbing || !frames.isEmpty()) {
                frames.add(stack[i].toString());
            }
        }
        return frames;
    }

    private static String levelName(int level) {
        if ((level & LEVEL_ERROR) != 0) {
            return "ERROR";
        }
        if ((level & LEVEL_CRITICAL) != 0) {
            return "CRITICAL";
        }
        return "WARNING";
    }
}
