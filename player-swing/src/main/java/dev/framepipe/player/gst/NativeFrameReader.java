package dev.framepipe.player.gst;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.frame.VideoLayout;

/**
 * The one class that reads GStreamer memory: it maps a sample's buffer, works out the frame's layout from the caps
 * ({@code GstVideoInfo}) and the buffer's {@code GstVideoMeta}, checks every offset and stride against the mapped
 * size, and copies planes out in one bulk copy each. Frames come as NV12, or as the I420 and YV12 most decoders
 * give: their Cb and Cr planes ({@link ChromaPlanes}) are copied and interleaved into NV12's CbCr plane, so the
 * consumer always sees NV12 and the pipeline needs no {@code videoconvert} for them.
 *
 * <p>Audit points: reads of GStreamer structs use offsets computed by {@link StructLayouts}; reads of frame memory
 * happen only in {@link #copyPlane}, after {@link VideoLayout#checkFits(long)} (or, for planar frames, the Y plane's
 * end and {@link ChromaPlanes#checkFits(long)}) passed for this buffer, and only inside each plane's
 * {@code [offset, offset + span)}, which lies inside the mapped size. Nothing is read after {@link #unmap()}.
 *
 * <p>Confined to one thread (the player's frame thread). Owns a {@code GstMapInfo} block, a {@code GstVideoInfo} and
 * a reference on the last caps it saw; {@link #close()} releases them. Allocates nothing per frame: a new
 * {@link VideoLayout} is made only when the caps or the video meta change.
 */
public final class NativeFrameReader implements VideoFrame, AutoCloseable {
    private final Memory mapInfo = new Memory(StructLayouts.MAP_INFO_SIZE);
    private final long mapInfoAddress = Pointer.nativeValue(mapInfo);
    private final long videoMetaApi = GstVideo.gst_video_meta_api_get_type();
    private final MovablePointer cursor = new MovablePointer();
    private long videoInfo;
    private long capsRef;
    private VideoLayout capsLayout;
    private VideoLayout metaLayout;
    private VideoLayout layout;
    /** For I420 and YV12 caps: their chroma planes (null for NV12), from the caps and from the last video meta. */
    private boolean capsCbFirst;
    private ChromaPlanes capsChroma;
    private ChromaPlanes metaChroma;
    /** The chroma planes of the frame being mapped, then of the mapped frame. */
    private ChromaPlanes frameChroma;
    private ChromaPlanes chroma;
    /** Reused copies of the chroma planes of a planar frame, interleaved from them into the caller's CbCr array. */
    private byte[] cbRows = new byte[0];
    private byte[] crRows = new byte[0];
    private long mappedBuffer;
    private long data;
    private long size;
    private long streamTime;
    private double segmentRate;
    private long segmentBase;
    private long segmentStart;

    /** Creates a reader; it holds native memory until {@link #close()}. */
    public NativeFrameReader() {
        videoInfo = GstVideo.gst_video_info_new();
        if (videoInfo == 0) {
            mapInfo.close();
            throw new OutOfMemoryError("gst_video_info_new failed");
        }
        LiveResources.FRAME_READERS.acquired();
    }

    private static final long SAMPLE_TYPE = GstCore.gst_sample_get_type();

    /**
     * Tells whether a mini object pulled from an appsink is a sample (rather than an event), by its GType, the first
     * field of every {@code GstMiniObject}.
     *
     * @param miniObject a {@code GstMiniObject*} the caller holds a reference on
     * @return {@code true} for a {@code GstSample}
     */
    public boolean isSample(long miniObject) {
        if (miniObject == 0) {
            return false;
        }
        cursor.moveTo(miniObject);
        return cursor.getLong(StructLayouts.MINI_OBJECT_TYPE) == SAMPLE_TYPE;
    }

