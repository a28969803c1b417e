package dev.framepipe.player.macos;

import com.sun.jna.Callback;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * {@code dispatch_async_f} from libdispatch (part of {@code libSystem}), direct-mapped, and the main queue.
 * Opened when the class initialises, on macOS only.
 */
final class LibDispatch {
    private static final NativeLibrary SYSTEM = MacLibraries.load("System");
    /**
     * The main queue. {@code dispatch_get_main_queue()} is an inline function returning {@code &_dispatch_main_q},
     * so the address of that exported symbol is the queue itself (not dereferenced).
     */
    static final long MAIN_QUEUE = MacLibraries.globalAddress(SYSTEM, "_dispatch_main_q");

    static {
        Native.register(LibDispatch.class, SYSTEM);
    }

    private LibDispatch() {
    }

    /** {@code dispatch_function_t}: {@code void (*)(void *context)}. */
    interface DispatchFunction extends Callback {
        /**
         * Runs on the queue's thread.
         *
         * @param context the context given to {@link #dispatch_async_f}
         */
        void invoke(Pointer context);
    }

    /**
     * {@code void dispatch_async_f(dispatch_queue_t, void *context, dispatch_function_t work)}: queues the function
     * and returns at once.
     *
     * @param queue   {@link #MAIN_QUEUE}
     * @param context passed to the function
     * @param work    the function; must stay strongly reachable until it has run
     */
    static native void dispatch_async_f(@CType("dispatch_queue_t") long queue, @CType("void *") long context,
                                        DispatchFunction work);
}
