package dev.framepipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.text.JTextComponent;
import javax.swing.plaf.basic.BasicFileChooserUI;

import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.AudioOutput;
import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.ChapterClips;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.PlayerThreads;
import dev.framepipe.player.testing.NumberedClips;
import dev.framepipe.player.testing.Pixels;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * The demo end to end, under Xvfb with real GStreamer playback: it starts and plays, opens files the way the menu
 * does, moves through the playlist, switches themes, shows its statistics, and survives a broken file.
 */
@ExtendWith(EdtChecked.class)
class DemoAppTest {
    /** Encoding the sample on a busy two-core machine takes about ten seconds. */
    private static final Duration SAMPLE_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path cache;
    private RunningDemo demo;

    @AfterEach
    void close() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void withNothingToPlayItPreparesTheSampleOnceAndPlaysIt() throws IOException {
        demo = RunningDemo.start(cache);
        boolean preparing = demo.read(DemoApp::isPreparingSample);
        assertThat(preparing).as("encoding the sample on the first run").isTrue();

        demo.awaitPlaying(SampleClip.TITLE, SAMPLE_TIMEOUT);
        assertThat(SampleClip.cached(cache)).isPresent();
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
        Await.until(RunningDemo.TIMEOUT, () -> demo.player().media().getDuration().isPresent(), () -> "no duration");
        assertThat(demo.player().media().getDuration().orElseThrow()).isBetween(Duration.ofMillis(19_900),
                Duration.ofMillis(20_100));
        assertThat(demo.player().media().getVideoSize()).contains(new VideoSize(1280, 720));
        demo.close();

        demo = RunningDemo.start(cache);
        preparing = demo.read(DemoApp::isPreparingSample);
        assertThat(preparing).as("the second run uses the kept clip").isFalse();
        demo.awaitPlaying(SampleClip.TITLE);
    }

    @Test
    void opensAFileThroughTheMediaMenu() {
        // Twelve seconds: the first clip must still play when a loaded machine has shown the window.
        Path first = TestClips.h264Long();
        Path second = TestClips.vp8OddSize();
        demo = RunningDemo.start(cache, first.toString());
        demo.awaitPlaying(first.getFileName().toString());

        demo.window().menuItemWithPath("Media", "Open File\u2026").click();
        choose(demo.window().fileChooser(Timeout.timeout(10_000)), second, chooser -> { });

        demo.awaitPlaying(second.getFileName().toString());
        assertThat(demo.player().media().getVideoSize()).contains(new VideoSize(321, 241));
        assertThat(titles()).containsExactly(first.getFileName().toString(), second.getFileName().toString());
        String title = demo.read(app -> app.window().getTitle());
        assertThat(title).isEqualTo(second.getFileName() + " \u2014 Framepipe");
        assertThat(demo.preferences().recent()).startsWith(second.toAbsolutePath().toUri(),
                first.toAbsolutePath().toUri());
    }

    @Test
    void theSubtitlesAndAudioMenusListTheTracksAndChooseOne() {
        Path clip = TestClips.multiTrackMkv();
        demo = RunningDemo.start(cache, clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());
        Await.until(RunningDemo.TIMEOUT, () -> demo.player().tracks().getTracks(TrackType.SUBTITLE).size() == 2,
                () -> "tracks " + demo.player().tracks().getTracks(TrackType.SUBTITLE));

        // Chosen through the menu items themselves: the robot's clicks through nested menus wait for an idle event
        // queue, which a playing video with captions rarely leaves for long.
        chooseInMenu("Subtitles", "subtitle-track-1");
        Await.until(RunningDemo.TIMEOUT, () -> language(TrackType.SUBTITLE).equals("de"),
                () -> "subtitles " + language(TrackType.SUBTITLE));
        assertThat(menuItem("Subtitles", "subtitle-track-1").isSelected()).isTrue();
        chooseInMenu("Subtitles", "subtitle-track-off");
        Await.until(RunningDemo.TIMEOUT, () -> language(TrackType.SUBTITLE).equals("off"),
                () -> "subtitles " + language(TrackType.SUBTITLE));
        chooseInMenu("Audio", "audio-track-1");
        Await.until(RunningDemo.TIMEOUT, () -> language(TrackType.AUDIO).equals("de"),
                () -> "audio " + language(TrackType.AUDIO));
        assertThat(menuItem("Audio", "audio-track-1").getText()).startsWith("German");
    }

