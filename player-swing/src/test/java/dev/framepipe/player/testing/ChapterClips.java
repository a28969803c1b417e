package dev.framepipe.player.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.glib.Natives;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * A Matroska clip with chapters, encoded by GStreamer in this process: {@code gst-launch-1.0} cannot give
 * {@code matroskamux} a table of contents, so the pipeline is built here and the TOC set through the muxer's
 * {@code GstTocSetter} interface, as an editing application would.
 */
public final class ChapterClips {
    /** {@code GST_TOC_SCOPE_GLOBAL}. */
    private static final int SCOPE_GLOBAL = 1;
    /** {@code GST_TOC_ENTRY_TYPE_EDITION}. */
    private static final int EDITION = -1;
    /** {@code GST_TOC_ENTRY_TYPE_CHAPTER}. */
    private static final int CHAPTER = 3;
    /** {@code GST_TAG_MERGE_REPLACE_ALL}. */
    private static final int REPLACE_ALL = 1;
    private static final long SECOND = 1_000_000_000L;

    private ChapterClips() {
    }

    /**
     * Matroska, 10 s of 160×90 H.264 at 25 fps, with the chapters "Opening" 0–2 s, "Middle" 2–6 s holding the
     * sub-chapter "Middle, part 2" 4–6 s, and an untitled chapter 6–10 s.
     *
     * @return the clip
     */
    public static synchronized Path chapteredMkv() {
        Path target = TestClips.directory().resolve("chapters.mkv");
        if (Files.exists(target)) {
            return target;
        }
        Path partial = target.resolveSibling("chapters.partial.mkv");
        GStreamerRuntime.ensureInitialized();
        Pipeline pipeline = (Pipeline) Gst.parseLaunch(TestClips.video("smpte", 160, 90, 25, 250)
                + " ! x264enc speed-preset=ultrafast key-int-max=25 ! matroskamux name=mux ! filesink location="
                + partial);
        try {
            setToc(pipeline);
            CompletableFuture<Void> done = new CompletableFuture<>();
            pipeline.getBus().connect((Bus.EOS) source -> done.complete(null));
            pipeline.getBus().connect((Bus.ERROR) (source, code, message) -> done.completeExceptionally(
                    new IllegalStateException("chapter clip: " + message)));
            pipeline.play();
            done.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("chapter clip not written", e);
        } finally {
            pipeline.stop();
            pipeline.dispose();
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void setToc(Pipeline pipeline) {
        Toc gst = Native.load("gstreamer-1.0", Toc.class);
        Pointer toc = gst.gst_toc_new(SCOPE_GLOBAL);
        Pointer edition = gst.gst_toc_entry_new(EDITION, "edition");
        Pointer middle = chapter(gst, "middle", "Middle", 2, 6);
        gst.gst_toc_entry_append_sub_entry(middle, chapter(gst, "middle-2", "Middle, part 2", 4, 6));
        gst.gst_toc_entry_append_sub_entry(edition, chapter(gst, "opening", "Opening", 0, 2));
        gst.gst_toc_entry_append_sub_entry(edition, middle);
        gst.gst_toc_entry_append_sub_entry(edition, chapter(gst, "untitled", null, 6, 10));
        gst.gst_toc_append_entry(toc, edition);
        Pointer mux = gst.gst_bin_get_by_name(Natives.getRawPointer(pipeline), "mux");
        gst.gst_toc_setter_set_toc(mux, toc);
        gst.gst_object_unref(mux);
        gst.gst_mini_object_unref(toc);
    }

    private static Pointer chapter(Toc gst, String uid, String title, int startSeconds, int stopSeconds) {
        Pointer chapter = gst.gst_toc_entry_new(CHAPTER, uid);
        gst.gst_toc_entry_set_start_stop_times(chapter, startSeconds * SECOND, stopSeconds * SECOND);
        if (title != null) {
            Pointer tags = gst.gst_tag_list_new_empty();
            gst.gst_tag_list_add(tags, REPLACE_ALL, "title", title, null);
            gst.gst_toc_entry_set_tags(chapter, tags);
        }
        return chapter;
    }

    /** The GStreamer calls that build a table of contents; entries and tags passed in are taken over. */
    interface Toc extends Library {
        Pointer gst_toc_new(int scope);

        Pointer gst_toc_entry_new(int type, String uid);

        void gst_toc_entry_set_start_stop_times(Pointer entry, long start, long stop);

        void gst_toc_entry_append_sub_entry(Pointer entry, Pointer subEntry);

        void gst_toc_append_entry(Pointer toc, Pointer entry);

        Pointer gst_tag_list_new_empty();

        void gst_tag_list_add(Pointer list, int mode, String tag, Object... values);

        void gst_toc_entry_set_tags(Pointer entry, Pointer tags);

        void gst_toc_setter_set_toc(Pointer setter, Pointer toc);

        Pointer gst_bin_get_by_name(Pointer bin, String name);

        void gst_object_unref(Pointer object);

        void gst_mini_object_unref(Pointer object);
    }
}
