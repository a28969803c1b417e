package dev.framepipe.player.macos;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Helpers for the macOS tests: run on the AppKit main thread, read Objective-C values back as Java values. */
final class MacTestSupport {
    /** Selectors only the tests send, to read layer state back. */
    static final long WINDOW_LAYER = Objc.selector("windowLayer");
    static final long SUPERLAYER = Objc.selector("superlayer");
    static final long CONTENTS = Objc.selector("contents");
    static final long CONTENTS_GRAVITY = Objc.selector("contentsGravity");
    static final long CONTENTS_SCALE = Objc.selector("contentsScale");
    static final long IS_HIDDEN = Objc.selector("isHidden");
    private static final long VALUE_FOR_KEY_PATH = Objc.selector("valueForKeyPath:");
    private static final long DOUBLE_VALUE = Objc.selector("doubleValue");

    private MacTestSupport() {
    }

    /**
     * Runs a task on the main thread through the production executor and waits for it (never call on the EDT).
     * Because the queue is FIFO, this also waits for every task queued before.
     *
     * @param task the task
     * @param <T>  its result type
     * @return its result
     * @throws Exception what the task threw, or a time-out after 10 s
     */
    static <T> T onMain(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        MainQueueExecutor.INSTANCE.execute(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    /**
     * Reads a numeric key path of an object ({@code [[object valueForKeyPath:path] doubleValue]}). Wrap in an
     * autorelease pool off the main thread.
     *
     * @param object  the object
     * @param keyPath for instance {@code "frame.size.width"}
     * @return the value
     */
    static double keyPathDouble(long object, String keyPath) {
        long path = CoreFoundation.CFStringCreateWithCString(0, keyPath, CoreFoundation.ENCODING_UTF8);
        try {
            long number = ObjcMessages.sendIdWithId(object, VALUE_FOR_KEY_PATH, path);
            return ObjcMessages.sendDouble(number, DOUBLE_VALUE);
        } finally {
            CoreFoundation.CFRelease(path);
        }
    }

    /**
     * Reads a {@code CFString}/{@code NSString}.
     *
     * @param string the string
     * @return its text
     */
    static String text(long string) {
        byte[] buffer = new byte[256];
        if (CoreFoundation.CFStringGetCString(string, buffer, buffer.length, CoreFoundation.ENCODING_UTF8) == 0) {
            throw new AssertionError("string does not fit 256 bytes");
        }
        int length = 0;
        while (buffer[length] != 0) {
            length++;
        }
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    /**
     * Runs code inside an autorelease pool on the calling thread.
     *
     * @param code the code
     * @param <T>  its result type
     * @return its result
     * @throws Exception what the code threw
     */
    static <T> T inAutoreleasePool(Callable<T> code) throws Exception {
        long pool = ObjcRuntime.objc_autoreleasePoolPush();
        try {
            return code.call();
        } finally {
            ObjcRuntime.objc_autoreleasePoolPop(pool);
        }
    }
}