    @Test
    void aSubtitleFileInALegacyEncodingIsLoadedThroughTheSubtitlesMenu(@TempDir Path folder) throws IOException {
        Path clip = TestClips.multiTrackMkv();
        Path russian = Files.write(folder.resolve("film.ru.srt"),
                "1\n00:00:00,000 --> 00:01:00,000\nПривет, мир\n".getBytes(java.nio.charset.Charset
                        .forName("windows-1251")));
        demo = RunningDemo.start(cache, clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());
        demo.player().controls().pause();
        Await.until(RunningDemo.TIMEOUT, () -> demo.player().getStatus() == Status.PAUSED,
                () -> "status " + demo.player().getStatus());

        demo.window().menuItemWithPath("Subtitles", "Load Subtitle File\u2026").click();
        choose(demo.window().fileChooser(Timeout.timeout(10_000)), russian, chooser -> new JComboBoxFixture(
                demo.window().robot(), "subtitleEncoding").selectItem("windows-1251"));

        Await.until(RunningDemo.TIMEOUT, () -> demo.player().tracks().getCaption()
                .map(caption -> caption.getPlainText()).orElse("").equals("Привет, мир"),
                () -> "caption " + demo.player().tracks().getCaption());
        assertThat(demo.player().tracks().getSelected(TrackType.SUBTITLE).flatMap(Track::getFile)).contains(russian);
    }

    @Test
    void theOutputDeviceMenuListsTheSystemsOutputsAndChoosesOne() {
        Path clip = TestClips.h264Small();
        demo = RunningDemo.start(cache, "--loop", clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());

        // Opened as a user opens it: the outputs are read each time the menu opens.
        demo.window().menuItemWithPath("Audio", "Output Device").click();
        javax.swing.JMenu menu = (javax.swing.JMenu) demo.window().menuItemWithPath("Audio", "Output Device")
                .target();
        List<AudioOutput> outputs = AudioOutput.list();
        List<javax.swing.JMenuItem> items = Windows.onEdt(() -> Stream.of(menu.getMenuComponents())
                .map(item -> (javax.swing.JMenuItem) item).collect(Collectors.toList()));
        List<String> expected = new java.util.ArrayList<>(List.of("System Default"));
        outputs.forEach(output -> expected.add(output.getName()));

        assertThat(Windows.onEdt(() -> items.stream().map(javax.swing.JMenuItem::getText)
                .collect(Collectors.toList()))).isEqualTo(expected);
        assertThat(Windows.onEdt(() -> items.get(0).isSelected())).as("the default plays now").isTrue();
        assertThat(Windows.onEdt(() -> items.stream().allMatch(javax.swing.JMenuItem::isEnabled))).isTrue();
        // The last output listed (the default, on a machine with no sound hardware) is the one chosen.
        Windows.onEdt(() -> items.get(items.size() - 1).doClick());
        Optional<AudioOutput> chosen = outputs.isEmpty() ? Optional.empty()
                : Optional.of(outputs.get(outputs.size() - 1));
        Await.until(RunningDemo.TIMEOUT, () -> demo.player().audio().getOutput().equals(chosen),
                () -> "output " + demo.player().audio().getOutput());
        assertThat(demo.player().getStatus()).isEqualTo(Status.PLAYING);
    }