    /**
     * Maps the buffer of a sample for reading and makes it the current frame. The caller keeps owning the sample and
     * must call {@link #unmap()} before releasing it.
     *
     * @param sample a {@code GstSample*}
     * @return {@code true} if a frame is mapped; {@code false} if the sample has no buffer or caps, or the buffer
     *         cannot be mapped (nothing is mapped then)
     * @throws FrameLayoutException if the caps are not NV12, I420 or YV12, or the layout does not fit the buffer
     *                              (nothing is mapped)
     */
    public boolean map(long sample) {
        if (mappedBuffer != 0) {
            throw new IllegalStateException("the previous frame is still mapped");
        }
        if (videoInfo == 0) {
            throw new IllegalStateException("reader is closed");
        }
        if (!updateCapsLayout(GstCore.gst_sample_get_caps(sample))) {
            return false;
        }
        long buffer = GstCore.gst_sample_get_buffer(sample);
        if (buffer == 0) {
            return false;
        }
        VideoLayout frameLayout = applyVideoMeta(buffer);
        if (GstCore.gst_buffer_map(buffer, mapInfoAddress, GstCore.MAP_READ) == 0) {
            return false;
        }
        mappedBuffer = buffer;
        data = mapInfo.getLong(StructLayouts.MAP_INFO_DATA);
        size = mapInfo.getLong(StructLayouts.MAP_INFO_SIZE_FIELD);
        try {
            if (data == 0) {
                throw new FrameLayoutException("the mapped buffer has no data pointer");
            }
            if (frameChroma == null) {
                frameLayout.checkFits(size);
            } else {
                frameLayout.checkFits(0, size);
                frameChroma.checkFits(size);
            }
            chroma = frameChroma;
        } catch (FrameLayoutException e) {
            unmap();
            throw e;
        }
        layout = frameLayout;
        cursor.moveTo(buffer);
        long pts = cursor.getLong(StructLayouts.BUFFER_PTS);
        readSegment(GstCore.gst_sample_get_segment(sample), pts);
        return true;
    }

    /** Unmaps the current frame, if any. Idempotent. */
    public void unmap() {
        if (mappedBuffer != 0) {
            GstCore.gst_buffer_unmap(mappedBuffer, mapInfoAddress);
            mappedBuffer = 0;
            data = 0;
            size = 0;
        }
    }

    @Override
    public VideoLayout layout() {
        requireMapped();
        return layout;
    }

    @Override
    public long streamTimeNanos() {
        requireMapped();
        return streamTime;
    }

    /**
     * Tells whether the current frame belongs to the same segment as described by the arguments: a seek, a flush
     * or a new loop cycle starts a new segment, and frames of different segments do not follow each other.
     *
     * @param rate  the earlier segment's rate
     * @param base  the earlier segment's base (running time it starts at)
     * @param start the earlier segment's start
     * @return {@code true} if the segment is the same
     */
    public boolean isSegment(double rate, long base, long start) {
        requireMapped();
        return segmentRate == rate && segmentBase == base && segmentStart == start;
    }

    /**
     * Returns the current frame's segment rate (negative for reverse playback).
     *
     * @return the rate
     */
    public double segmentRate() {
        return segmentRate;
    }

    /**
     * Returns the current frame's segment base.
     *
     * @return nanoseconds of running time
     */
    public long segmentBase() {
        return segmentBase;
    }

    /**
     * Returns the current frame's segment start.
     *
     * @return nanoseconds
     */
    public long segmentStart() {
        return segmentStart;
    }

    @Override
    public void copyPlane(int plane, byte[] destination) {
        requireMapped();
        if (plane < 0 || plane >= VideoLayout.PLANES) {
            throw new IllegalArgumentException("NV12 has planes 0 and 1, not " + plane);
        }
        long offset = layout.offset(plane);
        long span = layout.planeSpan(plane);
        if (destination.length < span) {
            throw new IllegalArgumentException("plane " + plane + " needs " + span + " bytes, the array has "
                    + destination.length);
        }
        if (plane == 1 && chroma != null) {
            interleaveChroma(destination);
            return;
        }
        if (offset < 0 || offset + span > size) {
            throw new FrameLayoutException("plane " + plane + " [" + offset + ", " + (offset + span)
                    + ") lies outside the mapped " + size + " bytes");
        }
        cursor.moveTo(data);
        cursor.read(offset, destination, 0, (int) span);
    }

    /**
     * Writes a planar frame's Cb and Cr planes interleaved, as NV12's CbCr plane: two bulk reads (the planes were
     * checked against the buffer in {@link #map}), then one pass in Java. The copies are reused from frame to frame.
     */
    private void interleaveChroma(byte[] destination) {
        ChromaPlanes planes = chroma;
        cbRows = planeCopy(planes.cbOffset(), planes.span(planes.cbStride()), cbRows);
        crRows = planeCopy(planes.crOffset(), planes.span(planes.crStride()), crRows);
        int stride = layout.stride(1);
        int rowBytes = planes.rowBytes();
        for (int row = 0; row < planes.rows(); row++) {
            int cb = row * planes.cbStride();
            int cr = row * planes.crStride();
            int out = row * stride;
            for (int x = 0; x < rowBytes; x++) {
                destination[out++] = cbRows[cb + x];
                destination[out++] = crRows[cr + x];
            }
        }
    }

    private byte[] planeCopy(long offset, long span, byte[] reused) {
        if (offset < 0 || offset + span > size) {
            throw new FrameLayoutException("a chroma plane [" + offset + ", " + (offset + span)
                    + ") lies outside the mapped " + size + " bytes");
        }
        byte[] target = reused.length >= span ? reused : new byte[Math.toIntExact(span)];
        cursor.moveTo(data);
        cursor.read(offset, target, 0, (int) span);
        return target;
    }


