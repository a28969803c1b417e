package dev.framepipe.player.macos;

import com.sun.jna.NativeLibrary;

/**
 * The values of the {@link CvSymbol} constants, read from the CoreVideo library once when this class initialises
 * (macOS only). Reading the real symbols rather than building equal {@code CFString}s keeps the keys identical to
 * what CoreVideo compares against. Thread-safe.
 */
final class CoreVideoConstants {
    private static final long[] VALUES = resolveAll();

    private CoreVideoConstants() {
    }

    private static long[] resolveAll() {
        NativeLibrary coreVideo = MacLibraries.load("CoreVideo");
        CvSymbol[] symbols = CvSymbol.values();
        long[] values = new long[symbols.length];
        for (CvSymbol symbol : symbols) {
            values[symbol.ordinal()] = MacLibraries.globalValue(coreVideo, symbol.symbol());
        }
        return values;
    }

    /**
     * Returns a constant's value.
     *
     * @param symbol the constant
     * @return its {@code CFStringRef}, owned by CoreVideo (never released)
     */
    static long resolve(CvSymbol symbol) {
        return VALUES[symbol.ordinal()];
    }
}
