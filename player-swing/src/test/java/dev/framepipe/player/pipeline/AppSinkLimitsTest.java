package dev.framepipe.player.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.freedesktop.gstreamer.Caps;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.elements.AppSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.testing.TestClips;

/** The appsink limits hold in both builders, read back from the real elements, and broken pipelines are refused. */
class AppSinkLimitsTest {
    private static final PlayerOptions OPTIONS = PlayerOptions.defaults();

    private static void assertLimits(AppSink sink) {
        assertLimits(sink, "video/x-raw,format=NV12");
    }

    private static void assertLimits(AppSink sink, String caps) {
        assertThat(sink.get("drop")).isEqualTo(true);
        assertThat(((Number) sink.get("max-buffers")).intValue()).isEqualTo(3);
        assertThat(sink.get("enable-last-sample")).isEqualTo(false);
        assertThat(sink.getCaps().isSubset(Caps.fromString(caps))).isTrue();
    }

    @Test
    void playbinBuilderAppliesTheLimits() {
        PlaybackPipeline built = PipelineBuilder.build(MediaSource.of(TestClips.h264Small()), OPTIONS);
        try {
            assertLimits(built.appSink(), "video/x-raw,format={ (string)I420, (string)YV12, (string)NV12, "
                    + "(string)I420_10LE, (string)P010_10LE }");
            assertThat(built.isPlaybin()).isTrue();
            assertThat(built.pipeline().get("video-sink")).isSameAs(built.appSink());
        } finally {
            built.release();
        }
    }

