package dev.framepipe.player.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.MediaDiagnostics;
import dev.framepipe.player.MediaDiagnostics.FormatSupport;
import dev.framepipe.player.testing.ChildJvm;
import dev.framepipe.player.testing.RuntimeCopy;

/**
 * The media doctor on this machine (everything installed), on a runtime without the libav plugin (what is missing
 * is named with its packages), and without GStreamer at all (a report and exit code 1, never an exception).
 */
class MediaDiagnosticsTest {

    @Test
    void onThisMachineEveryCommonFormatHasTheElementPlaybackWouldChoose() {
        MediaDiagnostics diagnostics = MediaDiagnostics.run();

        assertThat(diagnostics.getProblem()).isEmpty();
        assertThat(diagnostics.getGStreamerVersion()).hasValueSatisfying(version -> assertThat(version)
                .startsWith("1."));
        assertThat(diagnostics.getRuntime()).isEqualTo("the system's libraries");
        Map<String, String> chosen = diagnostics.getFormats().stream().collect(Collectors.toMap(
                FormatSupport::getFormat, format -> format.getElements().isEmpty() ? "none"
                        : format.getElements().get(0)));
        assertThat(chosen).containsEntry("H.264 video", "avdec_h264").containsEntry("VP8 video", "vp8dec")
                .containsEntry("Vorbis audio", "vorbisdec").containsEntry("RTSP cameras", "rtspsrc")
                .containsEntry("HLS streams", "hlsdemux2").hasSize(13).doesNotContainValue("none");
        assertThat(diagnostics.getReport()).contains("\nFormats\n  H.264 video    avdec_h264 (also openh264dec)\n",
                "\nRenderer: AUTO picks JAVA2D, the proven path on every platform; MACOS_LAYER cannot run here: "
                        + "it needs macOS;", "\nHardware decoders\n");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aRuntimeWithoutLibavNamesThePackagesForWhatItCannotPlay(@TempDir Path folder) throws Exception {
        Path bundle = RuntimeCopy.make(folder.resolve("rt"), Set.of("libgstlibav.so", "libgstopenh264.so",
                "libgstde265.so"));

        ChildJvm.Outcome outcome = ChildJvm.run(MediaDiagnostics.class, List.of("-Djava.awt.headless=true",
                "-Dframepipe.gstreamer.root=" + bundle, "-Dframepipe.gstreamer.registry=" + folder.resolve("reg")),
                Map.of());

        assertThat(outcome.exitCode()).as(String.join("\n", outcome.lines())).isZero();
        assertThat(outcome.lines()).contains("GStreamer: 1.22.0, from " + bundle
                + " (the system property framepipe.gstreamer.root)", "  H.264 video    MISSING: Debian/Ubuntu: sudo "
                + "apt-get install gstreamer1.0-libav; Fedora: sudo dnf install gstreamer1-plugin-openh264 (Fedora) "
                + "or gstreamer1-libav (RPM Fusion); macOS: brew install gstreamer; Windows: GStreamer's MSVC "
                + "runtime installer, complete", "  VP9 video      vp9dec",
                "Display: headless (no display: video components cannot be shown)");
        assertThat(outcome.firstLineStartingWith("  H.265 video")).contains("MISSING: Debian/Ubuntu: sudo apt-get "
                + "install gstreamer1.0-libav");
    }

    @Test
    void withoutGStreamerTheReportSaysWhyAndWhatToInstall() throws Exception {
        ChildJvm.Outcome outcome = ChildJvm.run(MediaDiagnostics.class, List.of("-Djava.awt.headless=true",
                "-Dgstreamer.GNative.nameFormats=nosuchlib%s"), Map.of());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.lines()).contains("GStreamer: not started, from the system's libraries");
        assertThat(outcome.firstLineStartingWith("Problem: ")).startsWith("Problem: The GStreamer libraries "
                + "(libgstreamer-1.0) could not be loaded from the system's libraries").contains("brew install");
        assertThat(outcome.lines()).noneMatch(line -> line.contains("Exception in thread"))
                .anyMatch(line -> line.startsWith("Renderer: AUTO picks JAVA2D"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDisplayThatCannotBeOpenedIsReportedAndTheRestStillComes() throws Exception {
        ChildJvm.Outcome outcome = ChildJvm.run(MediaDiagnostics.class, List.of(), Map.of("DISPLAY", ":4711"));

        assertThat(outcome.exitCode()).as(String.join("\n", outcome.lines())).isZero();
        assertThat(outcome.firstLineStartingWith("Display: ")).startsWith("Display: could not be examined: ")
                .contains(":4711");
        assertThat(outcome.lines()).contains("  VP8 video      vp8dec (also avdec_vp8)");
    }
}
