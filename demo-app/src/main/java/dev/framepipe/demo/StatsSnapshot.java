package dev.framepipe.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import dev.framepipe.player.MediaInfo;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.swing.RenderStatistics;
import dev.framepipe.player.swing.RendererType;
import dev.framepipe.player.swing.VideoComponent;

/** The playback figures at one moment, as the statistics overlay shows them. Immutable. */
final class StatsSnapshot {
    private static final double NANOS_PER_MILLI = 1e6;
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    private final double framesPerSecond;
    private final long framesRendered;
    private final long framesDropped;
    private final long framesSkipped;
    private final long latencyNanos;
    private final long conversionNanos;
    private final RendererType renderer;
    private final RendererType requestedRenderer;
    private final String video;
    private final long heapUsed;
    private final long heapMax;
    private final OptionalLong resident;

    private StatsSnapshot(double framesPerSecond, VideoComponent component) {
        RenderStatistics render = component.getRenderStatistics();
        MediaPlayer player = component.getMediaPlayer();
        this.framesPerSecond = framesPerSecond;
        this.framesRendered = render.getFramesRendered();
        this.framesDropped = player == null ? 0 : player.statistics().getFramesDropped();
        this.framesSkipped = render.getFramesSkipped();
        this.latencyNanos = render.getLatencyNanos();
        this.conversionNanos = render.getConversionNanos();
        this.renderer = component.getActiveRenderer();
        this.requestedRenderer = component.getRendererType();
        this.video = player == null ? "\u2014" : describeVideo(player.media());
        this.heapUsed = ProcessMemory.heapUsed();
        this.heapMax = ProcessMemory.heapMax();
        this.resident = ProcessMemory.residentBytes();
    }

    /**
     * Reads the figures of a video component and its player.
     *
     * @param component       the component
     * @param framesPerSecond the frame rate measured since the last snapshot
     * @return the snapshot
     */
    static StatsSnapshot of(VideoComponent component, double framesPerSecond) {
        return new StatsSnapshot(framesPerSecond, component);
    }

    private static String describeVideo(MediaInfo media) {
        if (media.getVideoSize().isEmpty()) {
            return "\u2014";
        }
        StringBuilder text = new StringBuilder(Formats.size(media.getVideoSize().get()));
        if (media.getFrameRate() > 0) {
            text.append(" \u00b7 ").append(Formats.frameRate(media.getFrameRate()));
        }
        media.getColorimetry().ifPresent(colours -> text.append(" \u00b7 ").append(colours));
        return text.toString();
    }

    double framesPerSecond() {
        return framesPerSecond;
    }

    long framesRendered() {
        return framesRendered;
    }

    /**
     * Returns the figures as label and value pairs, in the order shown.
     *
     * @return the rows
     */
    List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Frames shown", String.format(Locale.ROOT, "%.1f /s \u00b7 %,d in all", framesPerSecond,
                framesRendered)));
        rows.add(row("Frames dropped", String.format(Locale.ROOT, "%,d in the pipeline \u00b7 %,d on screen",
                framesDropped, framesSkipped)));
        rows.add(row("Latency", millis(latencyNanos) + " decode to screen"));
        rows.add(row("Conversion", millis(conversionNanos) + " per frame"));
        rows.add(row("Renderer", Formats.renderer(renderer) + (requestedRenderer == RendererType.AUTO
                || requestedRenderer == renderer ? "" : " (asked for " + Formats.renderer(requestedRenderer) + ")")));
        rows.add(row("Video", video));
        rows.add(row("Memory", String.format(Locale.ROOT, "heap %.0f of %.0f MB", heapUsed / BYTES_PER_MB,
                heapMax / BYTES_PER_MB) + (resident.isPresent() ? String.format(Locale.ROOT,
                " \u00b7 process %.0f MB", resident.getAsLong() / BYTES_PER_MB) : "")));
        return rows;
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / NANOS_PER_MILLI);
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }
}
