package dev.framepipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JLabel;
import javax.swing.TransferHandler.TransferSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.MediaSource;

/** Files and links dropped on the window, as a Java file list (Windows, macOS) or a URI list (Linux desktops). */
class FileDropHandlerTest {
    private final List<MediaSource> dropped = new ArrayList<>();
    private final List<Path> subtitles = new ArrayList<>();
    private final FileDropHandler handler = new FileDropHandler(dropped::addAll, subtitles::add);

    @Test
    void takesTheFilesOfAFileListAndSkipsFolders(@TempDir Path folder) throws Exception {
        Path clip = Files.createFile(folder.resolve("clip one.mp4"));

        boolean imported = handler.importData(drop(DataFlavor.javaFileListFlavor,
                List.of(clip.toFile(), folder.toFile())));

        assertThat(imported).isTrue();
        assertThat(dropped).extracting(source -> source.getFile().orElseThrow()).containsExactly(clip);
    }

    @Test
    void takesFilesAndLinksOfAUriListAndSkipsItsComments(@TempDir Path folder) throws Exception {
        Path clip = Files.createFile(folder.resolve("clip one.mp4"));
        String uriList = "# dropped from a file manager\r\n" + clip.toUri() + "\r\nhttps://example.com/intro.webm\r\n";

        boolean imported = handler.importData(drop(new DataFlavor("text/uri-list;class=java.lang.String"), uriList));

        assertThat(imported).isTrue();
        assertThat(dropped).extracting(source -> source.getUri().orElseThrow())
                .containsExactly(clip.toUri(), URI.create("https://example.com/intro.webm"));
    }

    @Test
    void subtitleFilesGoToThePlayingMediaAndAVideoDroppedWithThemPlays(@TempDir Path folder) throws Exception {
        Path clip = Files.createFile(folder.resolve("film.mkv"));
        Path english = Files.createFile(folder.resolve("film.en.SRT"));
        Path german = Files.createFile(folder.resolve("film.de.vtt"));

        boolean imported = handler.importData(drop(DataFlavor.javaFileListFlavor,
                List.of(english.toFile(), clip.toFile(), german.toFile())));

        assertThat(imported).isTrue();
        assertThat(dropped).extracting(source -> source.getFile().orElseThrow()).containsExactly(clip);
        assertThat(subtitles).containsExactly(english, german);
    }

    @Test
    void refusesWhatHoldsNothingToPlay(@TempDir Path folder) {
        assertThat(handler.importData(drop(DataFlavor.javaFileListFlavor, List.<File>of(folder.toFile())))).isFalse();
        assertThat(handler.canImport(drop(DataFlavor.stringFlavor, "some text"))).isFalse();
        assertThat(dropped).isEmpty();
    }

    private static TransferSupport drop(DataFlavor flavor, Object data) {
        return new TransferSupport(new JLabel(), Drops.of(flavor, data));
    }
}
