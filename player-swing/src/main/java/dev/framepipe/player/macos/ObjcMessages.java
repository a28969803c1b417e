package dev.framepipe.player.macos;

import java.util.Collections;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/**
 * {@code objc_msgSend}, once per message shape: every method here is bound to that one symbol by
 * {@link MsgSendMapper} and declares the exact C prototype of the messages it sends (receiver, selector, then the
 * method's own arguments). Direct-mapped: no varargs are possible and a call allocates nothing.
 *
 * <p>Types follow the LP64 C types: {@code id}/{@code SEL} as {@code long} addresses, {@code BOOL} as {@code byte},
 * {@code CGFloat} as {@code double}. There is deliberately no struct-returning shape: those need
 * {@code objc_msgSend_stret} on x86_64, so geometry is computed in Java and read back only through scalar
 * properties. The value-returning shapes ({@link #sendIdWithId}, {@link #sendDouble}, {@link #sendBool}) are what the
 * macOS tests read layer state back with. Thread-safety is the receiver's: layer-tree messages go to the main
 * thread.
 */
final class ObjcMessages {
    static {
        Native.register(ObjcMessages.class, NativeLibrary.getInstance("objc",
                Collections.singletonMap(Library.OPTION_FUNCTION_MAPPER, new MsgSendMapper())));
    }

    private ObjcMessages() {
    }

    /**
     * {@code - (id)selector}, for instance {@code alloc}, {@code init}, {@code retain}, {@code superlayer}.
     *
     * @param receiver the object or class
     * @param selector the selector
     * @return the result
     */
    @CType("id")
    static native long sendId(@CType("id") long receiver, @CType("SEL") long selector);

    /**
     * {@code - (id)selector:(id)argument}, for instance {@code valueForKeyPath:}.
     *
     * @param receiver the object or class
     * @param selector the selector
     * @param argument the argument
     * @return the result
     */
    @CType("id")
    static native long sendIdWithId(@CType("id") long receiver, @CType("SEL") long selector,
                                    @CType("id") long argument);

    /**
     * {@code - (void)selector}, for instance {@code release}, {@code +[CATransaction begin]}.
     *
     * @param receiver the object or class
     * @param selector the selector
     */
    static native void sendVoid(@CType("id") long receiver, @CType("SEL") long selector);

    /**
     * {@code - (void)selector:(id)argument}, for instance {@code setLayer:}, {@code setContents:}.
     *
     * @param receiver the object or class
     * @param selector the selector
     * @param argument the argument
     */
    static native void sendVoidWithId(@CType("id") long receiver, @CType("SEL") long selector,
                                      @CType("id") long argument);

    /**
     * {@code - (void)selector:(BOOL)argument}, for instance {@code setHidden:}, {@code +setDisableActions:}.
     *
     * @param receiver the object or class
     * @param selector the selector
     * @param argument {@code 1} (YES) or {@code 0} (NO)
     */
    static native void sendVoidWithBool(@CType("id") long receiver, @CType("SEL") long selector,
                                        @CType("BOOL") byte argument);

    /**
     * {@code - (void)selector:(CGFloat)argument}, for instance {@code setContentsScale:}.
     *
     * @param receiver the object or class
     * @param selector the selector
     * @param argument the value
     */
    static native void sendVoidWithDouble(@CType("id") long receiver, @CType("SEL") long selector,
                                          @CType("CGFloat") double argument);

    /**
     * {@code - (void)selector:(unsigned int)argument}, for instance {@code setAutoresizingMask:}
     * ({@code CAAutoresizingMask}).
     *
     * @param receiver the object or class
     * @param selector the selector
     * @param argument the value
     */
    static native void sendVoidWithUInt(@CType("id") long receiver, @CType("SEL") long selector,
                                        @CType("unsigned int") int argument);

    /**
     * {@code - (void)selector:(CGRect)argument}, for instance {@code setFrame:}.
     *
     * @param receiver the object or class
     * @param selector the selector
     * @param argument the rectangle, passed by value
     */
    static native void sendVoidWithRect(@CType("id") long receiver, @CType("SEL") long selector,
                                        CGRect.ByValue argument);

    /**
     * {@code - (CGFloat)selector} or {@code - (double)selector}, for instance {@code contentsScale},
     * {@code -[NSNumber doubleValue]}.
     *
     * @param receiver the object or class
     * @param selector the selector
     * @return the value
     */
    @CType("CGFloat")
    static native double sendDouble(@CType("id") long receiver, @CType("SEL") long selector);

    /**
     * {@code - (BOOL)selector}, for instance {@code isHidden}.
     *
     * @param receiver the object or class
     * @param selector the selector
     * @return non-zero for YES
     */
    @CType("BOOL")
    static native byte sendBool(@CType("id") long receiver, @CType("SEL") long selector);
}
