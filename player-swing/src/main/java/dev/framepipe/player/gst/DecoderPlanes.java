package dev.framepipe.player.gst;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoLayout;

/**
 * Where the planes of a decoder's frame that is not 8-bit NV12 lie in its buffer, and how they become the NV12 planes
 * the converter reads, so that no {@code videoconvert} has to make NV12 of them first: 8-bit planar I420 and YV12
 * (their Cb and Cr planes interleaved), and 10-bit I420_10LE and P010_10LE (each sample narrowed to 8 bits, rounded
 * to the nearest level). Chroma planes have half the rows and half the width (rounded up) of the picture.
 *
 * <p>Audit points: {@link #checkFits(long)} runs on every frame before any byte is read and checks every plane's
 * {@code [offset, offset + span)} against the mapped size; {@link #copy} reads only inside those ranges.
 *
 * <p>Immutable. Made when the caps or the video meta change, not per frame.
 */
final class DecoderPlanes {
    /** The 16-bit samples of a plane copy, little-endian as the formats store them. */
    private static final VarHandle SAMPLES = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** How a format stores its samples. */
    enum Packing {
        /** 8 bits a sample; Y, Cb, Cr planes. */
        I420(GstVideo.FORMAT_I420, 3, 1, 0),
        /** As I420, with the Cr plane before the Cb plane. */
        YV12(GstVideo.FORMAT_YV12, 3, 1, 0),
        /** 16 bits a sample, little-endian, the value in the low 10 bits; Y, Cb, Cr planes. */
        I420_10LE(GstVideo.FORMAT_I420_10LE, 3, 2, 2),
        /** 16 bits a sample, little-endian, the value in the high 10 bits; Y, then Cb and Cr interleaved. */
        P010_10LE(GstVideo.FORMAT_P010_10LE, 2, 2, 8);

        final int gstFormat;
        final int planes;
        final int sampleBytes;
        /** Bits below the 8 kept: a 16-bit sample {@code v} becomes {@code (v + half) >> shift}, at most 255. */
        final int shift;

        Packing(int gstFormat, int planes, int sampleBytes, int shift) {
            this.gstFormat = gstFormat;
            this.planes = planes;
            this.sampleBytes = sampleBytes;
            this.shift = shift;
        }

        /**
         * Returns the packing of a {@code GstVideoFormat}.
         *
         * @param gstFormat the format's enum value
         * @return the packing, or {@code null} for a format other than these four
         */
        static Packing of(int gstFormat) {
            for (Packing packing : values()) {
                if (packing.gstFormat == gstFormat) {
                    return packing;
                }
            }
            return null;
        }
    }

    private final Packing packing;
    private final VideoLayout staged;
    private final long[] offsets;
    private final int[] strides;
    private final int chromaRows;
    private final int chromaWidth;

    private DecoderPlanes(Packing packing, VideoFormat format, long[] offsets, int[] strides) {
        this.packing = packing;
        this.offsets = offsets;
        this.strides = strides;
        this.chromaRows = (format.height() + 1) / 2;
        this.chromaWidth = (format.width() + 1) / 2;
        this.staged = stagedLayout(format);
    }

    /**
     * Describes a frame's planes after checking them (offsets not negative, strides at least a row, no overflow).
     *
     * @param packing the frame's format
     * @param format  the picture's size and colours
     * @param offsets the planes' offsets in the buffer, at least {@code packing.planes} of them
     * @param strides the planes' strides
     * @return the planes
     * @throws FrameLayoutException if the values are inconsistent
     */
    static DecoderPlanes of(Packing packing, VideoFormat format, long[] offsets, int[] strides) {
        DecoderPlanes planes = new DecoderPlanes(packing, format, Arrays.copyOf(offsets, packing.planes),
                Arrays.copyOf(strides, packing.planes));
        for (int plane = 0; plane < packing.planes; plane++) {
            planes.check(plane);
        }
        return planes;
    }

