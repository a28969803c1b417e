package dev.framepipe.player.macos;

import java.util.Map;

/**
 * Builds {@code CFDictionary}s from the attribute maps of {@link PixelBufferSpec}: {@link CvSymbol} keys become the
 * real CoreVideo constants, {@code Integer} values {@code CFNumber}s (SInt32), {@code Boolean} values
 * {@code kCFBooleanTrue}/{@code kCFBooleanFalse}, {@code Map} values nested dictionaries. macOS only; any thread.
 *
 * <p>Ownership: the returned dictionary is +1 for the caller, who {@code CFRelease}s it; everything created on the
 * way is released here once the dictionary retained it.
 */
final class CfDictionaries {
    private CfDictionaries() {
    }

    /**
     * Creates a dictionary.
     *
     * @param map keys and values as described above
     * @return a new {@code CFMutableDictionaryRef} (+1)
     * @throws IllegalArgumentException for a value of another type (the dictionary made so far is released)
     */
    static long create(Map<CvSymbol, ?> map) {
        long dictionary = createEmpty();
        try {
            for (Map.Entry<CvSymbol, ?> entry : map.entrySet()) {
                long value = createValue(entry.getValue());
                CoreFoundation.CFDictionarySetValue(dictionary, CoreVideoConstants.resolve(entry.getKey()), value);
                CoreFoundation.CFRelease(value);
            }
            return dictionary;
        } catch (RuntimeException e) {
            CoreFoundation.CFRelease(dictionary);
            throw e;
        }
    }

    /**
     * Creates an empty mutable dictionary with the CFType callbacks (keys and values are retained).
     *
     * @return a new {@code CFMutableDictionaryRef} (+1)
     */
    static long createEmpty() {
        return CoreFoundation.CFDictionaryCreateMutable(0, 0, CfConstants.DICTIONARY_KEY_CALLBACKS,
                CfConstants.DICTIONARY_VALUE_CALLBACKS);
    }

    private static long createValue(Object value) {
        if (value instanceof Integer) {
            return CoreFoundation.CFNumberCreate(0, CoreFoundation.NUMBER_SINT32, new int[] {(Integer) value});
        }
        if (value instanceof Boolean) {
            // The CFBoolean singletons are immortal; a +1 copy keeps the caller's release uniform.
            long cfBoolean = (Boolean) value ? CfConstants.BOOLEAN_TRUE : CfConstants.BOOLEAN_FALSE;
            return CoreFoundation.CFRetain(cfBoolean);
        }
        if (value instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<CvSymbol, ?> nested = (Map<CvSymbol, ?>) value;
            return create(nested);
        }
        throw new IllegalArgumentException("no CoreFoundation form for " + value);
    }
}