    /**
     * The decoder's own format reaches the appsink, so playbin's {@code videoconvert} passes frames through: I420 from
     * avdec_h264, I420_10LE from avdec_h265 decoding HEVC Main 10; a PNG's RGB is converted to 8-bit I420, not to a
     * 10-bit format twice its size.
     */
    @ParameterizedTest
    @CsvSource({"h264, I420", "hevc-main10, I420_10LE", "png, I420"})
    void playbinsAppsinkTakesTheDecodersOwnFormatSoNoConversionRuns(String clip, String format) {
        Path media = clip.equals("h264") ? TestClips.h264Small()
                : clip.equals("png") ? TestClips.picture("pngenc") : TestClips.hevcMain10();
        PlaybackPipeline built = PipelineBuilder.build(MediaSource.of(media), OPTIONS.withAudioEnabled(false));
        try {
            built.pipeline().setState(org.freedesktop.gstreamer.State.PAUSED);
            built.pipeline().getState(java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
            Caps negotiated = built.appSink().getStaticPad("sink").getCurrentCaps();
            assertThat(negotiated.getStructure(0).getString("format")).as("the format %s reaches the appsink in", clip)
                    .isEqualTo(format);
        } finally {
            built.pipeline().setState(org.freedesktop.gstreamer.State.NULL);
            built.release();
        }
    }

    @Test
    void customDescriptionBuilderAppliesTheLimits() {
        PlaybackPipeline built = PipelineBuilder.build(MediaSource.ofPipeline(
                "videotestsrc num-buffers=5 ! videoconvert ! appsink name=out"), OPTIONS);
        try {
            assertLimits(built.appSink());
            assertThat(built.appSink().getName()).isEqualTo("out");
        } finally {
            built.release();
        }
    }

    @Test
    void callersPipelineGetsTheLimitsToo() {
        Pipeline own = (Pipeline) Gst.parseLaunch("videotestsrc num-buffers=5 ! videoconvert "
                + "! appsink name=video drop=false max-buffers=0 enable-last-sample=true");
        PlaybackPipeline built = PipelineBuilder.build(MediaSource.ofPipeline(own), OPTIONS);
        try {
            assertLimits(built.appSink());
        } finally {
            built.release();
            own.dispose();
        }
    }

    @Test
    void callersCapsAreNarrowedToNv12NotReplaced() {
        PlaybackPipeline built = PipelineBuilder.build(MediaSource.ofPipeline(
                "videotestsrc num-buffers=5 ! videoconvert ! videoscale ! appsink caps=video/x-raw,width=160"),
                OPTIONS);
        try {
            assertLimits(built.appSink());
            String caps = built.appSink().getCaps().toString();
            assertThat(caps).contains("width=(int)160").contains("NV12");
        } finally {
            built.release();
        }
    }

    @Test
    void refusesAPipelineWithoutAppsink() {
        assertThatThrownBy(() -> PipelineBuilder.build(MediaSource.ofPipeline("videotestsrc ! fakesink"), OPTIONS))
                .isInstanceOf(MediaException.class).hasMessageContaining("has no appsink")
                .hasMessageContaining("videotestsrc ! fakesink")
                .extracting(e -> ((MediaException) e).getType()).isEqualTo(MediaException.Type.INVALID_SOURCE);
    }

    @Test
    void refusesTwoAppsinksWithoutAName() {
        String description = "videotestsrc ! tee name=t t. ! queue ! videoconvert ! appsink name=a "
                + "t. ! queue ! videoconvert ! appsink name=b";
        assertThatThrownBy(() -> PipelineBuilder.build(MediaSource.ofPipeline(description), OPTIONS))
                .isInstanceOf(MediaException.class).hasMessageContaining("has 2 appsinks (")
                .hasMessageContaining("name the one");
        PlaybackPipeline named = PipelineBuilder.build(MediaSource.ofPipeline(description, "b"), OPTIONS);
        try {
            assertThat(named.appSink().getName()).isEqualTo("b");
            assertLimits(named.appSink());
        } finally {
            named.release();
        }
    }

    @Test
    void refusesAMissingOrWrongNamedElement() {
        assertThatThrownBy(() -> PipelineBuilder.build(MediaSource.ofPipeline(
                "videotestsrc ! videoconvert ! appsink name=a", "video"), OPTIONS))
                .hasMessageContaining("has no appsink named 'video' (its appsinks: a)");
        assertThatThrownBy(() -> PipelineBuilder.build(MediaSource.ofPipeline(
                "videotestsrc name=video ! videoconvert ! appsink", "video"), OPTIONS))
                .hasMessageContaining("'video', but it is a GstVideoTestSrc, not an appsink");
    }

    @Test
    void refusesAnAppsinkWhoseCapsExcludeNv12() {
        assertThatThrownBy(() -> PipelineBuilder.build(MediaSource.ofPipeline(
                "videotestsrc ! videoconvert ! appsink caps=video/x-raw,format=RGB"), OPTIONS))
                .isInstanceOf(MediaException.class).hasMessageContaining("exclude NV12")
                .hasMessageContaining("format=(string)RGB");
    }

    @Test
    void refusesADescriptionThatDoesNotParse() {
        for (String broken : List.of("videotestsrc ! ! appsink", "videotestsrc ! nosuchelement ! appsink",
                "videotestsrc pattern=nosuchpattern ! appsink")) {
            assertThatThrownBy(() -> PipelineBuilder.build(MediaSource.ofPipeline(broken), OPTIONS))
                    .as(broken).isInstanceOf(MediaException.class).hasMessageContaining("does not parse")
                    .hasMessageContaining(broken.substring(0, 12));
        }
    }

    @Test
    void aUriIsAPropertyNeverPartOfADescription() {
        PlaybackPipeline built = PipelineBuilder.build(MediaSource.of(TestClips.copyNamed(TestClips.h264PaddedStride(),
                "x.mp4 ! filesink location=pwned.mp4")), OPTIONS);
        try {
            assertThat((String) built.pipeline().get("uri")).endsWith("x.mp4%20!%20filesink%20location=pwned.mp4");
            assertThat(built.pipeline().getElementsRecursive()).noneMatch(e -> e.getName().contains("filesink"));
        } finally {
            built.release();
        }
    }
}
