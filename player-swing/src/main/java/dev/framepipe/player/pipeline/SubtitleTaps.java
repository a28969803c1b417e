package dev.framepipe.player.pipeline;

import java.util.HashMap;
import java.util.Map;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Pad;
import org.freedesktop.gstreamer.PadProbeReturn;
import org.freedesktop.gstreamer.elements.PlayBin;
import org.freedesktop.gstreamer.glib.Natives;

import com.sun.jna.Pointer;

import dev.framepipe.player.Caption;
import dev.framepipe.player.gst.TextBufferReader;
import dev.framepipe.player.subtitle.MarkupText;

/**
 * Takes the subtitle text of a playbin to Java, for every subtitle track at once, so captions are drawn by Swing and
 * switching tracks is instant.
 *
 * <p>Playbin feeds its subtitle streams into a stream combiner (an {@code input-selector}) that passes only the chosen
 * one on. A buffer probe on each of the combiner's inputs ({@code get-text-pad}) reads every cue of every track as the
 * demuxer delivers it, usually seconds ahead of its time; the engine keeps them per track and shows each when the
 * frame on screen reaches it, so choosing a track shows its current cue at once. Two measured facts shape this:
 * <ul>
 *   <li>Playbin's own selector synchronises its inputs: an input that is not chosen holds its first cue until the
 *       chosen one catches up, and its later cues never reach the selector (an 8-s clip delivered one cue of the
 *       track not chosen, of three). This class gives playbin a selector with {@code sync-streams=false}
 *       ({@code text-stream-combiner}), which drops the cues of inputs not chosen at once, so all of them flow.</li>
 *   <li>Choosing the track in playbin ({@code current-text}) instead lost cues: a sparse track's cues pass the
 *       selector long before they are shown, so the newly chosen track had nothing left until its next cue.</li>
 * </ul>
 * The text sink is a {@code fakesink}: playbin needs a text sink, or it draws the text into the frames itself.
 *
 * <p>Threading: thread-safe; cues are read on GStreamer's streaming threads and handed to the receiver there. Ownership: playbin owns the sink once set; the probes live as long as the pads.
 */
final class SubtitleTaps {
    /** Receives the cues. */
    @FunctionalInterface
    interface Receiver {
        /**
         * A cue of one subtitle track.
         *
         * @param track the track's index, as playbin numbers its text streams
         * @param cue   the cue
         */
        void cue(int track, Caption cue);
    }

    private final PlayBin playbin;
    private final Element sink;
    private final Map<Integer, Pad> tapped = new HashMap<>();
    private volatile Receiver receiver;

    /**
     * Creates the text sink and sets it on the playbin.
     *
     * @param playbin the playbin
     */
    SubtitleTaps(PlayBin playbin) {
        this.playbin = playbin;
        this.sink = ElementFactory.make("fakesink", "framepipe-text");
        sink.set("sync", false);
        sink.set("async", false);
        playbin.setTextSink(sink);
        Element combiner = ElementFactory.make("input-selector", "framepipe-text-selector");
        combiner.set("sync-streams", false);
        playbin.set("text-stream-combiner", combiner);
    }

    /**
     * Returns the text sink.
     *
     * @return the fakesink playbin sends the chosen track to
     */
    Element sink() {
        return sink;
    }

    /**
     * Starts handing cues to a receiver; call {@link #tapNewPads} when the streams are known.
     *
     * @param to the receiver
     */
    void start(Receiver to) {
        this.receiver = to;
    }

    /**
     * Taps the inputs of subtitle streams not tapped yet. Called when playbin says its text streams changed, on the
     * streaming thread that links them, before any of their data flows, so no cue is missed.
     */
    synchronized void tapNewPads() {
        Object count = playbin.get("n-text");
        int streams = count instanceof Number ? ((Number) count).intValue() : 0;
        for (int track = 0; track < streams; track++) {
            Pad pad = playbin.emit(Pad.class, "get-text-pad", track);
            if (pad == null) {
                continue;
            }
            Pad known = tapped.get(track);
            // gst1-java-core hands out one wrapper per native pad, so the same pad comes back as the same object,
            // which must not be disposed: it holds the probe.
            if (known != null && Natives.getRawPointer(known).equals(Natives.getRawPointer(pad))) {
                continue;
            }
            tap(track, pad);
        }
    }

    /** Lets go of the tapped pads; call after the pipeline went to NULL. */
    synchronized void release() {
        tapped.values().forEach(Pad::dispose);
        tapped.clear();
    }

    private void tap(int track, Pad pad) {
        tapped.put(track, pad);
        long padAddress = Pointer.nativeValue(Natives.getRawPointer(pad));
        TextBufferReader.Receiver reader = (text, start, duration) -> {
            Receiver to = receiver;
            if (to != null) {
                to.cue(track, new Caption(MarkupText.escapeLoneAmpersands(text), start,
                        duration > 0 ? start + duration : Long.MAX_VALUE, Caption.Placement.BOTTOM));
            }
        };
        pad.addDataProbe((probed, buffer) -> {
            TextBufferReader.read(padAddress, Pointer.nativeValue(Natives.getRawPointer(buffer)), reader);
            return PadProbeReturn.OK;
        });
    }
}
