package dev.framepipe.player.gst;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * Byte offsets of the GStreamer struct fields the frame path reads, computed by JNA from declarations that mirror
 * the C headers (gst/gstmemory.h, gst/gstminiobject.h, gst/gstbuffer.h, gst/gstmessage.h, gst/gstmeta.h,
 * video/gstvideometa.h,
 * video/video-info.h, GStreamer 1.16 and later) instead of being typed in by hand. {@code gsize} and
 * {@code GstClockTime} are declared {@code long}: only 64-bit platforms are supported ({@link GstLibraries}).
 *
 * <p>{@code StructLayoutsTest} pins the results to the values measured on x86-64 with GStreamer 1.22.
 */
final class StructLayouts {
    static final int MAP_INFO_SIZE;
    static final int MAP_INFO_DATA;
    static final int MAP_INFO_SIZE_FIELD;

    static final int MINI_OBJECT_TYPE;
    static final int BUFFER_PTS;
    static final int BUFFER_DURATION;
    static final int MESSAGE_SRC;

    static final int SEGMENT_RATE;
    static final int SEGMENT_BASE;
    static final int SEGMENT_START;

    static final int VIDEO_META_WIDTH;
    static final int VIDEO_META_HEIGHT;
    static final int VIDEO_META_N_PLANES;
    static final int VIDEO_META_OFFSET;
    static final int VIDEO_META_STRIDE;
    static final int VIDEO_META_SIZE;

    static final int VIDEO_INFO_FINFO;
    static final int VIDEO_INFO_WIDTH;
    static final int VIDEO_INFO_HEIGHT;
    static final int VIDEO_INFO_COLOR_RANGE;
    static final int VIDEO_INFO_COLOR_MATRIX;
    static final int VIDEO_INFO_PAR_N;
    static final int VIDEO_INFO_PAR_D;
    static final int VIDEO_INFO_FPS_N;
    static final int VIDEO_INFO_FPS_D;
    static final int VIDEO_INFO_OFFSET;
    static final int VIDEO_INFO_STRIDE;

    /** {@code offset[]} entries are {@code gsize}, {@code stride[]} entries {@code gint}. */
    static final int OFFSET_ENTRY_BYTES = 8;
    static final int STRIDE_ENTRY_BYTES = 4;

    static {
        MapInfo mapInfo = new MapInfo();
        MAP_INFO_SIZE = mapInfo.size();
        MAP_INFO_DATA = mapInfo.offsetOf("data");
        MAP_INFO_SIZE_FIELD = mapInfo.offsetOf("size");

        MINI_OBJECT_TYPE = new MiniObject().offsetOf("type");
        BUFFER_PTS = new Buffer().offsetOf("pts");
        BUFFER_DURATION = new Buffer().offsetOf("duration");
        MESSAGE_SRC = new Message().offsetOf("src");

        Segment segment = new Segment();
        SEGMENT_RATE = segment.offsetOf("rate");
        SEGMENT_BASE = segment.offsetOf("base");
        SEGMENT_START = segment.offsetOf("start");

        VideoMeta meta = new VideoMeta();
        VIDEO_META_WIDTH = meta.offsetOf("width");
        VIDEO_META_HEIGHT = meta.offsetOf("height");
        VIDEO_META_N_PLANES = meta.offsetOf("n_planes");
        VIDEO_META_OFFSET = meta.offsetOf("offset");
        VIDEO_META_STRIDE = meta.offsetOf("stride");
        VIDEO_META_SIZE = meta.size();

        VideoInfo info = new VideoInfo();
        VIDEO_INFO_FINFO = info.offsetOf("finfo");
        VIDEO_INFO_WIDTH = info.offsetOf("width");
        VIDEO_INFO_HEIGHT = info.offsetOf("height");
        VIDEO_INFO_COLOR_RANGE = info.offsetOf("colorimetry_range");
        VIDEO_INFO_COLOR_MATRIX = info.offsetOf("colorimetry_matrix");
        VIDEO_INFO_PAR_N = info.offsetOf("par_n");
        VIDEO_INFO_PAR_D = info.offsetOf("par_d");
        VIDEO_INFO_FPS_N = info.offsetOf("fps_n");
        VIDEO_INFO_FPS_D = info.offsetOf("fps_d");
        VIDEO_INFO_OFFSET = info.offsetOf("offset");
        VIDEO_INFO_STRIDE = info.offsetOf("stride");
    }

