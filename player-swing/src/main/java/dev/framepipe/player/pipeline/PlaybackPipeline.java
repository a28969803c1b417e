package dev.framepipe.player.pipeline;

import java.util.Optional;

import org.freedesktop.gstreamer.Caps;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Pad;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Structure;
import org.freedesktop.gstreamer.elements.AppSink;
import org.freedesktop.gstreamer.elements.PlayBin;
import org.freedesktop.gstreamer.elements.PlayFlags;
import org.freedesktop.gstreamer.glib.Natives;

import com.sun.jna.Pointer;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.FrameLayoutException;
import dev.framepipe.player.frame.VideoFormat;
import dev.framepipe.player.gst.NativeFrameReader;

/**
 * A built pipeline ready to play: the pipeline, its video appsink (limits applied and verified), and the element
 * that controls volume, if any.
 *
 * <p>Ownership: a pipeline the builders created is owned and released by {@link #release()}; a pipeline the
 * caller passed in stays the caller's ({@link #release()} leaves it alone). Either way the player sets it to
 * {@code NULL} first. Used on the player's control thread.
 */
public final class PlaybackPipeline {
    private final Pipeline pipeline;
    private final AppSink appSink;
    private final Element volumeControl;
    private final boolean playbin;
    private final boolean localFile;
    private final boolean owned;
    private final String input;
    private final SubtitleTaps subtitles;
    private final PlaybinTracks tracks;
    private boolean released;

    /**
     * Wraps a built pipeline.
     *
     * @param pipeline      the pipeline
     * @param appSink       its video appsink, limits applied
     * @param volumeControl the element with volume and mute, or {@code null}
     * @param playbin       the builder's playbin (its tracks are read and chosen), as opposed to a custom pipeline
     * @param subtitles     the playbin's subtitle taps, or {@code null}
     * @param localFile     whether the input is a local file
     * @param owned         whether {@link #release()} disposes the pipeline
     * @param input         the input as users know it
     */
    PlaybackPipeline(Pipeline pipeline, AppSink appSink, Element volumeControl, PlayBin playbin, SubtitleTaps subtitles,
                     boolean localFile, boolean owned, String input) {
        this.pipeline = pipeline;
        this.playbin = playbin != null;
        this.subtitles = subtitles;
        this.tracks = playbin != null ? new PlaybinTracks(playbin) : null;
        this.appSink = appSink;
        this.volumeControl = volumeControl;
        this.localFile = localFile;
        this.owned = owned;
        this.input = input;
        LiveResources.PIPELINES.acquired();
    }

    /**
     * Returns the pipeline.
     *
     * @return the pipeline
     */
    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Returns the appsink that receives the video.
     *
     * @return the appsink
     */
    public AppSink appSink() {
        return appSink;
    }

    /**
     * Returns the element with {@code volume} and {@code mute} properties.
     *
     * @return the element, or empty if the pipeline has none
     */
    public Optional<Element> volumeControl() {
        return Optional.ofNullable(volumeControl);
    }

    /**
     * Returns what takes the subtitle text to Java.
     *
     * @return the taps of a playbin; empty for custom pipelines
     */
    Optional<SubtitleTaps> subtitles() {
        return Optional.ofNullable(subtitles);
    }

    /**
     * Returns the reader of the embedded tracks.
     *
     * @return the tracks of a playbin; empty for custom pipelines
     */
    Optional<PlaybinTracks> tracks() {
        return Optional.ofNullable(tracks);
    }

    /**
     * Returns the input this pipeline plays, as users know it.
     *
     * @return the description used in messages
     */
    public String input() {
        return input;
    }

    /**
     * Tells whether this is a {@code playbin} for a file or URI (rather than a custom pipeline).
     *
     * @return {@code true} for playbin
     */
    public boolean isPlaybin() {
        return playbin;
    }

    /**
     * Tells whether the input is a local file (a playbin over a {@code file:} URI).
     *
     * @return {@code true} for local files
     */
    public boolean isLocalFile() {
        return localFile;
    }

