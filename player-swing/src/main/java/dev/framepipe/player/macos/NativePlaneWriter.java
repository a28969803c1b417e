package dev.framepipe.player.macos;

import com.sun.jna.Pointer;

/**
 * The one class that writes into pixel-buffer memory. It is pointed at one locked plane at a time with the plane's
 * real size as CoreVideo reports it ({@code bytesPerRow × heightOfPlane}), and checks every write against that size
 * and against the source array before a single byte moves.
 *
 * <p>Audit points: {@link #moveTo} is called only between {@code CVPixelBufferLockBaseAddress} and
 * {@code CVPixelBufferUnlockBaseAddress}, with values read from the locked buffer; {@link #reset()} runs before
 * unlock, after which every write fails. One reused {@link Pointer} whose address moves, so a frame allocates no
 * {@code Pointer} or {@code ByteBuffer}. Confined to the frame thread.
 */
final class NativePlaneWriter implements PlaneDestination {
    private final MovablePointer plane = new MovablePointer();
    private long size;

    /**
     * Points the writer at a locked plane.
     *
     * @param baseAddress {@code CVPixelBufferGetBaseAddressOfPlane}
     * @param bytesPerRow {@code CVPixelBufferGetBytesPerRowOfPlane}
     * @param rows        {@code CVPixelBufferGetHeightOfPlane}
     * @throws IllegalStateException if the address is null or the size is not positive
     */
    void moveTo(long baseAddress, long bytesPerRow, long rows) {
        if (baseAddress == 0 || bytesPerRow < 1 || rows < 1) {
            throw new IllegalStateException("pixel buffer plane at 0x" + Long.toHexString(baseAddress) + " with "
                    + rows + " rows of " + bytesPerRow + " bytes cannot be written");
        }
        plane.moveTo(baseAddress);
        size = Math.multiplyExact(bytesPerRow, rows);
    }

    /** Forgets the plane (before its buffer is unlocked); later writes fail. */
    void reset() {
        plane.moveTo(0);
        size = 0;
    }

    @Override
    public long capacity() {
        return size;
    }

    @Override
    public void write(long offset, byte[] source, int sourceOffset, int length) {
        if (offset < 0 || length < 0 || sourceOffset < 0 || offset > size - length
                || sourceOffset > source.length - length) {
            throw new IndexOutOfBoundsException("writing " + length + " bytes from source index " + sourceOffset
                    + " (of " + source.length + ") to plane offset " + offset + " (of " + size + ")");
        }
        plane.write(offset, source, sourceOffset, length);
    }

    /** A {@link Pointer} whose address can change, so one object serves every plane of every frame. */
    private static final class MovablePointer extends Pointer {
        MovablePointer() {
            super(0);
        }

        void moveTo(long address) {
            peer = address;
        }
    }
}
