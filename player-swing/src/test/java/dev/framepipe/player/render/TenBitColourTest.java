package dev.framepipe.player.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.testing.TestClips;

/**
 * 10-bit video (HEVC Main 10, decoded by avdec_h265 to I420_10LE) through the real player: the frame reader rounds
 * each sample to 8 bits, and the converter's colours stay within one level of the ITU formulas applied to those 8-bit
 * samples, and within two levels of the formulas applied to the decoder's 10-bit samples in double precision (the
 * rounding moves Y, Cb and Cr by up to half a level each, which the matrix turns into up to about 1.2 levels of blue
 * or red; the converter's own rounding adds at most one). The clips are encoded losslessly, so the decoder's samples
 * are exactly those {@code videotestsrc} drew, which the test reads from a raw file of the same pattern.
 */
class TenBitColourTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;

    @ParameterizedTest
    @CsvSource({"smpte, BT709_LIMITED", "snow, BT709_LIMITED", "smpte, BT2020_LIMITED", "snow, BT601_LIMITED"})
    void tenBitFramesAreWithinOneLevelOfTheStandard(String pattern, ColourCase colour) throws Exception {
        String source = "videotestsrc num-buffers=1 pattern=" + pattern + " ! video/x-raw,format=I420_10LE,width="
                + WIDTH + ",height=" + HEIGHT + ",framerate=30/1,colorimetry=" + colour.gstreamer;
        String name = "i420-10le-" + pattern + "-" + colour;
        Path raw = TestClips.clip(name + ".raw", source + " ! filesink location=%s");
        Path clip = TestClips.clip(name + ".mkv", source + " ! x265enc option-string=lossless=1 "
                + "! video/x-h265,profile=main-10 ! h265parse ! matroskamux ! filesink location=%s");
        Nv12Picture shown = firstFrame(clip);
        assertThat(shown.layout.format().colorimetry()).as("the colorimetry the decoder reports")
                .isEqualTo(colour.colorimetry);
        int[] converted = shown.convert(new Nv12Converter(), WIDTH, HEIGHT);
        ChannelDifference fromRounded = new ChannelDifference()
                .add(name, converted, SpecConversion.convert(shown), WIDTH);
        ChannelDifference fromTenBits = new ChannelDifference()
                .add(name, converted, standard(Nv12Picture.bytes(raw), colour), WIDTH);
        System.out.println(name + ": against the standard on the rounded samples " + fromRounded);
        System.out.println(name + ": against the standard on the 10-bit samples " + fromTenBits);
        for (int channel = 0; channel < 3; channel++) {
            assertThat(fromRounded.max(channel)).as("against the standard: %s", fromRounded).isLessThanOrEqualTo(1);
            assertThat(fromTenBits.max(channel)).as("against 10 bits: %s", fromTenBits).isLessThanOrEqualTo(2);
        }
    }

    /** The first frame the player hands to a consumer, as the consumer copies it. */
    private static Nv12Picture firstFrame(Path clip) throws InterruptedException {
        CountDownLatch arrived = new CountDownLatch(1);
        Nv12Picture[] picture = new Nv12Picture[1];
        FrameConsumer copier = (VideoFrame frame) -> {
            if (picture[0] == null) {
                byte[] y = new byte[(int) frame.layout().planeSpan(0)];
                byte[] uv = new byte[(int) frame.layout().planeSpan(1)];
                frame.copyPlane(0, y);
                frame.copyPlane(1, uv);
                picture[0] = new Nv12Picture(frame.layout(), y, uv);
                arrived.countDown();
            }
        };
        try (MediaPlayer player = MediaPlayer.create(MediaSource.of(clip),
                PlayerOptions.defaults().withAudioEnabled(false))) {
            FrameSource.of(player).orElseThrow().attach(copier);
            assertThat(arrived.await(30, TimeUnit.SECONDS)).as("a frame of %s arrived", clip).isTrue();
        }
        return picture[0];
    }

    /** The ITU formulas on the raw file's 10-bit samples (I420_10LE, GStreamer's layout), per pixel. */
    private static int[] standard(byte[] raw, ColourCase colour) {
        int yStride = WIDTH * 2;
        int chromaStride = WIDTH;
        int cbOffset = yStride * HEIGHT;
        int crOffset = cbOffset + chromaStride * HEIGHT / 2;
        int[] rgb = new int[WIDTH * HEIGHT];
        for (int row = 0; row < HEIGHT; row++) {
            for (int x = 0; x < WIDTH; x++) {
                int chroma = (row / 2) * chromaStride + (x / 2) * 2;
                double y = sample(raw, row * yStride + 2 * x) / 4.0;
                double cb = sample(raw, cbOffset + chroma) / 4.0;
                double cr = sample(raw, crOffset + chroma) / 4.0;
                rgb[row * WIDTH + x] = SpecConversion.pack(SpecConversion.rgb(y, cb, cr, colour.colorimetry));
            }
        }
        return rgb;
    }

    private static int sample(byte[] raw, int at) {
        return (raw[at] & 0xff) | (raw[at + 1] & 0xff) << 8;
    }
}
