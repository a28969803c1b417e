package dev.framepipe.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Sources describe themselves the way users know them, for error messages. */
class MediaSourceTest {
    @Test
    void localFilesAreDescribedByTheirPath() {
        Path clip = Path.of("/videos/My Holiday (2024) ü.mp4");
        assertThat(MediaSource.of(clip).describe()).isEqualTo(clip.toString());
        assertThat(MediaSource.of(clip.toFile()).describe()).isEqualTo(clip.toString());
        assertThat(MediaSource.of(clip.toUri()).getFile()).contains(clip);
        assertThat(MediaSource.of(new File("relative.mp4")).getFile().orElseThrow().isAbsolute()).isTrue();
    }

    @Test
    void remoteUrisAndPipelinesAreDescribedAsWritten() {
        assertThat(MediaSource.ofUri("https://example.com/a%20b.webm").describe())
                .isEqualTo("https://example.com/a%20b.webm");
        assertThat(MediaSource.of(URI.create("rtsp://camera/stream")).getFile()).isEmpty();
        assertThat(MediaSource.ofPipeline("videotestsrc\n  ! videoconvert ! appsink").describe())
                .isEqualTo("pipeline \"videotestsrc ! videoconvert ! appsink\"");
        assertThat(MediaSource.ofPipeline("videotestsrc ! " + "identity ! ".repeat(30) + "appsink").describe())
                .hasSize("pipeline \"\"".length() + 120).endsWith("\u2026\"");
    }
}
