package dev.framepipe.demo;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;

import javax.swing.Action;

import dev.framepipe.player.swing.RendererType;
import dev.framepipe.player.swing.ScalingMode;
import dev.framepipe.player.swing.VideoComponent;

/**
 * The demo's own actions, next to the player's ({@code PlayerActions}): names, icons, shortcuts and tooltips, each
 * running one of the {@link DemoCommands}. The menu bar, the toolbar, the playlist panel and the keyboard help are
 * all built from these objects, so they always agree. Event dispatch thread only.
 */
final class DemoActions {
    final DemoAction openFiles;
    final DemoAction openUrl;
    final DemoAction addFiles;
    final DemoAction saveFrame;
    final DemoAction saveShown;
    final DemoAction mediaInfo;
    final DemoAction loadSubtitles;
    final DemoAction quit;
    final DemoAction previous;
    final DemoAction next;
    final DemoAction repeat;
    final DemoAction statistics;
    final DemoAction playlist;
    final DemoAction darkTheme;
    final DemoAction shortcuts;
    final DemoAction diagnostics;
    final DemoAction about;
    private final List<Action> scaling = new ArrayList<>();
    private final List<Action> renderers = new ArrayList<>();

    /**
     * Creates the actions.
     *
     * @param commands what they do
     * @param video    the video component whose scaling and renderer the View menu sets
     */
    DemoActions(DemoCommands commands, VideoComponent video) {
        openFiles = DemoAction.command("Open File\u2026", commands::openFiles).icon(DemoIcons.OPEN_FILE)
                .menuKey(KeyEvent.VK_O, 0).mnemonic(KeyEvent.VK_O).tip("Open video or audio files and play them");
        openUrl = DemoAction.command("Open URL\u2026", commands::openUrl).icon(DemoIcons.OPEN_URL)
                .menuKey(KeyEvent.VK_U, 0).mnemonic(KeyEvent.VK_U).tip("Play a stream or a file on the web");
        addFiles = DemoAction.command("Add to Playlist\u2026", commands::addFiles).icon(DemoIcons.ADD)
                .menuKey(KeyEvent.VK_O, InputEvent.SHIFT_DOWN_MASK).mnemonic(KeyEvent.VK_A)
                .tip("Add files to the end of the playlist");
        saveFrame = DemoAction.command("Save Frame\u2026", commands::saveFrame).icon(DemoIcons.SNAPSHOT)
                .menuKey(KeyEvent.VK_S, 0).mnemonic(KeyEvent.VK_S)
                .tip("Save the exact frame shown, at the video's full resolution, as a PNG image");
        saveShown = DemoAction.command("Save Picture as Shown\u2026", commands::savePictureAsShown)
                .menuKey(KeyEvent.VK_S, InputEvent.SHIFT_DOWN_MASK).mnemonic(KeyEvent.VK_W)
                .tip("Save the picture at the size it is shown, captions included, as a PNG image");
        mediaInfo = DemoAction.command("Media Information\u2026", commands::showMediaInfo).icon(DemoIcons.INFO)
                .menuKey(KeyEvent.VK_I, 0).mnemonic(KeyEvent.VK_I)
                .tip("Container, codecs, size, frame rate and colours of the media playing");
        loadSubtitles = DemoAction.command("Load Subtitle File\u2026", commands::loadSubtitles)
                .menuKey(KeyEvent.VK_L, 0).mnemonic(KeyEvent.VK_L)
                .tip("Show a SubRip, WebVTT, SubStation or MicroDVD file over the media playing");
        quit = DemoAction.command("Quit", commands::quit).menuKey(KeyEvent.VK_Q, 0).mnemonic(KeyEvent.VK_Q);
        previous = DemoAction.command("Previous Item", commands::previous).icon(DemoIcons.PREVIOUS_ITEM)
                .key(KeyEvent.VK_P).mnemonic(KeyEvent.VK_V).tip("Play the previous item of the playlist");
        next = DemoAction.command("Next Item", commands::next).icon(DemoIcons.NEXT_ITEM).key(KeyEvent.VK_N)
                .mnemonic(KeyEvent.VK_X).tip("Play the next item of the playlist");
        repeat = DemoAction.toggle("Repeat Playlist", commands::setRepeat).mnemonic(KeyEvent.VK_T)
                .tip("Start the playlist again after its last item");
        statistics = DemoAction.toggle("Statistics", commands::setStatisticsVisible).icon(DemoIcons.STATISTICS)
                .key(KeyEvent.VK_I).mnemonic(KeyEvent.VK_S)
                .tip("Show frame rate, dropped frames, latency and memory over the video");
        playlist = DemoAction.toggle("Playlist", commands::setPlaylistVisible).icon(DemoIcons.PLAYLIST)
                .menuKey(KeyEvent.VK_L, 0).mnemonic(KeyEvent.VK_P).tip("Show or hide the playlist");
        darkTheme = DemoAction.toggle("Dark Theme", dark -> commands.setTheme(dark ? Theme.DARK : Theme.LIGHT))
                .icon(DemoIcons.THEME).menuKey(KeyEvent.VK_T, 0).mnemonic(KeyEvent.VK_D)
                .tip("Switch between the light and the dark theme");
        shortcuts = DemoAction.command("Keyboard Shortcuts", commands::showShortcuts).icon(DemoIcons.KEYBOARD)
                .functionKey(KeyEvent.VK_F1).mnemonic(KeyEvent.VK_K);
        diagnostics = DemoAction.command("Media Diagnostics", commands::showDiagnostics).mnemonic(KeyEvent.VK_M)
                .tip("What this machine can play, and a report to copy into a bug report");
        about = DemoAction.command("About Framepipe", commands::showAbout).mnemonic(KeyEvent.VK_A);
        for (ScalingMode mode : ScalingMode.values()) {
            DemoAction action = DemoAction.toggle(scalingTitle(mode), selected -> video.setScalingMode(mode));
            action.setSelected(video.getScalingMode() == mode);
            scaling.add(action);
        }
        for (RendererType type : RendererType.values()) {
            DemoAction action = DemoAction.toggle(Formats.renderer(type), selected -> video.setRendererType(type));
            action.setSelected(video.getRendererType() == type);
            renderers.add(action);
        }
        video.addPropertyChangeListener(VideoComponent.RENDERER_TYPE_PROPERTY, event -> {
            for (int i = 0; i < renderers.size(); i++) {
                renderers.get(i).putValue(Action.SELECTED_KEY, RendererType.values()[i] == event.getNewValue());
            }
        });
    }

    private static String scalingTitle(ScalingMode mode) {
        switch (mode) {
            case FILL:
                return "Fill (Crop)";
            case STRETCH:
                return "Stretch";
            case NATIVE:
                return "Original Size";
            default:
                return "Fit";
        }
    }

    /**
     * Shows the theme in use on the theme toggle.
     *
     * @param theme the theme in use
     */
    void showTheme(Theme theme) {
        darkTheme.setSelected(theme == Theme.DARK);
    }

    /**
     * Returns one action per scaling mode, for radio menu items.
     *
     * @return the actions, in {@link ScalingMode} order
     */
    List<Action> scalingActions() {
        return scaling;
    }

    /**
     * Returns one action per renderer type, for radio menu items.
     *
     * @return the actions, in {@link RendererType} order
     */
    List<Action> rendererActions() {
        return renderers;
    }
}
