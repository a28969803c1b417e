package dev.framepipe.player.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.glib.GError;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.GstException;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.elements.AppSink;
import org.freedesktop.gstreamer.elements.PlayBin;
import org.freedesktop.gstreamer.elements.PlayFlags;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.StreamOptions;

/**
 * Builds the pipeline for a {@link MediaSource}: a {@code playbin} for files and URIs, or the caller's custom
 * pipeline. Both paths end in {@link #configureVideoSink}, which applies and verifies {@link AppSinkLimits}.
 *
 * <p>Locations are set as the {@code uri} property of playbin, never spliced into a pipeline description, so no file
 * name or URI can inject elements. Runs on the thread that creates the player.
 */
public final class PipelineBuilder {
    private static final String VIDEO_SINK_NAME = "framepipe-video";
    /** The audio sink of a machine with nowhere to play sound ({@link SoundHardware}). */
    static final String SILENT_AUDIO_SINK_NAME = "framepipe-silent-audio";

    private PipelineBuilder() {
    }

    /**
     * Builds the pipeline, in state {@code NULL}.
     *
     * @param source  what to play; URI sources must have passed {@link SourceChecks#check}
     * @param options the player's options
     * @return the pipeline, owned by the caller
     * @throws MediaException ({@link MediaException.Type#INVALID_SOURCE}) if a custom pipeline does not parse or
     *                        has no usable appsink
     */
    public static PlaybackPipeline build(MediaSource source, PlayerOptions options) {
        GStreamerRuntime.ensureInitialized();
        switch (source.getKind()) {
            case URI:
                return playbin(source, options);
            case PIPELINE_DESCRIPTION:
                return custom(parse(source), source, options, true);
            default:
                return custom(source.getPipeline().orElseThrow(), source, options, false);
        }
    }

    private static PlaybackPipeline playbin(MediaSource source, PlayerOptions options) {
        PlayBin playbin = new PlayBin("framepipe-playbin");
        URI uri = source.getUri().orElseThrow();
        StreamOptions streaming = options.getStreaming();
        playbin.set("uri", SourceSetup.uriFor(gstreamerUri(uri), streaming.getTransport()));
        if (!source.getFile().isPresent()) {
            playbin.connect(new SourceSetup(uri, streaming));
        }
        if (options.getDecoderThreads() > 0) {
            playbin.connect(new DecoderThreads(options.getDecoderThreads()));
        }
        AppSink sink = new AppSink(VIDEO_SINK_NAME);
        configureVideoSink(sink, source.describe(), options, AppSinkLimits.PLAYBIN_CAPS);
        playbin.setVideoSink(sink);
        // The queue that buffers network streams, and posts the BUFFERING messages the player stalls on.
        playbin.set("buffer-duration", options.getBufferDuration().toNanos());
        playbin.set("buffer-size", options.getBufferBytes());
        SubtitleTaps subtitles = new SubtitleTaps(playbin);
        if (!options.isClockSync()) {
            // Playbin makes its text sink wait for the clock whatever it is told, which would hold back a run meant
            // to go as fast as the frames decode; such runs (benchmarks, batch jobs) do without subtitles.
            Set<PlayFlags> flags = EnumSet.copyOf(playbin.getFlags());
            flags.remove(PlayFlags.TEXT);
            playbin.setFlags(flags);
        }
        if (options.isAudioEnabled()) {
            options.getAudioSink().ifPresent(description -> {
                try {
                    playbin.setAudioSink(audioSink(description));
                } catch (MediaException e) {
                    playbin.dispose();
                    throw e;
                }
            });
            if (options.getAudioSink().isEmpty() && SoundHardware.isAbsent()) {
                playbin.setAudioSink(defaultAudioSink());
            }
            if (options.isPitchCorrection() && GStreamerRuntime.hasElement("scaletempo")) {
                // Keeps the pitch of voices right when the rate is not 1.0.
                playbin.set("audio-filter", ElementFactory.make("scaletempo", "framepipe-scaletempo"));
            }
        } else {
            Set<PlayFlags> flags = EnumSet.copyOf(playbin.getFlags());
            flags.remove(PlayFlags.AUDIO);
            playbin.setFlags(flags);
            // Without this, playbin still probes the sound system for an audio sink it will never use.
            playbin.setAudioSink(ElementFactory.make("fakesink", "framepipe-no-audio"));
        }
        AppSinkLimits.verify(sink, source.describe(), AppSinkLimits.PLAYBIN_CAPS);
        return new PlaybackPipeline(playbin, sink, playbin, playbin, subtitles, source.getFile().isPresent(), true,
                source.describe());
    }

    /**
     * Makes the sink for the system's default sound output: GStreamer's automatic choice, or, on a machine with
     * nowhere to play sound ({@link SoundHardware}), a silent sink timed by the clock like a sound card, so the
     * picture keeps its pace.
     *
     * @return the sink, owned by the caller until set on a playbin
     */
    static Element defaultAudioSink() {
        if (!SoundHardware.isAbsent()) {
            return ElementFactory.make("autoaudiosink", "framepipe-default-audio");
        }
        Element silent = ElementFactory.make("fakesink", SILENT_AUDIO_SINK_NAME);
        silent.set("sync", true);
        return silent;
    }

