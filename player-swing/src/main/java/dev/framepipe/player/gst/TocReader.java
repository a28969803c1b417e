package dev.framepipe.player.gst;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Reads the chapters out of a TOC message ({@code GST_MESSAGE_TOC}), which a sink posts when the table of contents a
 * demuxer found (Matroska chapters) reaches it.
 *
 * <p>Audit points: no native memory is read directly. The TOC is taken with {@code gst_message_parse_toc} (transfer
 * full, released before returning); its entry lists are walked with {@code g_list_length} and
 * {@code g_list_nth_data}, never through the {@code GList} struct; times come from
 * {@code gst_toc_entry_get_start_stop_times}; a title is copied by {@code gst_tag_list_get_string} and freed. At most
 * {@link #MAX_CHAPTERS} chapters and {@link #MAX_DEPTH} levels of nesting are read, so a hostile file cannot make the
 * walk unbounded. Stateless; any thread.
 */
public final class TocReader {
    /** The most chapters read from one TOC; real media has tens. */
    public static final int MAX_CHAPTERS = 1000;
    /** The deepest nesting followed: editions hold chapters, which may hold sub-chapters. */
    static final int MAX_DEPTH = 8;
    /** {@code GST_TOC_ENTRY_TYPE_CHAPTER}. */
    private static final int ENTRY_CHAPTER = 3;

    private static final Api API = GstLibraries.interfaceFor("gstreamer", Api.class);
    private static final GLib GLIB = GstLibraries.interfaceFor("glib", GLib.class);

    private TocReader() {
    }

    /** Receives each chapter found. */
    @FunctionalInterface
    public interface ChapterSink {
        /**
         * One chapter, in the TOC's depth-first order.
         *
         * @param startNanos where it starts, never negative
         * @param stopNanos  where it ends, or -1 if the TOC does not say
         * @param title      its title tag, or {@code null}
         */
        void chapter(long startNanos, long stopNanos, String title);
    }

    /**
     * Reads the chapters of a TOC message: every entry of type chapter with a start time, at any depth, in order.
     *
     * @param message a {@code GstMessage*} of type TOC that the caller holds
     * @param sink    receives each chapter
     * @return how many chapters were passed on
     */
    public static int read(Pointer message, ChapterSink sink) {
        PointerByReference toc = new PointerByReference();
        API.gst_message_parse_toc(message, toc, new IntByReference());
        if (toc.getValue() == null) {
            return 0;
        }
        try {
            return walk(API.gst_toc_get_entries(toc.getValue()), 0, sink, 0);
        } finally {
            GstCore.gst_mini_object_unref(Pointer.nativeValue(toc.getValue()));
        }
    }

    private static int walk(Pointer entries, int depth, ChapterSink sink, int found) {
        int count = entries == null ? 0 : GLIB.g_list_length(entries);
        int total = found;
        for (int i = 0; i < count && total < MAX_CHAPTERS; i++) {
            Pointer entry = GLIB.g_list_nth_data(entries, i);
            if (entry == null) {
                continue;
            }
            if (API.gst_toc_entry_get_entry_type(entry) == ENTRY_CHAPTER) {
                total += readChapter(entry, sink);
            }
            if (depth + 1 < MAX_DEPTH) {
                total = walk(API.gst_toc_entry_get_sub_entries(entry), depth + 1, sink, total);
            }
        }
        return total;
    }

    private static int readChapter(Pointer entry, ChapterSink sink) {
        LongByReference start = new LongByReference(-1);
        LongByReference stop = new LongByReference(-1);
        if (API.gst_toc_entry_get_start_stop_times(entry, start, stop) == 0 || start.getValue() < 0) {
            return 0;
        }
        long end = stop.getValue() >= start.getValue() ? stop.getValue() : -1;
        sink.chapter(start.getValue(), end, title(API.gst_toc_entry_get_tags(entry)));
        return 1;
    }

    private static String title(Pointer tags) {
        PointerByReference title = new PointerByReference();
        if (tags == null || API.gst_tag_list_get_string(tags, "title", title) == 0) {
            return null;
        }
        return GstControl.takeString(title.getValue());
    }

    /** libgstreamer-1.0 functions. */
    interface Api extends com.sun.jna.Library {
        void gst_message_parse_toc(Pointer message, PointerByReference toc, IntByReference updated);

        Pointer gst_toc_get_entries(Pointer toc);

        Pointer gst_toc_entry_get_sub_entries(Pointer entry);

        int gst_toc_entry_get_entry_type(Pointer entry);

        int gst_toc_entry_get_start_stop_times(Pointer entry, LongByReference start, LongByReference stop);

        Pointer gst_toc_entry_get_tags(Pointer entry);

        int gst_tag_list_get_string(Pointer list, String tag, PointerByReference value);
    }

    /** libglib-2.0 functions. */
    interface GLib extends com.sun.jna.Library {
        int g_list_length(Pointer list);

        Pointer g_list_nth_data(Pointer list, int n);
    }
}
