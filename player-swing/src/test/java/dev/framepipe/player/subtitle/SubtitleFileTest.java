package dev.framepipe.player.subtitle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.Caption;
import dev.framepipe.player.testing.TestClips;

/** Subtitle files as users have them: every format, several encodings, and broken ones. */
class SubtitleFileTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path folder;

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(charset));
    }

    private static List<String> texts(SubtitleFile file) {
        return file.cues(0).stream().map(Caption::getPlainText).collect(Collectors.toList());
    }

    @Test
    void readsSubRipWithStylesAndPlacement() throws Exception {
        SubtitleFile file = SubtitleFile.read(write("movie.en.srt", "1\r\n00:00:01,000 --> 00:00:02,500\r\n"
                + "<i>Hello</i> & welcome\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\n{\\an8}Up here\r\n",
                StandardCharsets.UTF_8));

        assertThat(file.formatName()).isEqualTo("SubRip");
        assertThat(file.language()).contains("en");
        assertThat(texts(file)).containsExactly("Hello & welcome", "Up here");
        Caption first = file.cues(0).get(0);
        assertThat(first.startNanos()).isEqualTo(SECOND);
        assertThat(first.endNanos()).isEqualTo(2 * SECOND + SECOND / 2);
        assertThat(first.getMarkup()).isEqualTo("<i>Hello</i> &amp; welcome");
        assertThat(file.cues(0).get(1).getPlacement()).isEqualTo(Caption.Placement.TOP);
    }

    @Test
    void readsWebVttSkippingNotesAndHonouringLineSettings() throws Exception {
        SubtitleFile file = SubtitleFile.read(write("movie.de.vtt", "WEBVTT\n\nNOTE a comment\n\n"
                + "intro\n00:01.000 --> 00:02.000 line:0\nOben\n\n00:00:03.000 --> 00:00:04.000\n<v Anna>Unten</v>\n",
                StandardCharsets.UTF_8));

        assertThat(texts(file)).containsExactly("Oben", "Unten");
        assertThat(file.cues(0).get(0).getPlacement()).isEqualTo(Caption.Placement.TOP);
        assertThat(file.cues(0).get(1).getPlacement()).isEqualTo(Caption.Placement.BOTTOM);
        assertThat(file.language()).contains("de");
    }

    @Test
    void readsSubStationWithStylesOverridesAndLineBreaks() throws Exception {
        String ass = "[Script Info]\nScriptType: v4.00+\n\n[V4+ Styles]\n"
                + "Format: Name, Fontname, Fontsize, PrimaryColour, Bold, Italic, Alignment\n"
                + "Style: Default,Arial,20,&H00FFFFFF,0,0,2\nStyle: Sign,Arial,20,&H00FFFFFF,-1,0,8\n\n"
                + "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
                + "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\i1}Hello{\\i0}, world\\Nsecond line\n"
                + "Dialogue: 0,0:00:03.00,0:00:04.50,Sign,,0,0,0,,{\\c&H0000FF&}Red sign\n"
                + "Dialogue: 0,0:00:05.00,0:00:06.00,Default,,0,0,0,,{\\an8}Top, by override\n"
                + "Comment: 0,0:00:07.00,0:00:08.00,Default,,0,0,0,,not shown\n";
        SubtitleFile file = SubtitleFile.read(write("movie.ass", ass, StandardCharsets.UTF_8));

        assertThat(texts(file)).containsExactly("Hello, world\nsecond line", "Red sign", "Top, by override");
        List<Caption> cues = file.cues(0);
        assertThat(cues.get(0).getMarkup()).isEqualTo("<i>Hello</i>, world\nsecond line");
        assertThat(cues.get(1).getMarkup()).isEqualTo("<b><span foreground=\"#ff0000\">Red sign</span></b>");
        assertThat(cues.get(1).getPlacement()).isEqualTo(Caption.Placement.TOP);
        assertThat(cues.get(2).getPlacement()).isEqualTo(Caption.Placement.TOP);
        assertThat(cues.get(1).endNanos()).isEqualTo(4 * SECOND + SECOND / 2);
    }

    @Test
    void readsMicroDvdByTheFrameRateItGivesOrTheVideos() throws Exception {
        SubtitleFile own = SubtitleFile.read(write("own.sub", "{1}{1}25\n{25}{50}{y:i}One|two\n",
                StandardCharsets.UTF_8));
        SubtitleFile video = SubtitleFile.read(write("video.sub", "{30}{60}Hi\n", StandardCharsets.UTF_8));

        assertThat(own.cues(0).get(0).startNanos()).isEqualTo(SECOND);
        assertThat(own.cues(0).get(0).getMarkup()).isEqualTo("<i>One\ntwo</i>");
        assertThat(video.cues(30).get(0).startNanos()).isEqualTo(SECOND);
        assertThat(video.cues(30).get(0).endNanos()).isEqualTo(2 * SECOND);
    }

    @Test
    void decodesLatinOneUtf16AndKeepsCjkAndArabic() throws Exception {
        String german = "1\n00:00:01,000 --> 00:00:02,000\nGrüße aus Köln – 5 €\n";
        assertThat(texts(SubtitleFile.read(write("latin.srt", german, Charset.forName("windows-1252")))))
                .containsExactly("Grüße aus Köln – 5 €");
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Path utf16 = folder.resolve("utf16.srt");
        Files.write(utf16, concat(bom, german.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(texts(SubtitleFile.read(utf16))).containsExactly("Grüße aus Köln – 5 €");
        String world = "1\n00:00:01,000 --> 00:00:02,000\n你好，世界\n\n2\n00:00:03,000 --> 00:00:04,000\nمرحبا بالعالم\n";
        assertThat(texts(SubtitleFile.read(write("world.srt", world, StandardCharsets.UTF_8))))
                .containsExactly("你好，世界", "مرحبا بالعالم");
    }

    @Test
    void byteOrderMarksOfUtf16BigEndianAndUtf8AreRecognisedAndDropped() throws Exception {
        String german = "1\n00:00:01,000 --> 00:00:02,000\nGrüße aus Köln – 5 €\n";
        Path utf16 = folder.resolve("utf16be.srt");
        Files.write(utf16, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, german.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(texts(SubtitleFile.read(utf16))).containsExactly("Grüße aus Köln – 5 €");

        // WebVTT is recognised by its first word: a byte order mark left in the text would hide it, and the file
        // would be refused as in no subtitle format.
        Path utf8 = folder.resolve("bom.vtt");
        Files.write(utf8, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "WEBVTT\n\n00:01.000 --> 00:02.000\nÜber 你好\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(SubtitleFile.read(utf8).formatName()).isEqualTo("WebVTT");
        assertThat(texts(SubtitleFile.read(utf8))).containsExactly("Über 你好");
        assertThat(texts(SubtitleFile.read(utf8, StandardCharsets.UTF_8))).as("with the encoding named")
                .containsExactly("Über 你好");
        assertThat(TextDecoding.decode(Files.readAllBytes(utf16))).doesNotStartWith("\uFEFF").startsWith("1\n");
    }

    @Test
    void aVobSubPictureFileIsRefusedAsVobSub() throws Exception {
        Path vobSub = Files.copy(TestClips.vobSubPictures(), folder.resolve("movie.sub"));

        assertThatThrownBy(() -> SubtitleFile.read(vobSub)).isInstanceOf(SubtitleFileException.class)
                .hasMessageContaining("movie.sub").hasMessageContaining("VobSub");
    }

    @Test
    void aLegacyCodePageIsReadWhenTheUserNamesIt() throws Exception {
        Charset cyrillic = Charset.forName("windows-1251");
        Path file = write("russian.srt", "1\n00:00:01,000 --> 00:00:02,000\nПривет, мир\n", cyrillic);

        assertThat(SubtitleFile.read(file, cyrillic).cues(0).get(0).getPlainText()).isEqualTo("Привет, мир");
        assertThat(SubtitleFile.read(file).cues(0).get(0).getPlainText()).as("recognised as Windows-1252")
                .isNotEqualTo("Привет, мир");
    }

    @Test
    void badFilesAreRefusedWithTheFileAndTheReason() throws Exception {
        assertThatThrownBy(() -> SubtitleFile.read(folder.resolve("missing.srt")))
                .isInstanceOf(SubtitleFileException.class).hasMessageContaining("missing.srt")
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SubtitleFile.read(write("empty.srt", "  \n", StandardCharsets.UTF_8)))
                .hasMessageContaining("empty.srt").hasMessageContaining("empty");
        assertThatThrownBy(() -> SubtitleFile.read(write("notes.srt", "just some text\n", StandardCharsets.UTF_8)))
                .hasMessageContaining("notes.srt").hasMessageContaining("not in a subtitle format")
                .hasMessageContaining("its name says SubRip");
        assertThatThrownBy(() -> SubtitleFile.read(write("broken.srt",
                "1\n00:00:05,000 --> 00:00:01,000\nbackwards\n", StandardCharsets.UTF_8)))
                .hasMessageContaining("broken.srt").hasMessageContaining("no cue").hasMessageContaining("line 2");
    }

    @Test
    void aMalformedBlockIsSkippedAndTheRestIsRead() throws Exception {
        SubtitleFile file = SubtitleFile.read(write("mixed.srt", "1\n00:00:01,000 --> 00:00:02,000\nGood\n\n"
                + "2\nno timing here\n\n3\n00:00:03,000 --> 00:00:04,000\nAlso good\n", StandardCharsets.UTF_8));

        assertThat(texts(file)).containsExactly("Good", "Also good");
    }

    @Test
    void aTenMegabyteFileIsReadWhole() throws Exception {
        String text = TestClips.largeSubRip(10 * 1024 * 1024);
        int written = (int) text.lines().filter(line -> line.contains("-->")).count();

        List<Caption> cues = SubtitleFile.read(write("large.srt", text, StandardCharsets.UTF_8)).cues(0);

        assertThat(cues).hasSize(written);
        assertThat(cues.get(written - 1).getPlainText()).isEqualTo("A line of dialogue, number " + written
                + "\nand a second line");
    }

    @Test
    void findsTheFilesBesideTheMedia() throws Exception {
        Path media = Files.createFile(folder.resolve("holiday.mkv"));
        for (String name : List.of("holiday.srt", "holiday.en.srt", "holiday.de.vtt", "holiday.ass", "holiday.txt",
                "holidays.srt", "other.srt")) {
            Files.createFile(folder.resolve(name));
        }

        assertThat(SubtitleFiles.beside(media)).extracting(path -> path.getFileName().toString())
                .containsExactly("holiday.ass", "holiday.de.vtt", "holiday.en.srt", "holiday.srt");
        assertThat(SubtitleFiles.languageOf("holiday.forced.deu.srt")).contains("deu");
        assertThat(SubtitleFiles.languageOf("holiday.srt")).isEmpty();
    }

    @Test
    void theSubOfAVobSubPairIsNotFoundButAMicroDvdSubIs() throws Exception {
        Path dvd = Files.createFile(folder.resolve("dvd.mkv"));
        Files.copy(TestClips.vobSubPictures(), folder.resolve("dvd.sub"));
        Files.writeString(folder.resolve("dvd.idx"), "# VobSub index file, v7 (do not modify this line!)\n");
        Files.writeString(folder.resolve("dvd.en.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHi\n");
        Path old = Files.createFile(folder.resolve("old.avi"));
        Files.writeString(folder.resolve("old.sub"), "{25}{50}Hi\n");

        assertThat(SubtitleFiles.beside(dvd)).extracting(path -> path.getFileName().toString())
                .containsExactly("dvd.en.srt");
        assertThat(SubtitleFiles.beside(old)).extracting(path -> path.getFileName().toString())
                .containsExactly("old.sub");
    }


    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
