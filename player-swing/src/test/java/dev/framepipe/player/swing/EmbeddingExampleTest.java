package dev.framepipe.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTextField;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.framepipe.example.PlayerWindow;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EdtChecked;
import dev.framepipe.player.testing.PlayerThreads;
import dev.framepipe.player.testing.TestClips;
import dev.framepipe.player.testing.Windows;

/**
 * Proves that the Swing form of {@code docs/embedding.md} works as the guide says, by driving it as a user would:
 * menus clicked with the mouse, keys typed, the window closed, and only what a user can see or hear asserted.
 *
 * <p>The form is {@link PlayerWindow}, which lives outside the library's packages so that it can only use public
 * API. The guide shows that class verbatim; {@link #theGuideShowsThisExactForm()} fails when the two drift apart,
 * so change them together.
 */
@ExtendWith(EdtChecked.class)
class EmbeddingExampleTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Path GUIDE = Paths.get("..", "docs", "embedding.md");
    private static final Path EXAMPLE = Paths.get("src", "test", "java", "dev", "framepipe", "example",
            "PlayerWindow.java");
    private static final Pattern GUIDE_SNIPPET = Pattern.compile(
            "<!-- embedding-example:start -->\\s*```java\\n(.*?)```\\s*<!-- embedding-example:end -->",
            Pattern.DOTALL);

    private final List<Status> statuses = new CopyOnWriteArrayList<>();
    private MediaPlayer player;
    private Robot robot;
    private JFrame frame;
    private FrameFixture window;

    @AfterEach
    void close() {
        if (robot != null) {
            robot.cleanUp(); // disposes the windows it saw and releases AssertJ Swing's screen lock
        }
        if (player != null) {
            player.dispose(); // idempotent: a test that closed the window has disposed it already
        }
    }

    @Test
    void playsAClipInTheFormFromTheGuide() {
        List<String> threadsBefore = PlayerThreads.live();
        player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()));
        openWindow();
        VideoComponent video = window.robot().finder().findByType(window.target(), VideoComponent.class);
        JLabel time = window.label(labelNamed("Elapsed and total time")).target();
        Await.until(TIMEOUT, () -> Windows.onEdt(video::getDisplayState) == DisplayState.VIDEO,
                () -> "display state " + Windows.onEdt(video::getDisplayState));
        assertThat(Windows.onEdt(time::getText)).isEqualTo("0:00 / 0:03");

        // Loop first so that the 3-second clip is still playing while the assertions run.
        window.menuItemWithPath("Playback", "Loop").click();
        window.menuItemWithPath("Playback", "Play").click();

        Await.until(TIMEOUT, () -> statuses.contains(Status.PLAYING), () -> "statuses " + statuses);
        window.menuItemWithPath("Playback", "Pause").requireEnabled();
        Await.until(TIMEOUT, () -> Windows.onEdt(time::getText).matches("0:0[12] / 0:03"),
                () -> "time label '" + Windows.onEdt(time::getText) + "'");
        long painted = video.getRenderStatistics().getFramesRendered();
        Await.until(TIMEOUT, () -> video.getRenderStatistics().getFramesRendered() > painted + 15,
                () -> "frames painted " + video.getRenderStatistics().getFramesRendered());
        assertThat(moving(video)).as("the picture changes while playing").isTrue();
        JLabel message = window.label(labelNamed("Player message")).target();
        assertThat(Windows.onEdt(message::getText)).as("no error reported").isBlank();

        window.close();
        Await.until(TIMEOUT, () -> Windows.onEdt(player::getStatus) == Status.DISPOSED,
                () -> "status " + Windows.onEdt(player::getStatus) + " after the window closed");
        // Threads of an earlier test's player may still be ending, so only this player's must be gone.
        Await.until(TIMEOUT, () -> threadsBefore.containsAll(PlayerThreads.live()),
                () -> "player threads " + PlayerThreads.live() + ", before " + threadsBefore);
    }

    @Test
    void typingInTheApplicationsOwnFieldsLeavesThePlayerAlone() {
        player = MediaPlayer.create(MediaSource.of(TestClips.h264Small()));
        openWindow();
        JTextField search = Windows.onEdt(() -> {
            // Stands for the rest of the application's window: a field anywhere outside the player.
            JTextField field = new JTextField(12);
            field.setName("search");
            frame.getJMenuBar().add(field);
            frame.validate();
            return field;
        });
        Await.until(TIMEOUT, () -> Windows.onEdt(player::getStatus) == Status.READY,
                () -> "status " + Windows.onEdt(player::getStatus));

        window.textBox("search").enterText("ml ");

        window.textBox("search").requireText("ml ");
        Await.sleep(500); // a key that reached the player would have taken effect by now
        assertThat(Windows.onEdt(() -> player.audio().isMuted())).as("muted by typing M").isFalse();
        assertThat(Windows.onEdt(() -> player.controls().isLooping())).as("looping by typing L").isFalse();
        assertThat(statuses).as("played by typing Space").doesNotContain(Status.PLAYING);
    }

    @Test
    void aFileThatIsNotMediaIsReportedInTheForm() {
        player = MediaPlayer.create(MediaSource.of(TestClips.textNamedMp4()));
        openWindow();
        VideoComponent video = window.robot().finder().findByType(window.target(), VideoComponent.class);
        JLabel message = window.label(labelNamed("Player message")).target();

        Await.until(TIMEOUT, () -> Windows.onEdt(video::getDisplayState) == DisplayState.ERROR,
                () -> "display state " + Windows.onEdt(video::getDisplayState));
        assertThat(Windows.onEdt(message::getText)).contains("notes.mp4");
        window.menuItemWithPath("Playback", "Play").requireDisabled();
    }

    @Test
    void theGuideShowsThisExactForm() throws IOException {
        Matcher snippet = GUIDE_SNIPPET.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        assertThat(snippet.find()).as("the embedding-example block in " + GUIDE).isTrue();
        String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        String withoutPackage = source.substring(source.indexOf('\n', source.indexOf("package ")) + 1);

        assertThat(normalized(snippet.group(1))).isEqualTo(normalized(withoutPackage));
        // The form must work with the exported API alone: nothing from the library's internal packages.
        List<String> libraryImports = source.lines().filter(line -> line.startsWith("import dev.framepipe."))
                .collect(Collectors.toList());
        assertThat(libraryImports).isNotEmpty().allMatch(line -> line.matches(
                "import dev\\.framepipe\\.player\\.(swing\\.)?[A-Z][A-Za-z.]*;"));
    }

    /** Builds the form from the guide around {@link #player}, shows it, and records the statuses it goes through. */
    private void openWindow() {
        player.events().addPropertyChangeListener(PlayerProperties.STATUS,
                (PropertyChangeEvent event) -> statuses.add((Status) event.getNewValue()));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = Windows.onEdt(() -> PlayerWindow.create(player));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(640, 480));
        // As UiRobot does: the first click (here on a menu) must not race the activation of a window just shown.
        window.focus();
        robot.waitForIdle();
    }

    /**
     * Tells whether the picture changes: two screenshots of the video area a moment apart differ (the clip burns its
     * running time into the picture).
     */
    private static boolean moving(VideoComponent video) {
        Rectangle bounds = Windows.onEdt(video::getVideoBounds);
        BufferedImage first = Windows.capture(video);
        Await.sleep(400);
        BufferedImage second = Windows.capture(video);
        for (int y = bounds.y; y < bounds.y + bounds.height; y++) {
            for (int x = bounds.x; x < bounds.x + bounds.width; x++) {
                if (first.getRGB(x, y) != second.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Finds a label by its accessible name, as a screen reader would announce it. */
    private static GenericTypeMatcher<JLabel> labelNamed(String accessibleName) {
        return new GenericTypeMatcher<>(JLabel.class) {
            @Override
            protected boolean isMatching(JLabel label) {
                return accessibleName.equals(label.getAccessibleContext().getAccessibleName());
            }
        };
    }

    /** Drops trailing spaces and surrounding blank lines, which Markdown editors change freely. */
    private static String normalized(String code) {
        return code.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }
}