    /**
     * Builds an audio sink from its description: a bin whose unlinked sink pad is its input.
     *
     * @param description the sink as {@code gst-launch-1.0} writes it
     * @return the sink, owned by the caller until set on a playbin
     * @throws MediaException if the description does not parse
     */
    static Element audioSink(String description) {
        List<GError> errors = new ArrayList<>();
        Bin sink;
        try {
            sink = Gst.parseBinFromDescription(description, true, errors);
        } catch (GstException e) {
            sink = null;
        }
        if (sink == null || !errors.isEmpty()) {
            throw new MediaException(MediaException.Type.INVALID_SOURCE, description, "The audio sink \""
                    + description + "\" does not parse: " + errors.stream().map(GError::getMessage)
                    .collect(Collectors.joining("; ")) + ".", true, null);
        }
        return sink;
    }

    /**
     * Returns the URI text handed to GStreamer: ASCII only, and for local files always the {@code file:///} form
     * GStreamer's file source expects (Java's {@code File.toURI()} produces {@code file:/}).
     */
    static String gstreamerUri(URI uri) {
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            try {
                return Path.of(uri).toUri().toASCIIString();
            } catch (IllegalArgumentException e) {
                return uri.toASCIIString();
            }
        }
        return uri.toASCIIString();
    }

    private static Pipeline parse(MediaSource source) {
        String description = source.getPipelineDescription().orElseThrow();
        List<GError> errors = new ArrayList<>();
        Element parsed;
        try {
            parsed = Gst.parseLaunch(description, errors);
        } catch (GstException e) {
            throw invalid(source, "does not parse: " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            parsed.dispose();
            throw invalid(source, "does not parse: " + errors.stream().map(GError::getMessage)
                    .collect(Collectors.joining("; ")), null);
        }
        if (parsed instanceof Pipeline) {
            return (Pipeline) parsed;
        }
        Pipeline pipeline = new Pipeline("framepipe-custom");
        pipeline.add(parsed);
        return pipeline;
    }

    private static PlaybackPipeline custom(Pipeline pipeline, MediaSource source, PlayerOptions options,
                                           boolean owned) {
        try {
            AppSink sink = findVideoSink(pipeline, source);
            configureVideoSink(sink, source.describe(), options, AppSinkLimits.CAPS);
            AppSinkLimits.verify(sink, source.describe());
            return new PlaybackPipeline(pipeline, sink, findVolumeControl(pipeline), null, null, false, owned,
                    source.describe());
        } catch (MediaException e) {
            if (owned) {
                pipeline.dispose();
            }
            throw e;
        }
    }

    private static AppSink findVideoSink(Pipeline pipeline, MediaSource source) {
        List<Element> elements = pipeline.getElementsRecursive();
        List<AppSink> appSinks = elements.stream().filter(AppSink.class::isInstance).map(AppSink.class::cast)
                .collect(Collectors.toList());
        String names = appSinks.stream().map(Element::getName).collect(Collectors.joining(", "));
        String wanted = source.getAppSinkName().orElse(null);
        if (wanted != null) {
            for (Element element : elements) {
                if (wanted.equals(element.getName())) {
                    if (element instanceof AppSink) {
                        return (AppSink) element;
                    }
                    throw invalid(source, "has an element named '" + wanted + "', but it is a "
                            + element.getTypeName() + ", not an appsink", null);
                }
            }
            throw invalid(source, "has no appsink named '" + wanted + "'"
                    + (appSinks.isEmpty() ? "" : " (its appsinks: " + names + ")"), null);
        }
        if (appSinks.isEmpty()) {
            throw invalid(source, "has no appsink; end the video branch with \"... ! videoconvert ! appsink\"", null);
        }
        if (appSinks.size() > 1) {
            throw invalid(source, "has " + appSinks.size() + " appsinks (" + names + "); name the one that "
                    + "receives the video with MediaSource.ofPipeline(description, name)", null);
        }
        return appSinks.get(0);
    }

    private static Element findVolumeControl(Pipeline pipeline) {
        for (Element element : pipeline.getElementsRecursive()) {
            List<String> properties = element.listPropertyNames();
            if (properties.contains("volume") && properties.contains("mute")) {
                return element;
            }
        }
        return null;
    }

    /**
     * Prepares the appsink that feeds the frame thread: the shared limits (with the caps allowed: NV12 for custom
     * pipelines, the decoders' formats too for playbin), and clock synchronisation as the options say. Signals stay
     * off: the frame thread pulls.
     */
    private static void configureVideoSink(AppSink sink, String input, PlayerOptions options, String caps) {
        AppSinkLimits.apply(sink, input, caps);
        sink.set("emit-signals", false);
        sink.set("sync", options.isClockSync());
    }

    private static MediaException invalid(MediaSource source, String reason, Throwable cause) {
        return new MediaException(MediaException.Type.INVALID_SOURCE, source.describe(),
                "The custom " + source.describe() + " " + reason + ".", true, cause);
    }
}
