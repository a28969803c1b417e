package dev.framepipe.player.macos;

import com.sun.jna.Native;

/**
 * The CoreFoundation functions this package calls (direct-mapped; every {@code CF…Ref} is a {@code long}
 * address). Ownership follows CF's rule: a {@code Create} function returns a reference the caller releases with
 * {@link #CFRelease} (which, unlike {@code CVPixelBufferRelease}, must not be given 0). Opened when the class
 * initialises, on macOS only. CF objects are thread-safe to create, retain and release.
 */
final class CoreFoundation {
    /** {@code kCFNumberSInt32Type}. */
    static final long NUMBER_SINT32 = 3;
    /** {@code kCFStringEncodingUTF8}. */
    static final int ENCODING_UTF8 = 0x08000100;

    static {
        Native.register(CoreFoundation.class, MacLibraries.load("CoreFoundation"));
    }

    private CoreFoundation() {
    }

    /**
     * {@code CFMutableDictionaryRef CFDictionaryCreateMutable(CFAllocatorRef, CFIndex capacity,
     * const CFDictionaryKeyCallBacks *, const CFDictionaryValueCallBacks *)}.
     *
     * @param allocator      0 for the default allocator
     * @param capacity       0 for unlimited
     * @param keyCallBacks   the address of {@code kCFTypeDictionaryKeyCallBacks}
     * @param valueCallBacks the address of {@code kCFTypeDictionaryValueCallBacks}
     * @return a new dictionary (+1)
     */
    @CType("CFMutableDictionaryRef")
    static native long CFDictionaryCreateMutable(@CType("CFAllocatorRef") long allocator,
                                                 @CType("CFIndex") long capacity,
                                                 @CType("const CFDictionaryKeyCallBacks *") long keyCallBacks,
                                                 @CType("const CFDictionaryValueCallBacks *") long valueCallBacks);

    /**
     * {@code void CFDictionarySetValue(CFMutableDictionaryRef, const void *key, const void *value)}; with the
     * CFType callbacks the dictionary retains both.
     *
     * @param dictionary the dictionary
     * @param key        the key
     * @param value      the value
     */
    static native void CFDictionarySetValue(@CType("CFMutableDictionaryRef") long dictionary,
                                            @CType("const void *") long key, @CType("const void *") long value);

    /**
     * {@code CFNumberRef CFNumberCreate(CFAllocatorRef, CFNumberType, const void *valuePtr)}.
     *
     * @param allocator 0 for the default allocator
     * @param type      {@link #NUMBER_SINT32}
     * @param value     a one-element array holding the value
     * @return a new number (+1)
     */
    @CType("CFNumberRef")
    static native long CFNumberCreate(@CType("CFAllocatorRef") long allocator, @CType("CFNumberType") long type,
                                      int[] value);

    /**
     * {@code CFStringRef CFStringCreateWithCString(CFAllocatorRef, const char *, CFStringEncoding)}.
     *
     * @param allocator 0 for the default allocator
     * @param text      the text (ASCII in this package)
     * @param encoding  {@link #ENCODING_UTF8}
     * @return a new string (+1)
     */
    @CType("CFStringRef")
    static native long CFStringCreateWithCString(@CType("CFAllocatorRef") long allocator, String text,
                                                 @CType("CFStringEncoding") int encoding);

    /**
     * {@code Boolean CFStringGetCString(CFStringRef, char *buffer, CFIndex bufferSize, CFStringEncoding)}.
     *
     * @param string     the string
     * @param buffer     receives the NUL-terminated text
     * @param bufferSize {@code buffer.length}
     * @param encoding   {@link #ENCODING_UTF8}
     * @return non-zero if the text fitted
     */
    @CType("Boolean")
    static native byte CFStringGetCString(@CType("CFStringRef") long string, byte[] buffer,
                                          @CType("CFIndex") long bufferSize, @CType("CFStringEncoding") int encoding);

    /**
     * {@code CFTypeRef CFRetain(CFTypeRef)}.
     *
     * @param object an object; never 0
     * @return the object, with one more reference the caller owns
     */
    @CType("CFTypeRef")
    static native long CFRetain(@CType("CFTypeRef") long object);

    /**
     * {@code void CFRelease(CFTypeRef)}.
     *
     * @param object an object the caller owns a reference on; never 0
     */
    static native void CFRelease(@CType("CFTypeRef") long object);
}
