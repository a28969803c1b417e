package dev.framepipe.player.macos;

import com.sun.jna.Native;

/**
 * The Objective-C runtime functions of {@code libobjc} (direct-mapped, so calls allocate nothing). Loaded when the
 * class initialises, which happens only on macOS.
 */
final class ObjcRuntime {
    static {
        Native.register(ObjcRuntime.class, MacLibraries.load("objc"));
    }

    private ObjcRuntime() {
    }

    /**
     * {@code Class objc_getClass(const char *name)}.
     *
     * @param name the class name
     * @return the class, or 0 if no such class is loaded
     */
    @CType("Class")
    static native long objc_getClass(String name);

    /**
     * {@code SEL sel_registerName(const char *name)}.
     *
     * @param name the selector, for instance {@code "setLayer:"}
     * @return the selector
     */
    @CType("SEL")
    static native long sel_registerName(String name);

    /**
     * {@code void *objc_autoreleasePoolPush(void)}: opens an autorelease pool on this thread.
     *
     * @return the pool token for {@link #objc_autoreleasePoolPop}
     */
    @CType("void *")
    static native long objc_autoreleasePoolPush();

    /**
     * {@code void objc_autoreleasePoolPop(void *pool)}: drains the pool and everything pushed after it.
     *
     * @param pool the token from {@link #objc_autoreleasePoolPush}
     */
    static native void objc_autoreleasePoolPop(@CType("void *") long pool);
}
