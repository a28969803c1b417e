package dev.framepipe.player.gst;

import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoLayout;

/**
 * Where the two chroma planes of a planar 4:2:0 frame (I420: Cb then Cr; YV12: Cr then Cb) lie in its buffer: what
 * decoders give, and what the frame reader interleaves into the CbCr plane the converter reads, so that no
 * {@code videoconvert} has to make NV12 of it first. Each plane has half the rows and half the width (rounded up) of
 * the picture.
 *
 * <p>Immutable. Made when the caps or the video meta change, not per frame; {@link #checkFits} runs on every frame
 * before any byte is read.
 */
final class ChromaPlanes {
    private final long cbOffset;
    private final int cbStride;
    private final long crOffset;
    private final int crStride;
    private final int rows;
    private final int rowBytes;

    private ChromaPlanes(long cbOffset, int cbStride, long crOffset, int crStride, int rows, int rowBytes) {
        this.cbOffset = cbOffset;
        this.cbStride = cbStride;
        this.crOffset = crOffset;
        this.crStride = crStride;
        this.rows = rows;
        this.rowBytes = rowBytes;
    }

    /**
     * Describes the chroma planes of a frame after checking them (offsets not negative, strides at least a row, no
     * overflow).
     *
     * @param cbFirst       {@code true} for I420 (plane 1 is Cb), {@code false} for YV12 (plane 1 is Cr)
     * @param width         the picture's width
     * @param height        the picture's height
     * @param offset1       plane 1's offset in the buffer
     * @param stride1       plane 1's stride
     * @param offset2       plane 2's offset
     * @param stride2       plane 2's stride
     * @return the planes
     * @throws FrameLayoutException if the values are inconsistent
     */
    static ChromaPlanes of(boolean cbFirst, int width, int height, long offset1, int stride1, long offset2,
            int stride2) {
        int rowBytes = (width + 1) / 2;
        int rows = (height + 1) / 2;
        ChromaPlanes planes = cbFirst ? new ChromaPlanes(offset1, stride1, offset2, stride2, rows, rowBytes)
                : new ChromaPlanes(offset2, stride2, offset1, stride1, rows, rowBytes);
        planes.check(planes.cbOffset, planes.cbStride, "Cb");
        planes.check(planes.crOffset, planes.crStride, "Cr");
        return planes;
    }

    private void check(long offset, int stride, String name) {
        if (offset < 0) {
            throw new FrameLayoutException("the " + name + " plane's offset " + offset + " is negative");
        }
        if (stride < rowBytes) {
            throw new FrameLayoutException("the " + name + " plane's stride " + stride + " is smaller than its row of "
                    + rowBytes + " bytes");
        }
        if (offset > Long.MAX_VALUE - span(stride)) {
            throw new FrameLayoutException("the " + name + " plane's offset " + offset + " plus its " + span(stride)
                    + " bytes overflows");
        }
    }

    /**
     * Returns these planes, or new ones if a video meta moved them; the same object when nothing differs, so steady
     * playback allocates nothing.
     */
    ChromaPlanes withPlanes(boolean cbFirst, int width, int height, long offset1, int stride1, long offset2,
            int stride2) {
        long cb = cbFirst ? offset1 : offset2;
        long cr = cbFirst ? offset2 : offset1;
        int cbRowStride = cbFirst ? stride1 : stride2;
        int crRowStride = cbFirst ? stride2 : stride1;
        if (cb == cbOffset && cr == crOffset && cbRowStride == cbStride && crRowStride == crStride
                && rowBytes == (width + 1) / 2 && rows == (height + 1) / 2) {
            return this;
        }
        return of(cbFirst, width, height, offset1, stride1, offset2, stride2);
    }

    /**
     * Throws unless both planes lie inside a buffer. Runs on every frame before any byte is read.
     *
     * @param bufferSize the mapped buffer's size in bytes
     * @throws FrameLayoutException if a plane reaches outside it
     */
    void checkFits(long bufferSize) {
        if (cbOffset + span(cbStride) > bufferSize || crOffset + span(crStride) > bufferSize) {
            throw new FrameLayoutException("the chroma planes (Cb " + cbOffset + "/" + cbStride + ", Cr " + crOffset
                    + "/" + crStride + ", " + rows + " rows of " + rowBytes + " bytes) reach past the buffer's "
                    + bufferSize + " bytes");
        }
    }

    /**
     * Returns the NV12 layout the frame has once its chroma is interleaved: the Y plane where it is, the CbCr plane
     * tightly packed (two bytes a chroma sample). The CbCr plane's offset is nominal, just past the Y plane: the
     * interleaved plane exists only in the copy, and only the Y plane is read at the layout's offsets.
     *
     * @param format  the frame's format
     * @param yOffset the Y plane's offset in the buffer
     * @param yStride the Y plane's stride
     * @return the layout consumers see
     * @throws FrameLayoutException if the Y plane's values are inconsistent
     */
    static VideoLayout interleaved(VideoFormat format, long yOffset, int yStride) {
        if (yOffset < 0 || yStride < format.width()) {
            throw new FrameLayoutException("the Y plane's offset " + yOffset + " or stride " + yStride
                    + " does not fit a row of " + format.width() + " bytes");
        }
        long yEnd = yOffset + (long) yStride * (format.height() - 1) + format.width();
        return VideoLayout.nv12(format, yOffset, yStride, yEnd, 2 * ((format.width() + 1) / 2));
    }

    long cbOffset() {
        return cbOffset;
    }

    int cbStride() {
        return cbStride;
    }

    long crOffset() {
        return crOffset;
    }

    int crStride() {
        return crStride;
    }

    /** Bytes a plane of this stride covers, from its offset to the end of its last row's picture. */
    long span(int stride) {
        return (long) stride * (rows - 1) + rowBytes;
    }

    int rows() {
        return rows;
    }

    int rowBytes() {
        return rowBytes;
    }
}
