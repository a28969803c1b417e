package dev.framepipe.player.macos;

import java.nio.charset.StandardCharsets;

/**
 * Four-character codes as CoreVideo uses them for pixel formats ({@code OSType}): four ASCII characters packed
 * big-endian into an {@code int}, so {@code '420v'} is {@code 0x34323076}.
 *
 * <p>Stateless and thread-safe.
 */
final class FourCC {
    /**
     * {@code kCVPixelFormatType_420YpCbCr8BiPlanarVideoRange}: NV12 with luma in 16–235 and chroma in 16–240.
     */
    static final int NV12_VIDEO_RANGE = of("420v");
    /** {@code kCVPixelFormatType_420YpCbCr8BiPlanarFullRange}: NV12 with every sample in 0–255. */
    static final int NV12_FULL_RANGE = of("420f");

    private FourCC() {
    }

    /**
     * Packs four ASCII characters into a code.
     *
     * @param code exactly four characters in the range 0x20–0x7e
     * @return the code, first character in the most significant byte
     * @throws IllegalArgumentException if the text is not four printable ASCII characters
     */
    static int of(String code) {
        if (code.length() != 4) {
            throw new IllegalArgumentException("a FourCC has four characters, not \"" + code + "\"");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            char c = code.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("a FourCC is printable ASCII, \"" + code + "\" is not");
            }
            value = (value << 8) | c;
        }
        return value;
    }

    /**
     * Unpacks a code into its characters, for messages.
     *
     * @param code the code
     * @return for instance {@code "420v"}
     */
    static String toString(int code) {
        byte[] chars = {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code};
        return new String(chars, StandardCharsets.ISO_8859_1);
    }
}
