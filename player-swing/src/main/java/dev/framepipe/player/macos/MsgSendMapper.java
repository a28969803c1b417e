package dev.framepipe.player.macos;

import java.lang.reflect.Method;

import com.sun.jna.FunctionMapper;
import com.sun.jna.NativeLibrary;

/**
 * Binds every method of {@link ObjcMessages} to the one {@code objc_msgSend} symbol: each Java method is one
 * message shape with its exact, non-variadic C prototype, which is how Apple requires {@code objc_msgSend} to be
 * called (on arm64 variadic arguments would go on the stack, where the callee does not look).
 */
final class MsgSendMapper implements FunctionMapper {
    /** The symbol every message goes through. */
    static final String SYMBOL = "objc_msgSend";

    @Override
    public String getFunctionName(NativeLibrary library, Method method) {
        return SYMBOL;
    }
}
