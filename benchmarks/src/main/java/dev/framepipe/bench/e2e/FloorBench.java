package dev.framepipe.bench.e2e;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Structure;
import org.freedesktop.gstreamer.elements.PlayBin;

/**
 * The floor: GStreamer decoding the clip in real time into a {@code fakesink}, nothing shown. With the argument
 * {@code nv12} after the clip's length, decoded frames are also converted to NV12 first, as Framepipe's pipeline
 * does before its appsink.
 */
public final class FloorBench extends BenchPlayer {
    private final boolean nv12;
    private PlayBin playbin;
    private Element sink;

    private FloorBench(boolean nv12) {
        this.nv12 = nv12;
    }

    /**
     * Runs the floor.
     *
     * @param args the clip, its length in milliseconds, and optionally {@code nv12}
     * @throws Exception if GStreamer fails
     */
    public static void main(String[] args) throws Exception {
        new FloorBench(args.length > 2 && "nv12".equals(args[2])).run(args);
    }

    @Override
    String name() {
        return nv12 ? "floor-nv12" : "floor";
    }

    @Override
    void open(String media) {
        Path clip = Paths.get(media);
        GstPlayers.init();
        Element videoSink;
        if (nv12) {
            Bin bin = Gst.parseBinFromDescription("videoconvert ! video/x-raw,format=NV12 ! fakesink name=floor "
                    + "sync=true", true);
            sink = bin.getElementByName("floor");
            videoSink = bin;
        } else {
            sink = ElementFactory.make("fakesink", "floor");
            sink.set("sync", true);
            videoSink = sink;
        }
        playbin = GstPlayers.playbin(clip, videoSink, this::clipEnded);
    }

    @Override
    void play() {
        playbin.play();
    }

    @Override
    long shown() {
        return statistic("rendered");
    }

    @Override
    long dropped() {
        return statistic("dropped");
    }

    /** A base sink's statistics: frames rendered (here: reached the sink in time) and dropped (late). */
    private long statistic(String name) {
        Object stats = sink.get("stats");
        return stats instanceof Structure ? ((Number) ((Structure) stats).getValue(name)).longValue() : -1;
    }

    @Override
    void close() {
        playbin.stop();
        playbin.dispose();
    }
}