    @Test
    void aSubtitleFileDroppedOnTheWindowIsShownOverThePlayingVideo(@TempDir Path folder) throws IOException {
        Path clip = TestClips.solidColour(0x1A237E, 320, 240);
        Path subtitles = Files.writeString(folder.resolve("dropped.en.srt"),
                "1\n00:00:00,000 --> 00:01:00,000\nDropped in\n", java.nio.charset.StandardCharsets.UTF_8);
        demo = RunningDemo.start(cache, "--loop", clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());
        Await.until(RunningDemo.TIMEOUT, () -> !demo.player().tracks().getTracks(TrackType.VIDEO).isEmpty(),
                () -> "no tracks listed");
        assertThat(demo.player().tracks().getTracks(TrackType.SUBTITLE)).isEmpty();

        // Through the window's own transfer handler, which a drop on any part of the window reaches.
        boolean imported = demo.read(app -> app.window().getTransferHandler().importData(
                new javax.swing.TransferHandler.TransferSupport(app.window(), Drops.files(subtitles))));

        assertThat(imported).isTrue();
        // Read at once: the notice gives way to the steady text after a few seconds.
        String status = demo.read(app -> app.status().text());
        assertThat(status).isEqualTo("Subtitles: dropped.en.srt");
        Await.until(RunningDemo.TIMEOUT, () -> demo.player().tracks().getSelected(TrackType.SUBTITLE)
                .flatMap(Track::getFile).equals(Optional.of(subtitles)), () -> "subtitle tracks "
                + demo.player().tracks().getTracks(TrackType.SUBTITLE));
        assertThat(demo.player().tracks().getTracks(TrackType.SUBTITLE)).hasSize(1);
        JComponent video = demo.read(app -> app.playerPanel().getVideoComponent());
        Await.until(RunningDemo.TIMEOUT, () -> Pixels.bounds(Windows.capture(video), Pixels::white) != null,
                () -> "no caption on the video; caption " + demo.player().tracks().getCaption());
        java.awt.Rectangle text = Pixels.bounds(Windows.capture(video), Pixels::white);
        java.awt.Rectangle picture = demo.read(app -> app.playerPanel().getVideoComponent().getVideoBounds());
        assertThat(picture.contains(text)).as("caption %s on the picture %s", text, picture).isTrue();
        assertThat(demo.player().getStatus()).as("playback goes on").isEqualTo(Status.PLAYING);
    }

    /**
     * Chooses a file in an open chooser the way a user who types its path and presses "Open" does, after the chooser
     * has listed its folder: the list is filled on a background thread, and a late refresh can clear a file clicked
     * in it, after which "Open" does nothing.
     */
    private static void choose(JFileChooserFixture chooser, Path file,
                               java.util.function.Consumer<JFileChooserFixture> beforeApproving) {
        choose(chooser, file, file, beforeApproving);
    }

    /**
     * Chooses a file, perhaps a new one to save to, once the chooser lists another file of its folder.
     *
     * @param listed a file in the folder, which shows that the chooser has listed it
     * @param typed  the file whose path is typed
     */
    private static void choose(JFileChooserFixture chooser, Path listed, Path typed,
                               java.util.function.Consumer<JFileChooserFixture> beforeApproving) {
        chooser.setCurrentDirectory(listed.getParent().toFile());
        Await.until(RunningDemo.TIMEOUT, () -> Windows.onEdt(() -> ((BasicFileChooserUI) chooser.target().getUI())
                .getModel().getFiles().contains(listed.toFile())), () -> "the chooser does not list " + listed);
        chooser.fileNameTextBox().setText(typed.toString());
        beforeApproving.accept(chooser);
        // The button's own click on the EDT: a robot click on "Open" was lost once in CI while the machine was
        // busy, and the chooser then simply stayed open.
        javax.swing.JButton open = chooser.approveButton().target();
        Windows.onEdt(() -> open.doClick());
        Await.until(RunningDemo.TIMEOUT, () -> !Windows.onEdt(() -> chooser.target().isShowing()),
                () -> "the chooser stayed open with the name " + Windows.onEdt(() -> chooser.fileNameTextBox()
                        .target().getText()));
    }

