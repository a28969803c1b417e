package dev.framepipe.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.MediaSource;
import dev.framepipe.player.swing.RendererType;
import dev.framepipe.player.testing.TestClips;

/** The command line: what each argument means, and a clear sentence for each argument that is wrong. */
class CommandLineTest {
    @Test
    void nothingMeansTheSampleInTheRememberedThemeAndTheDefaultRenderer() throws UsageException {
        CommandLine line = CommandLine.parse(List.of());

        assertThat(line.entries()).isEmpty();
        assertThat(line.loop()).isFalse();
        assertThat(line.theme()).isEmpty();
        assertThat(line.renderer()).isEmpty();
        assertThat(line.wall()).isFalse();
        assertThat(line.help()).isFalse();
    }

    @Test
    void wallShowsTheSourcesGivenAtOnce() throws UsageException {
        CommandLine line = CommandLine.parse(List.of("--wall", "--pipeline", "videotestsrc ! videoconvert ! appsink",
                "rtsp://camera.example/live"));

        assertThat(line.wall()).isTrue();
        assertThat(line.entries()).hasSize(2);
    }

    @Test
    void filesUrisAndPipelinesJoinThePlaylistInTheirOrder() throws UsageException {
        Path clip = TestClips.h264Small();

        CommandLine line = CommandLine.parse(List.of(clip.toString(), "--pipeline",
                "videotestsrc ! videoconvert ! appsink", "https://example.com/films/intro.webm"));

        assertThat(line.entries()).extracting(PlaylistEntry::title)
                .containsExactly(clip.getFileName().toString(), "GStreamer pipeline", "intro.webm");
        assertThat(line.entries().get(0).source().getFile()).contains(clip.toAbsolutePath());
        assertThat(line.entries().get(1).source().getKind()).isEqualTo(MediaSource.Kind.PIPELINE_DESCRIPTION);
        assertThat(line.entries().get(2).source().getUri()).contains(URI.create(
                "https://example.com/films/intro.webm"));
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() throws UsageException {
        CommandLine line = CommandLine.parse(List.of("--loop", "--theme", "DARK", "--renderer=java2d"));

        assertThat(line.loop()).isTrue();
        assertThat(line.theme()).contains(Theme.DARK);
        assertThat(line.renderer()).contains(RendererType.JAVA2D);
        assertThat(CommandLine.parse(List.of("--renderer", "overlay")).renderer())
                .contains(RendererType.LINUX_OVERLAY);
    }

    @Test
    void helpWinsOverEverythingAfterIt() throws UsageException {
        assertThat(CommandLine.parse(List.of("--help", "--no-such-option")).help()).isTrue();
        assertThat(CommandLine.parse(List.of("-h")).help()).isTrue();
        assertThat(CommandLine.USAGE).contains("--pipeline", "--loop", "--theme light|dark",
                "--renderer auto|java2d|macos|overlay", "exit");
    }

    @Test
    void afterADoubleDashEverythingIsAFile(@TempDir Path folder) throws Exception {
        Path odd = Files.createFile(folder.resolve("--loop"));

        CommandLine line = CommandLine.parse(List.of("--", odd.toString()));

        assertThat(line.loop()).isFalse();
        assertThat(line.entries()).extracting(PlaylistEntry::title).containsExactly("--loop");
    }

    @Test
    void eachWrongArgumentIsNamedInTheMessage(@TempDir Path folder) {
        assertRefused(List.of("--volume", "3"), "unknown option '--volume'");
        assertRefused(List.of("--theme"), "--theme needs a value: light or dark");
        assertRefused(List.of("--theme", "--loop"), "--theme needs a value: light or dark");
        assertRefused(List.of("--theme", "purple"), "unknown theme 'purple': use light or dark");
        assertRefused(List.of("--renderer", "opengl"),
                "unknown renderer 'opengl': use auto, java2d, macos or overlay");
        assertRefused(List.of("--pipeline"), "--pipeline needs a value");
        assertRefused(List.of("--pipeline", " "), "--pipeline needs a pipeline description");
        assertRefused(List.of("--loop=yes"), "--loop takes no value");
        assertRefused(List.of("--wall=4"), "--wall takes no value");
        assertRefused(List.of("no-such-clip.mp4"), "no such file: no-such-clip.mp4");
        assertRefused(List.of(folder.toString()), folder + " is a folder");
        assertRefused(List.of("https://example.com/a film.mp4"),
                "'https://example.com/a film.mp4' is not a valid URI");
    }

    private static void assertRefused(List<String> args, String message) {
        assertThatThrownBy(() -> CommandLine.parse(args)).isInstanceOf(UsageException.class)
                .hasMessageContaining(message);
    }
}
