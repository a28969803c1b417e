package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import dev.framepipe.player.render.RendererSelector;
import dev.framepipe.player.testing.TestClips;

/**
 * Framepipe cannot leak: a real component plays a looping clip for 20,000 frames while it is seeked, resized,
 * removed and re-added, and given newly opened players, and what the process holds stays within fixed bounds after
 * warm-up (see {@link ResourceSample}). The negative control runs the same soak with the leak docs/memory.md
 * starts from (a new image per frame, kept) and must be caught.
 *
 * <p>The long variant is the same test with more frames ({@code ./framepipe bench soak}: 100,000);
 * {@code -Dframepipe.soak.clip=fullhd} plays a 1080p clip in windows up to 1280x720 instead, where one renderer's
 * buffers are 14 MB and a sample that catches a replaced renderer's still reachable can exceed the heap ceiling,
 * which is set for the small clip. Linux only: the samples read {@code /proc} and glibc.
 */
@EnabledOnOs(OS.LINUX)
class VideoComponentSoakTest {
    private static final long FRAMES = Long.getLong("framepipe.soak.frames", 20_000);
    private static final boolean FULL_HD = "fullhd".equals(System.getProperty("framepipe.soak.clip"));

    @Test
    void soak() {
        Soak soak = FULL_HD
                ? new Soak(TestClips.h264FullHd(), RendererSelector::create, new Dimension(960, 540),
                        new Dimension(640, 360), new Dimension(1280, 720))
                : new Soak(TestClips.h264Small(), RendererSelector::create, new Dimension(320, 240),
                        new Dimension(160, 120), new Dimension(240, 180));
        SoakReport report = soak.run(FRAMES);
        System.out.println(report.table("soak, " + clipName()));

        assertThat(report.frames).as("frames played").isGreaterThanOrEqualTo(FRAMES);
        assertThat(report.violations).as(report.table("soak")).isEmpty();
        assertThat(report.unreleased).as(report.table("soak")).isEmpty();
    }

    @Test
    void theSoakCatchesTheSeedsLeak() {
        Path clip = TestClips.h264Small();
        Soak soak = new Soak(clip, new LeakyRenderer.Atlas().renderers(), new Dimension(320, 240),
                new Dimension(160, 120),
                new Dimension(240, 180));
        SoakReport report = soak.run(FRAMES);
        System.out.println(report.table("negative control: a new image per frame, kept"));

        assertThat(report.violations).as("the leak must be caught").isNotEmpty();
        assertThat(report.violations).anyMatch(found -> found.startsWith("heap after GC"));
        assertThat(report.frames).as("caught before the end of the soak").isLessThan(FRAMES);
    }

    private static String clipName() {
        return (FULL_HD ? TestClips.h264FullHd() : TestClips.h264Small()).getFileName().toString();
    }
}