    @Test
    void saveFrameWritesTheExactFrameShownAtFullResolution(@TempDir Path folder) throws IOException {
        // Its frames show their own number; 25 fps, so frame 77 starts at 3,080 ms.
        Path clip = NumberedClips.h264(320, 180, 25, 200, 50);
        // The chooser shows PNG images only: this one shows when it has listed the folder.
        Path listed = Files.write(folder.resolve("listed.png"), new byte[0]);
        Path saved = folder.resolve("frame-77.png");
        demo = RunningDemo.start(cache, clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());
        demo.player().controls().pause();
        demo.player().controls().seek(Duration.ofMillis(77 * 40), SeekMode.ACCURATE);
        Await.until(RunningDemo.TIMEOUT, () -> demo.player().getStatus() == Status.PAUSED
                && demo.player().getCurrentTime().equals(Duration.ofMillis(77 * 40)),
                () -> demo.player().getStatus() + " at " + demo.player().getCurrentTime());
        javax.swing.JMenuItem item = demo.window().menuItemWithPath("Media", "Save Frame…").target();
        Await.until(RunningDemo.TIMEOUT, () -> Windows.onEdt(item::isEnabled), () -> "Save Frame is disabled");

        demo.window().menuItemWithPath("Media", "Save Frame…").click();
        JFileChooserFixture chooser = demo.window().fileChooser(Timeout.timeout(10_000));
        String offered = Windows.onEdt(() -> chooser.fileNameTextBox().target().getText());
        choose(chooser, listed, saved, fixture -> { });

        Await.until(RunningDemo.TIMEOUT, () -> demo.read(app -> app.status().text()).startsWith("Saved the frame"),
                () -> "status " + demo.read(app -> app.status().text()));
        BufferedImage frame = ImageIO.read(saved.toFile());
        assertThat(offered).isEqualTo(clip.getFileName().toString().replace(".mp4", "") + "-00-00-03.080.png");
        assertThat(frame.getWidth()).isEqualTo(320);
        assertThat(frame.getHeight()).isEqualTo(180);
        assertThat(NumberedClips.numberOf(frame)).isEqualTo(77);
    }

    @Test
    void playlistEntriesGetPicturesOneAtATimeAndClosingDisposesTheirPlayers() {
        int players = livePlayerThreads();
        Path numbered = NumberedClips.h264(320, 180, 25, 200, 10);
        Path audio = TestClips.audioOnly();
        Path small = TestClips.h264Small();
        demo = RunningDemo.start(cache, numbered.toString(), audio.toString(), small.toString());
        demo.awaitPlaying(numbered.getFileName().toString());

        // The one playing by its own player, the others by short-lived ones; the clip without video comes in between
        // and holds nothing up.
        Await.until(Duration.ofSeconds(60), () -> demo.read(app -> app.playlist().entries().stream()
                .noneMatch(PlaylistEntry::wantsPicture)), () -> "pictures " + pictures());
        List<String> pictures = pictures();
        assertThat(pictures).containsExactly("64x36", "none", "48x36");
        demo.close();
        demo = null;

        Await.until(RunningDemo.TIMEOUT, () -> livePlayerThreads() == players,
                () -> livePlayerThreads() + " player threads, " + players + " before");
    }

    /** The threads of players not yet disposed (each player runs a control and a frame thread). */
    private static int livePlayerThreads() {
        return PlayerThreads.live().size();
    }

    @Test
    void closingWhileAPictureIsTakenDisposesItsPlayer() {
        int players = livePlayerThreads();
        Path first = TestClips.h264Small();
        demo = RunningDemo.start(cache, first.toString(), TestClips.h264Long().toString(),
                TestClips.vp8OddSize().toString());
        demo.awaitPlaying(first.getFileName().toString());
        Await.until(RunningDemo.TIMEOUT, () -> demo.read(app -> !app.playlist().entries().get(0).wantsPicture()),
                () -> "pictures " + pictures());

        // The next entry's short-lived player is opening, or taking its picture, now.
        demo.close();
        demo = null;

        Await.until(RunningDemo.TIMEOUT, () -> livePlayerThreads() == players,
                () -> livePlayerThreads() + " player threads, " + players + " before");
    }

