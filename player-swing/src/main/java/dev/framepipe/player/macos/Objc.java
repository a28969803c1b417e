package dev.framepipe.player.macos;

/**
 * The selectors the video layer code sends, registered once, and the reference-counting messages. Initialises (and so
 * opens {@code libobjc}) on first use, on macOS only. Thread-safe.
 */
final class Objc {
    static final long ALLOC = selector("alloc");
    static final long INIT = selector("init");
    static final long RETAIN = selector("retain");
    static final long RELEASE = selector("release");
    static final long SET_LAYER = selector("setLayer:");
    static final long SET_CONTENTS = selector("setContents:");
    static final long SET_CONTENTS_GRAVITY = selector("setContentsGravity:");
    static final long SET_CONTENTS_SCALE = selector("setContentsScale:");
    static final long SET_AUTORESIZING_MASK = selector("setAutoresizingMask:");
    static final long SET_FRAME = selector("setFrame:");
    static final long SET_HIDDEN = selector("setHidden:");
    static final long SET_ACTIONS = selector("setActions:");
    static final long BEGIN = selector("begin");
    static final long COMMIT = selector("commit");
    static final long SET_DISABLE_ACTIONS = selector("setDisableActions:");

    /** Objective-C {@code YES}. */
    static final byte YES = 1;
    /** Objective-C {@code NO}. */
    static final byte NO = 0;

    private Objc() {
    }

    /**
     * Looks up a class.
     *
     * @param name the class name
     * @return the class
     * @throws UnsatisfiedLinkError if no such class is loaded
     */
    static long requireClass(String name) {
        long cls = ObjcRuntime.objc_getClass(name);
        if (cls == 0) {
            throw new UnsatisfiedLinkError("Objective-C class " + name + " is not loaded");
        }
        return cls;
    }

    /**
     * Registers (or finds) a selector.
     *
     * @param name for instance {@code "setLayer:"}
     * @return the selector
     */
    static long selector(String name) {
        return ObjcRuntime.sel_registerName(name);
    }

    /**
     * Sends {@code retain}.
     *
     * @param object an object, not 0
     * @return the object, with one more reference the caller owns
     */
    static long retain(long object) {
        return ObjcMessages.sendId(object, RETAIN);
    }

    /**
     * Sends {@code release}.
     *
     * @param object an object the caller owns a reference on, not 0
     */
    static void release(long object) {
        ObjcMessages.sendVoid(object, RELEASE);
    }

    /**
     * Converts a Java boolean to {@code BOOL}.
     *
     * @param value the value
     * @return {@link #YES} or {@link #NO}
     */
    static byte bool(boolean value) {
        return value ? YES : NO;
    }
}
