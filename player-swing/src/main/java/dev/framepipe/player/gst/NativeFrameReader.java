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
 * size, and copies planes out in one bulk copy each.
 *
 * <p>Audit points: reads of GStreamer structs use offsets computed by {@link StructLayouts}; reads of frame memory
 * happen only in {@link #copyPlane}, after {@link VideoLayout#checkFits(long)} passed for this buffer and only inside
 * {@code [offset, offset + planeSpan)}, which lies inside the mapped size. Nothing is read after {@link #unmap()}.
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
     * @throws FrameLayoutException if the caps are not NV12 or the layout does not fit the buffer (nothing is mapped)
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
            frameLayout.checkFits(size);
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
        if (offset < 0 || offset + span > size) {
            throw new FrameLayoutException("plane " + plane + " [" + offset + ", " + (offset + span)
                    + ") lies outside the mapped " + size + " bytes");
        }
        cursor.moveTo(data);
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
        releaseCaps();
        VideoLayout read = readCapsLayout(caps);
        capsRef = GstCore.gst_mini_object_ref(caps);
        capsLayout = read;
        metaLayout = null;
        return true;
    }

    private void releaseCaps() {
        if (capsRef != 0) {
            GstCore.gst_mini_object_unref(capsRef);
            capsRef = 0;
            capsLayout = null;
            metaLayout = null;
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
        if (pixelFormat != GstVideo.FORMAT_NV12) {
            throw new FrameLayoutException("the frame is in GstVideoFormat " + pixelFormat + ", not NV12");
        }
        return VideoLayout.nv12(format, yOffset, yStride, uvOffset, uvStride);
    }

    private VideoLayout applyVideoMeta(long buffer) {
        long meta = GstCore.gst_buffer_get_meta(buffer, videoMetaApi);
        if (meta == 0) {
            return capsLayout;
        }
        cursor.moveTo(meta);
        int width = cursor.getInt(StructLayouts.VIDEO_META_WIDTH);
        int height = cursor.getInt(StructLayouts.VIDEO_META_HEIGHT);
        int planes = cursor.getInt(StructLayouts.VIDEO_META_N_PLANES);
        if (width != capsLayout.width() || height != capsLayout.height() || planes != VideoLayout.PLANES) {
            throw new FrameLayoutException("the buffer's video meta describes a " + width + "x" + height + " frame in "
                    + planes + " planes, but the caps say " + capsLayout.width() + "x" + capsLayout.height()
                    + " NV12 (2 planes)");
        }
        VideoLayout base = metaLayout != null ? metaLayout : capsLayout;
        metaLayout = base.withPlanes(
                cursor.getLong(StructLayouts.VIDEO_META_OFFSET),
                cursor.getInt(StructLayouts.VIDEO_META_STRIDE),
                cursor.getLong(StructLayouts.VIDEO_META_OFFSET + StructLayouts.OFFSET_ENTRY_BYTES),
                cursor.getInt(StructLayouts.VIDEO_META_STRIDE + StructLayouts.STRIDE_ENTRY_BYTES));
        return metaLayout;
    }
}