    /** Each playlist entry's picture size, or "none". */
    private List<String> pictures() {
        return demo.read(app -> app.playlist().entries().stream().map(entry -> entry.picture()
                .map(image -> image.getWidth() + "x" + image.getHeight()).orElse("none"))
                .collect(Collectors.toList()));
    }

    @Test
    void thePlaybackMenuListsTheChaptersAndGoesToOne() {
        Path clip = ChapterClips.chapteredMkv();
        demo = RunningDemo.start(cache, clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());
        demo.player().controls().pause();
        Await.until(RunningDemo.TIMEOUT, () -> demo.player().media().getChapters().size() == 4,
                () -> "chapters " + demo.player().media().getChapters());

        javax.swing.JMenu chapters = Windows.onEdt(() -> chapterMenu());
        Windows.onEdt(() -> ChapterMenu.fill(chapters, demo.player()));
        List<String> items = Windows.onEdt(() -> Stream.of(chapters.getMenuComponents())
                .map(item -> ((javax.swing.JMenuItem) item).getText()).collect(Collectors.toList()));
        assertThat(items).containsExactly("0:00  Opening", "0:02  Middle", "0:04  Middle, part 2", "0:06  Chapter 4");
        Windows.onEdt(() -> ((javax.swing.JMenuItem) chapters.getMenuComponent(2)).doClick());

        Await.until(RunningDemo.TIMEOUT, () -> demo.player().getCurrentTime().equals(Duration.ofSeconds(4)),
                () -> "at " + demo.player().getCurrentTime());
        Windows.onEdt(() -> ChapterMenu.fill(chapters, demo.player()));
        assertThat(Windows.onEdt(() -> ((javax.swing.JMenuItem) chapters.getMenuComponent(2)).isSelected()))
                .as("the chapter playing is marked").isTrue();
    }

    /** Playback ▸ Chapter. */
    private javax.swing.JMenu chapterMenu() {
        javax.swing.JMenuBar bar = demo.read(app -> app.window().getJMenuBar());
        for (java.awt.Component item : bar.getMenu(1).getMenuComponents()) {
            if (item instanceof javax.swing.JMenu && "Chapter".equals(((javax.swing.JMenu) item).getText())) {
                return (javax.swing.JMenu) item;
            }
        }
        throw new AssertionError("no Playback \u25b8 Chapter menu");
    }

    private String language(TrackType type) {
        return demo.player().tracks().getSelected(type).flatMap(Track::getLanguage).orElse("off");
    }

    private void chooseInMenu(String menu, String item) {
        Windows.onEdt(() -> menuItem(menu, item).doClick());
    }

    /** An item of a top-level menu's Track submenu, by name, as the menu holds it now. */
    private javax.swing.JMenuItem menuItem(String menu, String item) {
        return Windows.onEdt(() -> {
            javax.swing.JMenuBar bar = demo.read(app -> app.window().getJMenuBar());
            for (int i = 0; i < bar.getMenuCount(); i++) {
                if (menu.equals(bar.getMenu(i).getText())) {
                    javax.swing.JMenu tracks = (javax.swing.JMenu) bar.getMenu(i).getMenuComponent(0);
                    for (java.awt.Component component : tracks.getMenuComponents()) {
                        if (item.equals(component.getName())) {
                            return (javax.swing.JMenuItem) component;
                        }
                    }
                }
            }
            throw new AssertionError("no item " + item + " in " + menu + " > Track");
        });
    }

    @Test
    void thePlaylistMovesOnAtTheEndOfEachItem() {
        Path first = TestClips.h264Small();
        Path second = TestClips.solidColour(0x2E86C1, 320, 240);
        demo = RunningDemo.start(cache, first.toString(), second.toString());
        demo.awaitPlaying(first.getFileName().toString());

        // The first clip is three seconds long; nobody touches anything.
        demo.awaitPlaying(second.getFileName().toString());
        String status = demo.read(app -> app.status().text());
        assertThat(status).isEqualTo("Playing " + second.getFileName() + " (2 of 2)");

        // Without --loop the playlist stops at its end, on the last picture.
        Await.until(RunningDemo.TIMEOUT, () -> demo.player().getStatus() == Status.PAUSED,
                () -> "status " + demo.player().getStatus());
        String current = demo.read(app -> app.playlist().current().map(PlaylistEntry::title).orElse(null));
        assertThat(current).isEqualTo(second.getFileName().toString());
    }