    private StructLayouts() {
    }

    /** Base for the mirrors below: exposes JNA's computed field offsets. */
    public abstract static class Mirror extends Structure {
        int offsetOf(String field) {
            return fieldOffset(field);
        }
    }

    /** {@code GstMapInfo}. */
    @Structure.FieldOrder({"memory", "flags", "data", "size", "maxsize", "user_data", "_gst_reserved"})
    public static final class MapInfo extends Mirror {
        public Pointer memory;
        public int flags;
        public Pointer data;
        public long size;
        public long maxsize;
        public Pointer[] user_data = new Pointer[4];
        public Pointer[] _gst_reserved = new Pointer[4];
    }

    /** {@code GstMiniObject}, the start of buffers, messages, samples and caps. */
    @Structure.FieldOrder({"type", "refcount", "lockstate", "flags", "copy", "dispose", "free", "priv_uint",
            "priv_pointer"})
    public static final class MiniObject extends Mirror {
        public long type;
        public int refcount;
        public int lockstate;
        public int flags;
        public Pointer copy;
        public Pointer dispose;
        public Pointer free;
        public int priv_uint;
        public Pointer priv_pointer;
    }

    /** {@code GstBuffer}. */
    @Structure.FieldOrder({"mini_object", "pool", "pts", "dts", "duration", "offset", "offset_end"})
    public static final class Buffer extends Mirror {
        public MiniObject mini_object;
        public Pointer pool;
        public long pts;
        public long dts;
        public long duration;
        public long offset;
        public long offset_end;
    }

    /** {@code GstMessage} up to its source. */
    @Structure.FieldOrder({"mini_object", "message_type", "timestamp", "src"})
    public static final class Message extends Mirror {
        public MiniObject mini_object;
        public int message_type;
        public long timestamp;
        public Pointer src;
    }

    /** {@code GstSegment}. */
    @Structure.FieldOrder({"flags", "rate", "applied_rate", "format", "base", "offset", "start", "stop", "time",
            "position", "duration"})
    public static final class Segment extends Mirror {
        public int flags;
        public double rate;
        public double applied_rate;
        public int format;
        public long base;
        public long offset;
        public long start;
        public long stop;
        public long time;
        public long position;
        public long duration;
    }

    /** {@code GstVideoMeta}, which starts with a {@code GstMeta}. */
    @Structure.FieldOrder({"meta_flags", "meta_info", "buffer", "flags", "format", "id", "width", "height",
            "n_planes", "offset", "stride", "map", "unmap"})
    public static final class VideoMeta extends Mirror {
        public int meta_flags;
        public Pointer meta_info;
        public Pointer buffer;
        public int flags;
        public int format;
        public int id;
        public int width;
        public int height;
        public int n_planes;
        public long[] offset = new long[4];
        public int[] stride = new int[4];
        public Pointer map;
        public Pointer unmap;
    }

    /** {@code GstVideoInfo} up to its plane arrays (it is allocated by GStreamer, so its full size is not needed). */
    @Structure.FieldOrder({"finfo", "interlace_mode", "flags", "width", "height", "size", "views", "chroma_site",
            "colorimetry_range", "colorimetry_matrix", "colorimetry_transfer", "colorimetry_primaries", "par_n",
            "par_d", "fps_n", "fps_d", "offset", "stride"})
    public static final class VideoInfo extends Mirror {
        public Pointer finfo;
        public int interlace_mode;
        public int flags;
        public int width;
        public int height;
        public long size;
        public int views;
        public int chroma_site;
        public int colorimetry_range;
        public int colorimetry_matrix;
        public int colorimetry_transfer;
        public int colorimetry_primaries;
        public int par_n;
        public int par_d;
        public int fps_n;
        public int fps_d;
        public long[] offset = new long[4];
        public int[] stride = new int[4];
    }
}
