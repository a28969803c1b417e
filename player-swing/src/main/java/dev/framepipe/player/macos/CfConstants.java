package dev.framepipe.player.macos;

import com.sun.jna.NativeLibrary;

/**
 * The CoreFoundation globals this package uses, read once: {@code kCFBooleanTrue}, {@code kCFBooleanFalse} and
 * {@code kCFNull} are pointer variables (dereferenced), the two dictionary callback structs are passed by address
 * (not dereferenced). macOS only; initialises on first use. Thread-safe.
 */
final class CfConstants {
    private static final NativeLibrary LIBRARY = MacLibraries.load("CoreFoundation");
    static final long BOOLEAN_TRUE = MacLibraries.globalValue(LIBRARY, "kCFBooleanTrue");
    static final long BOOLEAN_FALSE = MacLibraries.globalValue(LIBRARY, "kCFBooleanFalse");
    static final long NULL = MacLibraries.globalValue(LIBRARY, "kCFNull");
    static final long DICTIONARY_KEY_CALLBACKS = MacLibraries.globalAddress(LIBRARY, "kCFTypeDictionaryKeyCallBacks");
    static final long DICTIONARY_VALUE_CALLBACKS =
            MacLibraries.globalAddress(LIBRARY, "kCFTypeDictionaryValueCallBacks");

    private CfConstants() {
    }
}