    /** Unmaps any frame and frees the native structures. Idempotent. */
    @Override
    public void close() {
        unmap();
        releaseCaps();
        if (videoInfo != 0) {
            GstVideo.gst_video_info_free(videoInfo);
            videoInfo = 0;
            mapInfo.close();
            LiveResources.FRAME_READERS.released();
        }
    }

    private void requireMapped() {
        if (mappedBuffer == 0) {
            throw new IllegalStateException("no frame is mapped: a VideoFrame is valid only during onFrame");
        }
    }

    /** Reads the segment fields that identify it, and converts the buffer timestamp to stream time. */
    private void readSegment(long segment, long pts) {
        if (segment == 0) {
            segmentRate = 1.0;
            segmentBase = 0;
            segmentStart = 0;
            streamTime = pts;
            return;
        }
        cursor.moveTo(segment);
        segmentRate = cursor.getDouble(StructLayouts.SEGMENT_RATE);
        segmentBase = cursor.getLong(StructLayouts.SEGMENT_BASE);
        segmentStart = cursor.getLong(StructLayouts.SEGMENT_START);
        streamTime = pts == -1 ? -1 : GstCore.gst_segment_to_stream_time(segment, GstControl.FORMAT_TIME, pts);
    }

    private boolean updateCapsLayout(long caps) {
        if (caps == 0) {
            return false;
        }
        if (caps == capsRef) {
            return true;
        }
        releaseCaps();
        VideoLayout read = readCapsLayout(caps);
        capsRef = GstCore.gst_mini_object_ref(caps);
        capsLayout = read;
        metaLayout = null;
        metaChroma = null;
        return true;
    }

    private void releaseCaps() {
        if (capsRef != 0) {
            GstCore.gst_mini_object_unref(capsRef);
            capsRef = 0;
            capsLayout = null;
            metaLayout = null;
            capsChroma = null;
            metaChroma = null;
        }
    }

    /**
     * Reads the format of any raw video caps (not only NV12): for a player whose frames go to a native sink, and to
     * announce the video as soon as the sink negotiated. Allocates a temporary {@code GstVideoInfo}; not for the
     * frame path.
     *
     * @param caps a {@code GstCaps*}
     * @return the format
     * @throws FrameLayoutException if the caps do not describe raw video
     */
    public static VideoFormat formatOfCaps(long caps) {
        long info = GstVideo.gst_video_info_new();
        if (info == 0) {
            throw new OutOfMemoryError("gst_video_info_new failed");
        }
        try {
            fillVideoInfo(info, caps);
            MovablePointer infoCursor = new MovablePointer();
            infoCursor.moveTo(info);
            return readFormat(infoCursor);
        } finally {
            GstVideo.gst_video_info_free(info);
        }
    }

    private static void fillVideoInfo(long info, long caps) {
        if (GstVideo.gst_video_info_from_caps(info, caps) == 0) {
            throw new FrameLayoutException("the frame's caps do not describe raw video");
        }
    }

    /**
     * Reads the format fields of a filled {@code GstVideoInfo}.
     *
     * @param info a cursor at the {@code GstVideoInfo}; left there
     * @return the format
     */
    private static VideoFormat readFormat(MovablePointer info) {
        int height = info.getInt(StructLayouts.VIDEO_INFO_HEIGHT);
        return new VideoFormat(info.getInt(StructLayouts.VIDEO_INFO_WIDTH), height,
                Colorimetry.fromGStreamer(info.getInt(StructLayouts.VIDEO_INFO_COLOR_MATRIX),
                        info.getInt(StructLayouts.VIDEO_INFO_COLOR_RANGE), height),
                info.getInt(StructLayouts.VIDEO_INFO_PAR_N), info.getInt(StructLayouts.VIDEO_INFO_PAR_D),
                info.getInt(StructLayouts.VIDEO_INFO_FPS_N), info.getInt(StructLayouts.VIDEO_INFO_FPS_D));
    }

