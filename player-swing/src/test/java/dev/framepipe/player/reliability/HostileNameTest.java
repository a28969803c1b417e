package dev.framepipe.player.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaException.Type;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.engine.PipelineProbe;
import dev.framepipe.player.testing.TestClips;

/**
 * File names and URIs that look like gst-launch syntax or break naive quoting: files play whatever their name, and
 * nothing in a name or URI ever creates an element or writes a file: the module directory, where a relative
 * {@code location=} would land and where the clips are, is compared before and after every case.
 */
class HostileNameTest extends CorpusWindow {
    /** Where an injected {@code filesink location=pwned.mp4} would write: the working directory. */
    private static final Path PWNED = Paths.get("pwned.mp4").toAbsolutePath();
    private static final Path ROOT = Paths.get("").toAbsolutePath();
    private static final Set<Path> BUILD_OUTPUT = Set.of(ROOT.resolve("target/surefire-reports"));

    /** Runs a case that returns its outcome and checks that the disk is as it was before. */
    private static Outcome writtenNothing(Supplier<Outcome> playCase) {
        DiskSnapshot before = DiskSnapshot.of(ROOT, BUILD_OUTPUT);
        Outcome outcome = playCase.get();
        assertThat(DiskSnapshot.of(ROOT, BUILD_OUTPUT).changedSince(before)).as("files written").isEmpty();
        assertThat(PWNED).doesNotExist();
        return outcome;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clip.mp4 ! filesink location=pwned.mp4", "it's a \"clip\" `x`.mp4",
        "  spaces  before and after  .mp4", "line one\nline two.mp4", "100% #1 ?.mp4", "back\\slash;semi|pipe&.mp4"})
    void aFileWithAnAwkwardNamePlays(String name) {
        Path file = copyInPlace(name);
        Playthrough.shown(writtenNothing(() -> play("file named " + name.replace("\n", "\\n"), MediaSource.of(file),
                FAST, Scenario.onceSettled(player -> assertThat(PipelineProbe.factoryNames(player))
                        .contains("filesrc").doesNotContain("filesink")))));
        delete(file);
    }

    @Test
    void aFileWithANonAsciiNamePlays() {
        assumeThat(System.getProperty("sun.jnu.encoding")).as("file names need a UTF-8 locale").isEqualTo("UTF-8");
        String name = "vidéo ü 日本 \uD83C\uDFAC.mp4";
        Path file = copyInPlace(name);
        Playthrough.shown(writtenNothing(() -> play("file named " + name, MediaSource.of(file))));
        assertThat(file.getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(name.length());
        delete(file);
    }

    @Test
    void aUriWithPipelineSyntaxIsRefusedAsAUri() {
        assertThatThrownBy(() -> MediaSource.ofUri("file:///x.mp4 ! filesink location=" + PWNED))
                .isInstanceOf(MediaException.class).hasMessageContaining("is not a valid URI");
    }

    @Test
    void anEncodedUriWithPipelineSyntaxNamesAFileThatDoesNotExist() {
        String uri = "file:///x.mp4%20!%20filesink%20location=" + PWNED.toUri().getRawPath();
        Outcome outcome = writtenNothing(() -> play("URI file:///x.mp4%20!%20filesink...", MediaSource.ofUri(uri)));
        assertThat(outcome.refusedAtCreate()).isTrue();
        assertThat(outcome.error().orElseThrow().getType()).isEqualTo(Type.MEDIA_UNAVAILABLE);
        assertThat(outcome.error().orElseThrow().getMessage()).contains("/x.mp4 ! filesink location=");
    }

    @Test
    void anElementNameAsUriSchemeIsRefused() {
        Outcome outcome = writtenNothing(() -> play("URI videotestsrc://%20!%20filesink...",
                MediaSource.ofUri("videotestsrc://x%20!%20filesink%20location=" + PWNED.toUri().getRawPath())));
        assertThat(outcome.refusedAtCreate()).isTrue();
        assertThat(outcome.error().orElseThrow().getType()).isEqualTo(Type.INVALID_SOURCE);
    }

    /** A copy of a small clip in the clip directory, so an injected relative location would land beside it. */
    private static Path copyInPlace(String name) {
        return TestClips.copyNamed(TestClips.h264PaddedStride(), name);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