    /**
     * Returns these planes, or new ones if a video meta moved them; the same object when nothing differs, so steady
     * playback allocates nothing.
     *
     * @param format  the picture's size and colours
     * @param offsets the planes' offsets from the meta
     * @param strides the planes' strides from the meta
     * @return this or new planes
     * @throws FrameLayoutException if the new values are inconsistent
     */
    DecoderPlanes withPlanes(VideoFormat format, long[] offsets, int[] strides) {
        boolean same = format.width() == staged.width() && format.height() == staged.height();
        for (int plane = 0; same && plane < packing.planes; plane++) {
            same = offsets[plane] == this.offsets[plane] && strides[plane] == this.strides[plane];
        }
        return same ? this : of(packing, format, offsets, strides);
    }

    /**
     * Returns the frame's format.
     *
     * @return how its samples are stored
     */
    Packing packing() {
        return packing;
    }

    /**
     * Returns the NV12 layout consumers see. For 8-bit formats the Y plane is where it is in the buffer (copied in
     * one read), for 10-bit ones tightly packed; the CbCr plane is tightly packed (two bytes a chroma sample). The
     * offsets are nominal: the planes exist like this only in the consumer's copies.
     *
     * @return the layout
     */
    VideoLayout staged() {
        return staged;
    }

    private VideoLayout stagedLayout(VideoFormat format) {
        long yOffset = packing.sampleBytes == 1 ? offsets[0] : 0;
        int yStride = packing.sampleBytes == 1 ? strides[0] : format.width();
        long yEnd = yOffset + (long) yStride * (format.height() - 1) + format.width();
        return VideoLayout.nv12(format, yOffset, yStride, yEnd, 2 * chromaWidth);
    }

    private int rows(int plane) {
        return plane == 0 ? staged.height() : chromaRows;
    }

    /** Bytes of one row's picture in a plane of the buffer. */
    private int rowBytes(int plane) {
        int samples = plane == 0 ? staged.width() : packing.planes == 2 ? 2 * chromaWidth : chromaWidth;
        return samples * packing.sampleBytes;
    }

    /** Bytes a plane covers, from its offset to the end of its last row's picture. */
    private long span(int plane) {
        return (long) strides[plane] * (rows(plane) - 1) + rowBytes(plane);
    }

    private void check(int plane) {
        if (offsets[plane] < 0) {
            throw new FrameLayoutException(packing + " plane " + plane + "'s offset " + offsets[plane]
                    + " is negative");
        }
        if (strides[plane] < rowBytes(plane)) {
            throw new FrameLayoutException(packing + " plane " + plane + "'s stride " + strides[plane]
                    + " is smaller than its row of " + rowBytes(plane) + " bytes");
        }
        if (offsets[plane] > Long.MAX_VALUE - span(plane)) {
            throw new FrameLayoutException(packing + " plane " + plane + "'s offset " + offsets[plane] + " plus its "
                    + span(plane) + " bytes overflows");
        }
    }

    /**
     * Throws unless every plane lies inside a buffer. Runs on every frame before any byte is read.
     *
     * @param bufferSize the mapped buffer's size in bytes
     * @throws FrameLayoutException if a plane reaches outside it
     */
    void checkFits(long bufferSize) {
        for (int plane = 0; plane < packing.planes; plane++) {
            if (offsets[plane] + span(plane) > bufferSize) {
                throw new FrameLayoutException("the " + packing + " frame's plane " + plane + " (offset "
                        + offsets[plane] + ", stride " + strides[plane] + ", " + rows(plane) + " rows of "
                        + rowBytes(plane) + " bytes) reaches past the buffer's " + bufferSize + " bytes");
            }
        }
    }