    @Test
    void aLoopedClipKeepsMovingAfterItsEnd() {
        Path clip = TestClips.h264Small();
        demo = RunningDemo.start(cache, "--loop", clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());
        MediaPlayer player = demo.player();
        AtomicInteger ends = new AtomicInteger();
        List<Long> paintedAtEnd = new CopyOnWriteArrayList<>();
        demo.read(app -> player.events().addListener(new MediaPlayerListener() {
            @Override
            public void endOfMedia(MediaPlayer source) {
                ends.incrementAndGet();
                paintedAtEnd.add(app.playerPanel().getVideoComponent().getRenderStatistics().getFramesRendered());
            }
        }));

        // The clip is three seconds (90 frames) long: the second time round must be painted too, not frozen on the
        // first round's last picture.
        Await.until(RunningDemo.TIMEOUT, () -> ends.get() >= 2, () -> ends.get() + " ends");
        assertThat(demo.player()).as("the same player plays it again").isSameAs(player);
        assertThat(paintedAtEnd.get(1) - paintedAtEnd.get(0)).as("frames painted in the second round")
                .isGreaterThan(45);
    }

    @Test
    void switchesBetweenTheLightAndTheDarkThemeWhilePlaying() {
        Path clip = TestClips.h264Small();
        demo = RunningDemo.start(cache, "--loop", clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());
        assertThat(currentTheme()).isEqualTo(Theme.LIGHT);
        float lightBrightness = brightness(demo.read(app -> app.window().getContentPane().getBackground()));

        demo.window().menuItemWithPath("View", "Dark Theme").click();

        assertThat(currentTheme()).isEqualTo(Theme.DARK);
        assertThat(brightness(demo.read(app -> app.window().getContentPane().getBackground())))
                .isLessThan(lightBrightness - 0.3f);
        assertThat(demo.preferences().theme()).isEqualTo(Theme.DARK);
        assertThat(demo.player().getStatus()).isEqualTo(Status.PLAYING);

        demo.window().pressKey(KeyEvent.VK_CONTROL).pressAndReleaseKeys(KeyEvent.VK_T).releaseKey(KeyEvent.VK_CONTROL);
        Await.until(RunningDemo.TIMEOUT, () -> currentTheme() == Theme.LIGHT, () -> "theme " + currentTheme());
        assertThat(demo.preferences().theme()).isEqualTo(Theme.LIGHT);
    }

    private Theme currentTheme() {
        return demo.read(app -> Theme.current());
    }

