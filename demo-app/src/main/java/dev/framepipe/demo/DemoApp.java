package dev.framepipe.demo;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.swing.Action;
import javax.swing.ImageIcon;
import javax.swing.JMenuBar;
import javax.swing.JOptionPane;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;
import dev.framepipe.player.swing.PlayerKeyBindings;
import dev.framepipe.player.swing.VideoPlayerPanel;

/**
 * The demo application: puts the window together and carries out its commands. One instance is one window with its
 * own player; it never exits the JVM (that is {@link DemoMain}'s decision), and closing the window releases
 * everything it holds. Event dispatch thread only.
 */
final class DemoApp implements DemoCommands, PlaylistPlayer.Observer {
    private final DemoPreferences preferences;
    private final Path cacheDirectory;
    private final VideoPlayerPanel playerPanel = new VideoPlayerPanel();
    private final Playlist playlist = new Playlist();
    private final PlaybackSession session = new PlaybackSession(playerPanel);
    private final PlaylistPlayer playlistPlayer = new PlaylistPlayer(playlist, session, this);
    private final PlaylistPictures pictures = new PlaylistPictures(playlist, session::player);
    private final StatusBar status = new StatusBar();
    private final StatsOverlay statistics = new StatsOverlay(playerPanel.getVideoComponent());
    private final MediaChooser chooser;
    private final SnapshotSaver snapshots;
    private final DemoActions actions;
    private final JMenuBar menuBar;
    private final DemoWindow window;
    private final ErrorDialog errors;
    private final ErrorDialog saveErrors;
    private SamplePreparation preparation;
    private PlaylistEntry sample;

    private DemoApp(CommandLine commandLine, DemoPreferences preferences, Path cacheDirectory, Theme theme) {
        this.preferences = preferences;
        this.cacheDirectory = cacheDirectory;
        chooser = new MediaChooser(preferences);
        commandLine.renderer().ifPresent(playerPanel.getVideoComponent()::setRendererType);
        actions = new DemoActions(this, playerPanel.getVideoComponent());
        actions.showTheme(theme);
        // With nothing to play the sample plays on and on; a playlist repeats when asked to.
        boolean repeat = commandLine.loop() || commandLine.entries().isEmpty();
        actions.repeat.setSelected(repeat);
        playlistPlayer.setRepeat(repeat);
        actions.playlist.setSelected(preferences.playlistVisible());

        FileDropHandler drop = new FileDropHandler(sources -> play(entries(sources), true), this::addSubtitles);
        PlaylistPanel playlistPanel = new PlaylistPanel(playlist, playlistPlayer, actions.addFiles, drop);
        RecentMenu recent = new RecentMenu(preferences, entry -> play(List.of(entry), true));
        menuBar = MenuBarBuilder.build(actions, playerPanel.getActions(), recent.menu(),
                new TrackMenus(playerPanel.getVideoComponent()), ChapterMenu.create(playerPanel.getVideoComponent()));
        window = new DemoWindow(playerPanel, playlistPanel, menuBar, ToolBarBuilder.build(actions), status);
        window.setTransferHandler(drop);
        window.setPlaylistVisible(preferences.playlistVisible());
        // A media player's keys work anywhere in its window, except while the user types; in full screen too.
        PlayerKeyBindings.installWindowWide(playerPanel, playerPanel.getActions());
        for (Action keyed : new Action[] {actions.previous, actions.next, actions.statistics}) {
            PlayerKeyBindings.bindWindowWide(playerPanel, keyed);
        }
        errors = ErrorDialog.forPlaying(window);
        saveErrors = ErrorDialog.forSaving(window);
        snapshots = new SnapshotSaver(chooser, status, saveErrors);
        // Save Frame is enabled only while the player shown can give its frame: open, with video, not live.
        Runnable frameCheck = () -> actions.saveFrame.setEnabled(session.player().filter(SnapshotSaver::hasFrame)
                .isPresent());
        ShownPlayerWatch.install(playerPanel.getVideoComponent(), frameCheck, frameCheck, PlayerProperties.STATUS,
                PlayerProperties.MEDIA);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                window.saveSize(preferences);
                preferences.flush();
            }

