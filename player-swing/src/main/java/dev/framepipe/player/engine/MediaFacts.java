package dev.framepipe.player.engine;

import java.time.Duration;
import java.util.Optional;

import dev.framepipe.player.MediaInfo;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.frame.VideoLayout;

/**
 * An immutable snapshot of what is known about the media. The control thread makes a new one when something changes
 * (rarely) and publishes it; {@link MediaInfo} reads the last published one.
 */
final class MediaFacts implements MediaInfo {
    static final MediaFacts UNKNOWN = new MediaFacts(null, null, 1.0, 0, null, false, false, false);

    private final Duration duration;
    private final VideoSize videoSize;
    private final double pixelAspectRatio;
    private final double frameRate;
    private final String colorimetry;
    private final boolean video;
    private final boolean audio;
    private final boolean seekable;

    private MediaFacts(Duration duration, VideoSize videoSize, double pixelAspectRatio, double frameRate,
                       String colorimetry, boolean video, boolean audio, boolean seekable) {
        this.duration = duration;
        this.videoSize = videoSize;
        this.pixelAspectRatio = pixelAspectRatio;
        this.frameRate = frameRate;
        this.colorimetry = colorimetry;
        this.video = video;
        this.audio = audio;
        this.seekable = seekable;
    }

    MediaFacts withDuration(Duration newDuration) {
        return new MediaFacts(newDuration, videoSize, pixelAspectRatio, frameRate, colorimetry, video, audio,
                seekable);
    }

    MediaFacts withStreams(boolean hasVideo, boolean hasAudio, boolean isSeekable) {
        return new MediaFacts(duration, videoSize, pixelAspectRatio, frameRate, colorimetry, hasVideo, hasAudio,
                isSeekable);
    }

    MediaFacts withLayout(VideoLayout layout) {
        return new MediaFacts(duration, new VideoSize(layout.width(), layout.height()), layout.pixelAspectRatio(),
                layout.frameRate(), layout.colorimetry().toString(), true, audio, seekable);
    }

    @Override
    public Optional<Duration> getDuration() {
        return Optional.ofNullable(duration);
    }

    @Override
    public Optional<VideoSize> getVideoSize() {
        return Optional.ofNullable(videoSize);
    }

    @Override
    public double getPixelAspectRatio() {
        return pixelAspectRatio;
    }

    @Override
    public double getFrameRate() {
        return frameRate;
    }

    @Override
    public Optional<String> getColorimetry() {
        return Optional.ofNullable(colorimetry);
    }

    @Override
    public boolean hasVideo() {
        return video;
    }

    @Override
    public boolean hasAudio() {
        return audio;
    }

    @Override
    public boolean isSeekable() {
        return seekable;
    }

    @Override
    public String toString() {
        return "MediaFacts[duration=" + duration + ", video=" + videoSize + " @" + frameRate + " fps, PAR "
                + pixelAspectRatio + ", " + colorimetry + ", hasVideo=" + video + ", hasAudio=" + audio
                + ", seekable=" + seekable + "]";
    }
}