    private static float brightness(Color colour) {
        return Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null)[2];
    }

    @Test
    void theStatisticsOverlayShowsTheFramesBeingShown() {
        Path clip = TestClips.h264Small();
        demo = RunningDemo.start(cache, "--loop", clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());

        demo.window().menuItemWithPath("View", "Statistics").click();

        Await.until(RunningDemo.TIMEOUT, () -> demo.read(app -> app.statistics().latest() != null
                && app.statistics().latest().framesRendered() > 0 && app.statistics().latest().framesPerSecond() > 0),
                () -> "statistics " + demo.read(app -> rows(app.statistics().latest())));
        List<String> rows = demo.read(app -> rows(app.statistics().latest()));
        assertThat(rows).anyMatch(row -> row.startsWith("Renderer: Java2D"))
                .anyMatch(row -> row.startsWith("Video: 320 \u00d7 240 \u00b7 30 fps \u00b7 BT.601"))
                .anyMatch(row -> row.matches("Memory: heap \\d+ of \\d+ MB \u00b7 process \\d+ MB"));
        // The box is drawn over the picture's top left corner: dark, whatever the clip shows there.
        JComponent video = demo.read(app -> app.playerPanel().getVideoComponent());
        BufferedImage screen = Windows.capture(video);
        assertThat(brightness(new Color(screen.getRGB(16, 16)))).isLessThan(0.25f);

        demo.window().pressAndReleaseKeys(KeyEvent.VK_I);
        Await.until(RunningDemo.TIMEOUT, () -> !demo.read(app -> app.statistics().isVisible()),
                () -> "the I key did not hide the statistics; focus on " + demo.read(app ->
                        String.valueOf(java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner())));
    }

    private static List<String> rows(StatsSnapshot snapshot) {
        return snapshot == null ? List.of() : snapshot.rows().stream().map(row -> row[0] + ": " + row[1])
                .collect(Collectors.toList());
    }

    @Test
    void aBrokenFileShowsWhatWentWrongAndThePlaylistMovesOn() {
        Path broken = TestClips.textNamedMp4();
        Path clip = TestClips.h264Small();
        demo = RunningDemo.start(cache, broken.toString(), clip.toString());

        DialogFixture dialog = WindowFinder.findDialog("errorDialog").withTimeout(RunningDemo.TIMEOUT.toMillis())
                .using(demo.window().robot());
        dialog.label("errorHeadline").requireText("Could not play notes.mp4");
        assertThat(dialog.textBox("errorDetails").text()).contains(broken.toString(), "not a media file",
                ErrorAdvice.forType(MediaException.Type.MEDIA_UNSUPPORTED));
        demo.awaitPlaying(clip.getFileName().toString());

        // Without a window manager nothing keeps a dialog above its owner: the broken file can fail, and the dialog
        // show, before the main window is up, which then covers the dialog and takes the robot's click.
        dialog.moveToFront();
        dialog.button().click();
        Await.until(RunningDemo.TIMEOUT, () -> !Windows.onEdt(dialog.target()::isVisible),
                () -> "the error dialog is still open");
        demo.window().menuItemWithPath("Playback", "Pause").click();
        Await.until(RunningDemo.TIMEOUT, () -> demo.player().getStatus() == Status.PAUSED,
                () -> "status " + demo.player().getStatus());
    }

    @Test
    void helpShowsTheMediaDiagnosticsAndCopiesThemForABugReport() throws Exception {
        Path clip = TestClips.h264Small();
        demo = RunningDemo.start(cache, clip.toString());
        demo.awaitPlaying(clip.getFileName().toString());

        demo.window().menuItemWithPath("Help", "Media Diagnostics").click();
        DialogFixture dialog = WindowFinder.findDialog("diagnosticsDialog")
                .withTimeout(RunningDemo.TIMEOUT.toMillis()).using(demo.window().robot());
        JTextComponent text = dialog.textBox("diagnosticsReport").target();
        Callable<String> shown = text::getText;
        Callable<Boolean> copyable = dialog.button("copyDiagnostics").target()::isEnabled;
        Await.until(RunningDemo.TIMEOUT, () -> Windows.onEdt(copyable),
                () -> "the report did not arrive: " + Windows.onEdt(shown));
        String report = Windows.onEdt(shown);
        assertThat(report).startsWith("Framepipe media diagnostics").contains("GStreamer: 1.",
                "H.264 video    avdec_h264", "Renderer: AUTO picks JAVA2D", "Display: Java2D pipeline ");

        // Pressed through the button itself: without a window manager the main window, playing and repainting, can
        // end up above the dialog and take a robot's click.
        JButton copy = dialog.button("copyDiagnostics").target();
        Windows.onEdt(() -> {
            copy.doClick();
        });
        Clipboard clipboard = Toolkit.getDefaultToolkit().getSystemClipboard();
        Await.until(RunningDemo.TIMEOUT, () -> Windows.onEdt(() -> clipboard.isDataFlavorAvailable(
                DataFlavor.stringFlavor)), () -> "nothing was copied");
        assertThat(Windows.onEdt(() -> clipboard.getData(DataFlavor.stringFlavor))).isEqualTo(report);
    }

    private List<String> titles() {
        return demo.read(app -> app.playlist().entries().stream().map(PlaylistEntry::title)
                .collect(Collectors.toList()));
    }
}
