package dev.framepipe.player.macos;

import java.nio.ByteBuffer;

/**
 * A {@link PlaneDestination} over a {@code ByteBuffer}, standing in for a locked pixel-buffer plane in tests. Counts
 * writes, so tests can tell the single-copy fast path from the row loop.
 */
final class ByteBufferPlane implements PlaneDestination {
    private final ByteBuffer buffer;
    private int writes;

    /**
     * Wraps a buffer.
     *
     * @param buffer the plane's memory, all of it writable
     */
    ByteBufferPlane(ByteBuffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public long capacity() {
        return buffer.capacity();
    }

    @Override
    public void write(long offset, byte[] source, int sourceOffset, int length) {
        ByteBuffer target = buffer.duplicate();
        target.position(Math.toIntExact(offset));
        target.put(source, sourceOffset, length);
        writes++;
    }

    /**
     * Returns how many writes happened.
     *
     * @return the count
     */
    int writes() {
        return writes;
    }
}
