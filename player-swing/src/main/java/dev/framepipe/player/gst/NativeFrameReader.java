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
 * size, and copies planes out in one bulk copy each. Frames come as NV12, or as what decoders give
 * ({@link DecoderPlanes}): I420 and YV12, whose Cb and Cr planes are interleaved into NV12's CbCr plane, and 10-bit
 * I420_10LE and P010_10LE, narrowed to 8 bits on the way; the consumer always sees NV12 and the pipeline needs no
 * {@code videoconvert} for them.
 *
 * <p>Audit points: reads of GStreamer structs use offsets computed by {@link StructLayouts}; reads of frame memory
 * happen only in {@link #copyPlane}, after {@link VideoLayout#checkFits(long)} (for a decoder's other formats,
 * {@link DecoderPlanes#checkFits(long)}) passed for this buffer, and only inside each plane's
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
    /** For formats other than NV12 (null for NV12): their planes, from the caps and from the last video meta. */
    private DecoderPlanes capsPlanes;
    private DecoderPlanes metaPlanes;
    /** The decoder planes of the frame being mapped and, once mapped, of the mapped frame (null for NV12). */
    private DecoderPlanes planes;
    private final DecoderPlanes.PlaneScratch scratch = new DecoderPlanes.PlaneScratch();
    /** The offsets and strides of the planes last read from a video info or meta (reused; three planes at most). */
    private final long[] planeOffsets = new long[3];
    private final int[] planeStrides = new int[3];
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
     * @throws FrameLayoutException if the caps are not NV12, I420, YV12, I420_10LE or P010_10LE, or the layout does
     *                              not fit the buffer (nothing is mapped)
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
            if (planes == null) {
                frameLayout.checkFits(size);
            } else {
                planes.checkFits(size);
            }
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
        cursor.moveTo(data);
        if (planes != null) {
            planes.copy(plane, cursor, destination, scratch);
            return;
        }
        if (offset < 0 || offset + span > size) {
            throw new FrameLayoutException("plane " + plane + " [" + offset + ", " + (offset + span)
                    + ") lies outside the mapped " + size + " bytes");
        }
        cursor.read(offset, destination, 0, (int) span);
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
        if (capsRef != 0 && GstCore.gst_caps_is_equal(caps, capsRef) != 0) {
            // Decoders send equal caps again after every flush (each seek, each loop): keep the layout made for them.
            GstCore.gst_mini_object_unref(capsRef);
            capsRef = GstCore.gst_mini_object_ref(caps);
            return true;
        }
        releaseCaps();
        VideoLayout read = readCapsLayout(caps);
        capsRef = GstCore.gst_mini_object_ref(caps);
        capsLayout = read;
        metaLayout = null;
        metaPlanes = null;
        return true;
    }

    private void releaseCaps() {
        if (capsRef != 0) {
            GstCore.gst_mini_object_unref(capsRef);
            capsRef = 0;
            capsLayout = null;
            metaLayout = null;
            capsPlanes = null;
            metaPlanes = null;
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

    /**
     * Reads the layout a caps describes into the reused {@code GstVideoInfo}: the format, then the planes, as NV12
     * or as one of the {@link DecoderPlanes.Packing} formats.
     */
    private VideoLayout readCapsLayout(long caps) {
        fillVideoInfo(videoInfo, caps);
        cursor.moveTo(videoInfo);
        VideoFormat format = readFormat(cursor);
        long formatInfo = cursor.getLong(StructLayouts.VIDEO_INFO_FINFO);
        readPlanes(StructLayouts.VIDEO_INFO_OFFSET, StructLayouts.VIDEO_INFO_STRIDE);
        if (formatInfo == 0) {
            throw new FrameLayoutException("the frame's caps have no video format");
        }
        cursor.moveTo(formatInfo);
        int pixelFormat = cursor.getInt(0);
        if (pixelFormat == GstVideo.FORMAT_NV12) {
            capsPlanes = null;
            return VideoLayout.nv12(format, planeOffsets[0], planeStrides[0], planeOffsets[1], planeStrides[1]);
        }
        DecoderPlanes.Packing packing = DecoderPlanes.Packing.of(pixelFormat);
        if (packing == null) {
            throw new FrameLayoutException("the frame is in GstVideoFormat " + pixelFormat
                    + ", not NV12, I420, YV12, I420_10LE or P010_10LE");
        }
        capsPlanes = DecoderPlanes.of(packing, format, planeOffsets, planeStrides);
        return capsPlanes.staged();
    }

    /** Reads the offset and stride arrays of a {@code GstVideoInfo} or {@code GstVideoMeta} at the cursor. */
    private void readPlanes(int offsetField, int strideField) {
        for (int plane = 0; plane < planeOffsets.length; plane++) {
            planeOffsets[plane] = cursor.getLong(offsetField + plane * StructLayouts.OFFSET_ENTRY_BYTES);
            planeStrides[plane] = cursor.getInt(strideField + plane * StructLayouts.STRIDE_ENTRY_BYTES);
        }
    }

    private VideoLayout applyVideoMeta(long buffer) {
        long meta = GstCore.gst_buffer_get_meta(buffer, videoMetaApi);
        planes = capsPlanes;
        if (meta == 0) {
            return capsLayout;
        }
        cursor.moveTo(meta);
        int width = cursor.getInt(StructLayouts.VIDEO_META_WIDTH);
        int height = cursor.getInt(StructLayouts.VIDEO_META_HEIGHT);
        int planeCount = cursor.getInt(StructLayouts.VIDEO_META_N_PLANES);
        int expectedPlanes = capsPlanes == null ? VideoLayout.PLANES : capsPlanes.packing().planes;
        if (width != capsLayout.width() || height != capsLayout.height() || planeCount != expectedPlanes) {
            throw new FrameLayoutException("the buffer's video meta describes a " + width + "x" + height + " frame in "
                    + planeCount + " planes, but the caps say " + capsLayout.width() + "x" + capsLayout.height()
                    + " " + (capsPlanes == null ? "NV12" : capsPlanes.packing()) + " (" + expectedPlanes
                    + " planes)");
        }
        readPlanes(StructLayouts.VIDEO_META_OFFSET, StructLayouts.VIDEO_META_STRIDE);
        if (capsPlanes != null) {
            metaPlanes = (metaPlanes != null ? metaPlanes : capsPlanes).withPlanes(capsLayout.format(), planeOffsets,
                    planeStrides);
            planes = metaPlanes;
            return metaPlanes.staged();
        }
        VideoLayout base = metaLayout != null ? metaLayout : capsLayout;
        metaLayout = base.withPlanes(planeOffsets[0], planeStrides[0], planeOffsets[1], planeStrides[1]);
        return metaLayout;
    }
}
