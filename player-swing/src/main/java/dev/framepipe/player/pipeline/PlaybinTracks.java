package dev.framepipe.player.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.freedesktop.gstreamer.Caps;
import org.freedesktop.gstreamer.Pad;
import org.freedesktop.gstreamer.Structure;
import org.freedesktop.gstreamer.TagList;
import org.freedesktop.gstreamer.elements.PlayBin;

import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.gst.GstControl;

/**
 * The embedded tracks of a {@code playbin} and which of them plays: its {@code n-video}/{@code n-audio}/{@code n-text}
 * counts, each stream's tags ({@code get-*-tags}), the caps and stream flags of the pad that carries it
 * ({@code get-*-pad}), and the {@code current-audio}/{@code current-text} properties.
 *
 * <p>Classic playbin decodes every audio stream and switches between them with an input selector, so a choice takes
 * effect at once and keeps the position (see docs/architecture.md for the measurements against playbin3). Called on
 * the control thread.
 */
final class PlaybinTracks {
    private final PlayBin playbin;

    PlaybinTracks(PlayBin playbin) {
        this.playbin = playbin;
    }

    /**
     * Lists the embedded tracks: video, then audio, then subtitle.
     *
     * @return the tracks, each indexed within its type as playbin numbers its streams
     */
    List<Track> read() {
        List<Track> tracks = new ArrayList<>();
        for (TrackType type : TrackType.values()) {
            int count = count(type);
            List<Track.Builder> described = new ArrayList<>();
            boolean anyDefault = false;
            for (int index = 0; index < count; index++) {
                Track.Builder track = Track.builder(type, index);
                anyDefault |= describe(type, index, track);
                described.add(track);
            }
            // qtdemux (MP4, MOV) flags no stream as the one to select, so an MP4's only audio track would be listed
            // as not the default although it is what plays by default; with no stream flagged, playbin plays the
            // first, and so does the player (see TrackBook), so the first is the default.
            if (!anyDefault && !described.isEmpty()) {
                described.get(0).defaultTrack(true);
            }
            described.forEach(track -> tracks.add(track.build()));
        }
        return tracks;
    }

    /**
     * Returns the audio stream playbin plays.
     *
     * @return its index, or -1 if none
     */
    int currentAudio() {
        Object value = playbin.get("current-audio");
        return value instanceof Number ? ((Number) value).intValue() : -1;
    }

    /**
     * Switches the audio stream playbin plays. (Subtitle streams are all read, see {@link SubtitleTaps}; the
     * choice among them is the engine's.)
     *
     * @param index the stream's index, checked by the caller
     */
    void selectAudio(int index) {
        playbin.set("current-audio", index);
    }

    private int count(TrackType type) {
        Object value = playbin.get(prefix(type, "n-"));
        return value instanceof Number ? ((Number) value).intValue() : 0;
    }

    /**
     * Fills in what playbin knows of one stream.
     *
     * @return whether the demuxer flagged the stream as the one to select by default
     */
    private boolean describe(TrackType type, int index, Track.Builder track) {
        boolean flaggedDefault = false;
        TagList tags = playbin.emit(TagList.class, prefix(type, "get-") + "-tags", index);
        if (tags != null) {
            try {
                track.language(first(tags, "language-code")).title(first(tags, "title"))
                        .codec(first(tags, type == TrackType.VIDEO ? "video-codec"
                                : type == TrackType.AUDIO ? "audio-codec" : "subtitle-codec"));
            } finally {
                tags.dispose();
            }
        }
        Pad pad = playbin.emit(Pad.class, prefix(type, "get-") + "-pad", index);
        if (pad != null) {
            try {
                flaggedDefault = GstControl.isDefaultStream(pad);
                track.defaultTrack(flaggedDefault);
                readCaps(pad, type, track);
            } finally {
                // gst1-java-core hands out one wrapper per native pad, and SubtitleTaps keeps the text pads'
                // wrappers (they hold its probes) and reads them on streaming threads: disposed here, they made
                // its next tapping throw, on every sink switch.
                if (type != TrackType.SUBTITLE) {
                    pad.dispose();
                }
            }
        }
        return flaggedDefault;
    }

    private static void readCaps(Pad pad, TrackType type, Track.Builder track) {
        Caps caps = pad.getCurrentCaps();
        if (caps == null) {
            return;
        }
        try {
            if (caps.size() == 0) {
                return;
            }
            Structure structure = caps.getStructure(0);
            if (type == TrackType.AUDIO && structure.hasIntField("channels")) {
                track.channels(structure.getInteger("channels"));
            } else if (type == TrackType.VIDEO && structure.hasIntField("width") && structure.hasIntField("height")
                    && structure.getInteger("width") > 0 && structure.getInteger("height") > 0) {
                track.videoSize(new VideoSize(structure.getInteger("width"), structure.getInteger("height")));
            }
        } finally {
            caps.dispose();
        }
    }

    private static String first(TagList tags, String tag) {
        return tags.getValueCount(tag) > 0 ? tags.getString(tag, 0) : null;
    }

    /** "n-audio", "get-audio", ...: playbin names its per-type properties and signals "audio", "video", "text". */
    private static String prefix(TrackType type, String head) {
        switch (type) {
            case VIDEO:
                return head + "video";
            case AUDIO:
                return head + "audio";
            default:
                return head + "text";
        }
    }
}
