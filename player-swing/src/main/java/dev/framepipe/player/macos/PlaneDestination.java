package dev.framepipe.player.macos;

/**
 * Memory one image plane is written into: in production a locked pixel-buffer plane ({@link NativePlaneWriter}),
 * in tests a {@code ByteBuffer} standing in for it. Confined to the thread that writes the frame.
 */
interface PlaneDestination {
    /**
     * Returns how many bytes may be written, counted from offset 0.
     *
     * @return the plane's size in bytes
     */
    long capacity();

    /**
     * Writes bytes.
     *
     * @param offset       where in the plane the first byte goes
     * @param source       the bytes
     * @param sourceOffset index of the first byte in {@code source}
     * @param length       how many bytes
     * @throws IndexOutOfBoundsException if any byte would fall outside the plane or the source
     */
    void write(long offset, byte[] source, int sourceOffset, int length);
}