    /**
     * Tells whether the media has video: playbin's count of video streams, or whether a custom pipeline's appsink
     * negotiated caps. Meaningful once the pipeline has prerolled.
     *
     * @return {@code true} if there is video
     */
    public boolean hasVideo() {
        if (playbin) {
            return streamCount("n-video") > 0;
        }
        Pad pad = appSink.getStaticPad("sink");
        return pad != null && pad.hasCurrentCaps();
    }

    /**
     * Returns the format of the video: as the appsink negotiated it, or, while a native sink takes the frames, as
     * the decoder delivers it. Known once the pipeline has prerolled.
     *
     * @return the format, or empty if there is no video or nothing negotiated yet
     */
    public Optional<VideoFormat> negotiatedFormat() {
        Optional<VideoFormat> format = formatOf(appSink.getStaticPad("sink"));
        return format.isPresent() || !playbin ? format : formatOf(pipeline.emit(Pad.class, "get-video-pad", 0));
    }

    private static Optional<VideoFormat> formatOf(Pad pad) {
        Caps caps = pad == null ? null : pad.getCurrentCaps();
        if (caps == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(NativeFrameReader.formatOfCaps(Pointer.nativeValue(Natives.getRawPointer(caps))));
        } catch (FrameLayoutException e) {
            return Optional.empty();
        } finally {
            caps.dispose();
        }
    }

    /**
     * Tells whether the media has audio: playbin's count of audio streams, or whether a custom pipeline contains an
     * audio sink. Meaningful once the pipeline has prerolled.
     *
     * @return {@code true} if there is audio
     */
    public boolean hasAudio() {
        if (playbin) {
            return streamCount("n-audio") > 0;
        }
        for (Element element : pipeline.getElementsRecursive()) {
            ElementFactory factory = element.getFactory();
            String klass = factory == null ? "" : factory.getKlass();
            if (klass.contains("Sink") && klass.contains("Audio")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a playbin found nothing it will play: no video stream, and no audio stream it plays (there is
     * none, or the player has audio switched off). No sink then receives data, so none can post end of stream; the
     * demuxer usually fails with an unlinked stream, but once posted nothing at all. Meaningful once the streams are
     * known: after preroll, or when a streaming error is posted.
     *
     * @return {@code true} if a playbin has nothing to play; always {@code false} for custom pipelines
     */
    public boolean playsNothing() {
        return playbin && !hasVideo() && !(((PlayBin) pipeline).getFlags().contains(PlayFlags.AUDIO) && hasAudio());
    }

    /**
     * Describes the first audio stream's decoded format, for a playbin that has one.
     *
     * @return for instance {@code "48000 Hz, stereo"}, or empty (custom pipeline, no audio, not negotiated yet)
     */
    public Optional<String> audioFormat() {
        if (!playbin || streamCount("n-audio") == 0) {
            return Optional.empty();
        }
        Pad pad = ((PlayBin) pipeline).getAudioPad(0);
        if (pad == null) {
            return Optional.empty();
        }
        try {
            Caps caps = pad.getCurrentCaps();
            if (caps == null || caps.size() == 0) {
                return Optional.empty();
            }
            try {
                Structure audio = caps.getStructure(0);
                if (!audio.hasIntField("rate") || !audio.hasIntField("channels")) {
                    return Optional.empty();
                }
                int channels = audio.getInteger("channels");
                String layout = channels == 1 ? "mono" : channels == 2 ? "stereo" : channels + " channels";
                return Optional.of(audio.getInteger("rate") + " Hz, " + layout);
            } finally {
                caps.dispose();
            }
        } finally {
            pad.dispose();
        }
    }

    private int streamCount(String property) {
        Object value = pipeline.get(property);
        return value instanceof Number ? ((Number) value).intValue() : 0;
    }

    /**
     * Drops this object's references to the GStreamer objects; disposes the pipeline if the builders created it.
     * Call after the pipeline was set to {@code NULL}. Idempotent.
     */
    public void release() {
        if (released) {
            return;
        }
        released = true;
        if (owned) {
            appSink.dispose();
            if (subtitles != null) {
                subtitles.release();
                subtitles.sink().dispose();
            }
            if (volumeControl != null && volumeControl != pipeline) {
                volumeControl.dispose();
            }
            pipeline.dispose();
        }
        LiveResources.PIPELINES.released();
    }
}