    /** Reads the NV12 layout a caps describes into the reused {@code GstVideoInfo}: the format, then the planes. */
    private VideoLayout readCapsLayout(long caps) {
        fillVideoInfo(videoInfo, caps);
        cursor.moveTo(videoInfo);
        VideoFormat format = readFormat(cursor);
        long formatInfo = cursor.getLong(StructLayouts.VIDEO_INFO_FINFO);
        long yOffset = cursor.getLong(StructLayouts.VIDEO_INFO_OFFSET);
        long uvOffset = cursor.getLong(StructLayouts.VIDEO_INFO_OFFSET + StructLayouts.OFFSET_ENTRY_BYTES);
        int yStride = cursor.getInt(StructLayouts.VIDEO_INFO_STRIDE);
        int uvStride = cursor.getInt(StructLayouts.VIDEO_INFO_STRIDE + StructLayouts.STRIDE_ENTRY_BYTES);
        if (formatInfo == 0) {
            throw new FrameLayoutException("the frame's caps have no video format");
        }
        cursor.moveTo(formatInfo);
        int pixelFormat = cursor.getInt(0);
        if (pixelFormat == GstVideo.FORMAT_NV12) {
            capsChroma = null;
            return VideoLayout.nv12(format, yOffset, yStride, uvOffset, uvStride);
        }
        if (pixelFormat != GstVideo.FORMAT_I420 && pixelFormat != GstVideo.FORMAT_YV12) {
            throw new FrameLayoutException("the frame is in GstVideoFormat " + pixelFormat
                    + ", not NV12, I420 or YV12");
        }
        cursor.moveTo(videoInfo);
        long thirdOffset = cursor.getLong(StructLayouts.VIDEO_INFO_OFFSET + 2 * StructLayouts.OFFSET_ENTRY_BYTES);
        int thirdStride = cursor.getInt(StructLayouts.VIDEO_INFO_STRIDE + 2 * StructLayouts.STRIDE_ENTRY_BYTES);
        capsCbFirst = pixelFormat == GstVideo.FORMAT_I420;
        VideoLayout interleaved = ChromaPlanes.interleaved(format, yOffset, yStride);
        capsChroma = ChromaPlanes.of(capsCbFirst, format.width(), format.height(), uvOffset, uvStride, thirdOffset,
                thirdStride);
        return interleaved;
    }

    private VideoLayout applyVideoMeta(long buffer) {
        long meta = GstCore.gst_buffer_get_meta(buffer, videoMetaApi);
        frameChroma = capsChroma;
        if (meta == 0) {
            return capsLayout;
        }
        cursor.moveTo(meta);
        int width = cursor.getInt(StructLayouts.VIDEO_META_WIDTH);
        int height = cursor.getInt(StructLayouts.VIDEO_META_HEIGHT);
        int planes = cursor.getInt(StructLayouts.VIDEO_META_N_PLANES);
        int expectedPlanes = capsChroma == null ? VideoLayout.PLANES : VideoLayout.PLANES + 1;
        if (width != capsLayout.width() || height != capsLayout.height() || planes != expectedPlanes) {
            throw new FrameLayoutException("the buffer's video meta describes a " + width + "x" + height + " frame in "
                    + planes + " planes, but the caps say " + capsLayout.width() + "x" + capsLayout.height()
                    + (capsChroma == null ? " NV12 (2 planes)" : " I420 or YV12 (3 planes)"));
        }
        if (capsChroma != null) {
            return applyPlanarMeta(width, height);
        }
        VideoLayout base = metaLayout != null ? metaLayout : capsLayout;
        metaLayout = base.withPlanes(
                cursor.getLong(StructLayouts.VIDEO_META_OFFSET),
                cursor.getInt(StructLayouts.VIDEO_META_STRIDE),
                cursor.getLong(StructLayouts.VIDEO_META_OFFSET + StructLayouts.OFFSET_ENTRY_BYTES),
                cursor.getInt(StructLayouts.VIDEO_META_STRIDE + StructLayouts.STRIDE_ENTRY_BYTES));
        return metaLayout;
    }

    /** A planar frame's video meta, read at the cursor: the Y plane's place, and the chroma planes'. */
    private VideoLayout applyPlanarMeta(int width, int height) {
        long yOffset = cursor.getLong(StructLayouts.VIDEO_META_OFFSET);
        int yStride = cursor.getInt(StructLayouts.VIDEO_META_STRIDE);
        long offset1 = cursor.getLong(StructLayouts.VIDEO_META_OFFSET + StructLayouts.OFFSET_ENTRY_BYTES);
        int stride1 = cursor.getInt(StructLayouts.VIDEO_META_STRIDE + StructLayouts.STRIDE_ENTRY_BYTES);
        long offset2 = cursor.getLong(StructLayouts.VIDEO_META_OFFSET + 2 * StructLayouts.OFFSET_ENTRY_BYTES);
        int stride2 = cursor.getInt(StructLayouts.VIDEO_META_STRIDE + 2 * StructLayouts.STRIDE_ENTRY_BYTES);
        ChromaPlanes base = metaChroma != null ? metaChroma : capsChroma;
        metaChroma = base.withPlanes(capsCbFirst, width, height, offset1, stride1, offset2, stride2);
        frameChroma = metaChroma;
        VideoLayout current = metaLayout != null ? metaLayout : capsLayout;
        metaLayout = current.offset(0) == yOffset && current.stride(0) == yStride ? current
                : ChromaPlanes.interleaved(current.format(), yOffset, yStride);
        return metaLayout;
    }
}
