package dev.framepipe.player.macos;

/**
 * Copies one image plane from the array a {@code VideoFrame} plane was copied into (row {@code r} at
 * {@code r * sourceStride}) into a destination plane whose stride differs, row by row.
 *
 * <p>When both strides are equal the plane is one contiguous block and goes in a single write; the stride padding
 * between rows then comes along, which is harmless because padding is never displayed. Otherwise only each row's
 * picture bytes are written and the destination's padding is left as it was. Nothing is ever written past the last
 * row's picture. Stateless and thread-safe.
 */
final class PlaneCopier {
    private PlaneCopier() {
    }

    /**
     * Copies a plane after checking that both sides hold it.
     *
     * @param source            the source plane, row {@code r} starting at {@code r * sourceStride}
     * @param sourceStride      bytes from one source row to the next
     * @param destination       where the plane goes
     * @param destinationStride bytes from one destination row to the next
     * @param rows              rows to copy
     * @param rowBytes          picture bytes in each row
     * @throws IllegalArgumentException if a count is not positive, a stride is shorter than a row, or either side is
     *                                  too small for the plane (nothing is written then)
     */
    static void copy(byte[] source, int sourceStride, PlaneDestination destination, long destinationStride,
                     int rows, int rowBytes) {
        if (rows < 1 || rowBytes < 1 || sourceStride < rowBytes || destinationStride < rowBytes) {
            throw new IllegalArgumentException("cannot copy " + rows + " rows of " + rowBytes + " bytes with strides "
                    + sourceStride + " → " + destinationStride);
        }
        long sourceSpan = (long) sourceStride * (rows - 1) + rowBytes;
        long destinationSpan = destinationStride * (rows - 1) + rowBytes;
        if (source.length < sourceSpan || destination.capacity() < destinationSpan) {
            throw new IllegalArgumentException("a plane of " + rows + " rows of " + rowBytes + " bytes needs "
                    + sourceSpan + " source bytes (have " + source.length + ") and " + destinationSpan
                    + " destination bytes (have " + destination.capacity() + ")");
        }
        if (sourceStride == destinationStride) {
            destination.write(0, source, 0, (int) sourceSpan);
            return;
        }
        for (int row = 0; row < rows; row++) {
            destination.write(row * destinationStride, source, row * sourceStride, rowBytes);
        }
    }
}