            @Override
            public void windowClosed(WindowEvent event) {
                release();
            }
        });
    }

    /**
     * Opens the demo's window and starts playing what the command line names, or the built-in sample.
     *
     * @param commandLine    the parsed command line
     * @param preferences    what the demo remembers
     * @param cacheDirectory where the built-in sample is kept
     * @return the application, its window showing
     */
    static DemoApp start(CommandLine commandLine, DemoPreferences preferences, Path cacheDirectory) {
        Theme theme = commandLine.theme().orElse(preferences.theme());
        theme.apply();
        DemoApp app = new DemoApp(commandLine, preferences, cacheDirectory, theme);
        app.window.restoreSize(preferences);
        app.window.setVisible(true);
        app.playerPanel.getVideoComponent().requestFocusInWindow();
        if (commandLine.entries().isEmpty()) {
            app.playSample();
        } else {
            app.playlistPlayer.playNow(commandLine.entries());
        }
        return app;
    }

    private static List<PlaylistEntry> entries(List<MediaSource> sources) {
        List<PlaylistEntry> entries = new ArrayList<>();
        for (MediaSource source : sources) {
            entries.add(PlaylistEntry.of(source));
        }
        return entries;
    }

    // ---- the built-in sample ---------------------------------------------------------------------------------

    private void playSample() {
        Optional<Path> cached = SampleClip.cached(cacheDirectory);
        if (cached.isPresent()) {
            samplePrepared(MediaSource.of(cached.get()));
            return;
        }
        preparation = new SamplePreparation(cacheDirectory, this::samplePrepared);
        window.showPreparation(preparation.preview());
        status.setSteady("Preparing the sample clip\u2026");
        preparation.start();
    }

    private void samplePrepared(MediaSource source) {
        preparation = null;
        window.showPlayer();
        sample = PlaylistEntry.named(source, SampleClip.TITLE, SampleClip.ORIGIN);
        playlistPlayer.playNow(List.of(sample));
    }

    private void cancelPreparation() {
        if (preparation != null) {
            preparation.cancel();
            preparation = null;
            window.showPlayer();
        }
    }

    // ---- playing ----------------------------------------------------------------------------------------------

    /**
     * Adds entries to the playlist; the user asked for them, so a sample still being prepared gives way.
     *
     * @param entries the entries
     * @param now     {@code true} to play the first at once, {@code false} to play it only if nothing plays
     */
    private void play(List<PlaylistEntry> entries, boolean now) {
        if (entries.isEmpty()) {
            return;
        }
        cancelPreparation();
        if (now) {
            playlistPlayer.playNow(entries);
        } else {
            playlistPlayer.enqueue(entries);
        }
    }

    @Override
    public void playing(PlaylistEntry entry, MediaPlayer player) {
        window.setTitle(entry.title() + " \u2014 Framepipe");
        int place = playlist.entries().indexOf(entry) + 1;
        status.setSteady("Playing " + entry.title() + (playlist.getSize() > 1 ? " (" + place + " of "
                + playlist.getSize() + ")" : ""));
        if (entry != sample) {
            entry.source().getUri().ifPresent(preferences::addRecent);
        }
        pictures.update();
    }

    @Override
    public void failed(PlaylistEntry entry, MediaException error) {
        if (error.isFatal()) {
            errors.show(entry.title(), error);
            status.notice("Could not play " + entry.title());
        } else {
            status.notice(error.getMessage());
        }
        pictures.update();
    }

    // ---- commands ---------------------------------------------------------------------------------------------

    @Override
    public void openFiles() {
        play(fileEntries(chooser.open(window, "Open Media", "Play")), true);
    }

    @Override
    public void openUrl() {
        UrlPrompt.ask(window).ifPresent(source -> play(List.of(PlaylistEntry.of(source)), true));
    }

    @Override
    public void addFiles() {
        play(fileEntries(chooser.open(window, "Add to Playlist", "Add")), false);
    }

    private static List<PlaylistEntry> fileEntries(List<Path> files) {
        List<PlaylistEntry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.add(PlaylistEntry.of(MediaSource.of(file)));
        }
        return entries;
    }

    @Override
    public void saveFrame() {
        session.player().filter(SnapshotSaver::hasFrame)
                .ifPresent(player -> snapshots.saveFrame(window, player, currentTitle()));
    }

    @Override
    public void savePictureAsShown() {
        snapshots.saveShown(window, playerPanel.getVideoComponent(), currentTitle());
    }

    @Override
    public void loadSubtitles() {
        chooser.openSubtitles(window).ifPresent(choice -> addSubtitles(choice.file, choice.encoding));
    }

    /** Shows a dropped subtitle file over the media playing, its encoding recognised. */
    private void addSubtitles(Path file) {
        addSubtitles(file, null);
    }

    /**
     * Shows a subtitle file over the media playing; the player reports a file it cannot use as a notice.
     *
     * @param file     the file
     * @param encoding its encoding, or {@code null} to recognise it
     */
    private void addSubtitles(Path file, Charset encoding) {
        Optional<MediaPlayer> player = session.player().filter(p -> !p.getStatus().isFinal());
        if (player.isPresent()) {
            if (encoding == null) {
                player.get().tracks().addSubtitleFile(file);
            } else {
                player.get().tracks().addSubtitleFile(file, encoding);
            }
            status.notice("Subtitles: " + file.getFileName());
        } else {
            status.notice("Open a video first, then add its subtitles");
        }
    }

    @Override
    public void showMediaInfo() {
        Optional<MediaPlayer> player = session.player().filter(p -> p.getStatus() != Status.UNKNOWN
                && !p.getStatus().isFinal());
        if (player.isPresent()) {
            MediaInfoDialog.show(window, player.get(), currentTitle());
        } else {
            status.notice("Nothing is playing.");
        }
    }

    private String currentTitle() {
        return playlist.current().map(PlaylistEntry::title).orElse("Framepipe");
    }

    @Override
    public void quit() {
        window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
    }

    @Override
    public void previous() {
        cancelPreparation();
        playlistPlayer.previous();
    }

    @Override
    public void next() {
        cancelPreparation();
        playlistPlayer.next();
    }

    @Override
    public void setRepeat(boolean repeat) {
        playlistPlayer.setRepeat(repeat);
    }

    @Override
    public void setStatisticsVisible(boolean visible) {
        statistics.setVisible(visible);
    }

    @Override
    public void setPlaylistVisible(boolean visible) {
        window.setPlaylistVisible(visible);
        preferences.setPlaylistVisible(visible);
    }

    @Override
    public void setTheme(Theme theme) {
        theme.apply();
        preferences.setTheme(theme);
        actions.showTheme(theme);
    }

    @Override
    public void showShortcuts() {
        ShortcutsDialog.show(window, menuBar);
    }

    @Override
    public void showDiagnostics() {
        DiagnosticsDialog.show(window);
    }

    @Override
    public void showAbout() {
        JOptionPane.showMessageDialog(window, "<html><b>Framepipe</b><br><br>A Swing video component on GStreamer:"
                + "<br>frames converted to RGB in Java and painted<br>through one recycled VolatileImage.<br><br>"
                + "Java " + System.getProperty("java.version") + " \u00b7 " + System.getProperty("os.name")
                + "</html>", "About Framepipe", JOptionPane.PLAIN_MESSAGE,
                new ImageIcon(AppIcon.images().get(4)));
    }

    // ---- for tests and the window's end ---------------------------------------------------------------------------

    DemoWindow window() {
        return window;
    }

    VideoPlayerPanel playerPanel() {
        return playerPanel;
    }

    Playlist playlist() {
        return playlist;
    }

    StatsOverlay statistics() {
        return statistics;
    }

    StatusBar status() {
        return status;
    }

    boolean isPreparingSample() {
        return preparation != null;
    }

    /**
     * Lets go of everything: the sample's preparation, the playlist's pictures (and the player taking one), the
     * player, the overlay's timer, the dialogs.
     */
    private void release() {
        cancelPreparation();
        pictures.close();
        statistics.setVisible(false);
        session.clear();
        playerPanel.dispose();
        errors.dispose();
        saveErrors.dispose();
    }
}
