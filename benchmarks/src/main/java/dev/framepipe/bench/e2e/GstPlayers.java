package dev.framepipe.bench.e2e;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Version;
import org.freedesktop.gstreamer.elements.PlayBin;
import org.freedesktop.gstreamer.elements.PlayFlags;

/** A playbin for the players built on GStreamer directly: video only, like Framepipe's with audio off. */
final class GstPlayers {
    private GstPlayers() {
    }

    /** Starts GStreamer; call before making any element. */
    static void init() {
        Gst.init(Version.of(1, 16), "framepipe-bench");
    }

    /**
     * Makes a playbin that plays a clip's video into a sink and reports the end of the clip.
     *
     * @param clip       the clip
     * @param videoSink  the video sink
     * @param onFinished called at the end of the clip, on a GStreamer thread
     * @return the playbin, paused
     */
    static PlayBin playbin(Path clip, Element videoSink, Runnable onFinished) {
        PlayBin playbin = new PlayBin("bench");
        playbin.setURI(clip.toUri());
        Set<PlayFlags> flags = EnumSet.copyOf(playbin.getFlags());
        flags.remove(PlayFlags.AUDIO);
        playbin.setFlags(flags);
        playbin.setAudioSink(ElementFactory.make("fakesink", "no-audio"));
        playbin.setVideoSink(videoSink);
        playbin.getBus().connect((Bus.EOS) source -> onFinished.run());
        playbin.getBus().connect((Bus.ERROR) (source, code, message) -> {
            System.out.println("ERROR " + message);
            onFinished.run();
        });
        playbin.pause();
        playbin.getState();
        return playbin;
    }
}