    /**
     * Copies one NV12 plane of the frame into a consumer's array, laid out as {@link #staged()} says. The caller has
     * run {@link #checkFits} on this buffer. 8-bit luma comes in one bulk read; everything else a row at a time into
     * small reused arrays, narrowed or interleaved from there while the row is in the cache (a whole-plane copy
     * first would take a 1080p 10-bit frame's 6 MB through memory twice).
     *
     * @param nv12Plane   0 (Y) or 1 (CbCr)
     * @param frame       the mapped buffer's first byte
     * @param destination the consumer's array, at least the staged plane's span
     * @param scratch     reused row copies
     */
    void copy(int nv12Plane, MovablePointer frame, byte[] destination, PlaneScratch scratch) {
        if (nv12Plane == 0 && packing.sampleBytes == 1) {
            frame.read(offsets[0], destination, 0, (int) span(0));
        } else if (nv12Plane == 0 || packing.planes == 2) {
            narrowRows(nv12Plane, frame, destination, scratch.first(rowBytes(nv12Plane)));
        } else {
            interleaveChroma(frame, destination, scratch);
        }
    }

    /** Reads row {@code row} of a plane into {@code target}. */
    private byte[] readRow(int plane, int row, MovablePointer frame, byte[] target) {
        frame.read(offsets[plane] + (long) row * strides[plane], target, 0, rowBytes(plane));
        return target;
    }

    /** Narrows each row's 16-bit samples to bytes: Y, or P010's interleaved CbCr. */
    private void narrowRows(int plane, MovablePointer frame, byte[] destination, byte[] rowCopy) {
        int samples = rowBytes(plane) / 2;
        int shift = packing.shift;
        int half = 1 << (shift - 1);
        int destinationStride = staged.stride(plane);
        for (int row = 0; row < rows(plane); row++) {
            byte[] source = readRow(plane, row, frame, rowCopy);
            int out = row * destinationStride;
            for (int x = 0; x < samples; x++) {
                destination[out++] = narrow(source, 2 * x, shift, half);
            }
        }
    }

    /**
     * A little-endian 16-bit sample at {@code at}, rounded to 8 bits: {@code (v + half) >> shift}, at most 255. Read
     * as one short through a byte-array view: twice as fast as assembling it from two bytes (measured at 1080p).
     */
    private static byte narrow(byte[] samples, int at, int shift, int half) {
        int value = (((short) SAMPLES.get(samples, at)) & 0xffff) + half >>> shift;
        return (byte) Math.min(value, 255);
    }

    /** Writes the Cb and Cr planes interleaved, as NV12's CbCr plane, a row of each at a time. */
    private void interleaveChroma(MovablePointer frame, byte[] destination, PlaneScratch scratch) {
        int cbPlane = packing == Packing.YV12 ? 2 : 1;
        int crPlane = 3 - cbPlane;
        int stride = staged.stride(1);
        byte[] cbRow = scratch.first(rowBytes(cbPlane));
        byte[] crRow = scratch.second(rowBytes(crPlane));
        int shift = packing.shift;
        int half = shift == 0 ? 0 : 1 << (shift - 1);
        for (int row = 0; row < chromaRows; row++) {
            byte[] cb = readRow(cbPlane, row, frame, cbRow);
            byte[] cr = readRow(crPlane, row, frame, crRow);
            int out = row * stride;
            if (packing.sampleBytes == 1) {
                for (int x = 0; x < chromaWidth; x++) {
                    destination[out++] = cb[x];
                    destination[out++] = cr[x];
                }
            } else {
                for (int x = 0; x < chromaWidth; x++) {
                    destination[out++] = narrow(cb, 2 * x, shift, half);
                    destination[out++] = narrow(cr, 2 * x, shift, half);
                }
            }
        }
    }

    /**
     * Two arrays reused from frame to frame for copies of a plane's row; grown when a frame needs more. Confined to
     * the frame thread, as the reader that owns it.
     */
    static final class PlaneScratch {
        private byte[] first = new byte[0];
        private byte[] second = new byte[0];

        byte[] first(long size) {
            first = atLeast(first, size);
            return first;
        }

        byte[] second(long size) {
            second = atLeast(second, size);
            return second;
        }

        private static byte[] atLeast(byte[] array, long size) {
            return array.length >= size ? array : new byte[Math.toIntExact(size)];
        }
    }
}
