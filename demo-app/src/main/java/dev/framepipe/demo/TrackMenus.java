package dev.framepipe.demo;

import java.awt.event.KeyEvent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.SwingUtilities;

import dev.framepipe.player.AudioOutput;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.swing.TrackMenuItems;
import dev.framepipe.player.swing.VideoComponent;

/**
 * The menus that choose tracks: Audio ▸ Track and Subtitles ▸ Track, each listing the current media's tracks and kept
 * up to date as they change; Audio ▸ Output Device; and the caption sizes of Subtitles ▸ Size and the item opening
 * Subtitles ▸ Style…. Event dispatch thread only.
 */
final class TrackMenus {
    /** Caption sizes offered, as fractions of the picture's height. */
    private static final double[] SIZES = {0.045, 0.055, 0.07};
    private static final String[] SIZE_NAMES = {"Small", "Medium", "Large"};

    private final VideoComponent video;
    private final Map<TrackType, JMenu> menus = new EnumMap<>(TrackType.class);
    private final Map<TrackType, List<Track>> listed = new EnumMap<>(TrackType.class);

    /**
     * Creates the menus for the player a component shows, following it when the component shows another.
     *
     * @param video the component
     */
    TrackMenus(VideoComponent video) {
        this.video = video;
        ShownPlayerWatch.install(video, () -> {
            // The items act on the player they were made for: a new player needs new items, even for equal tracks.
            listed.clear();
            fillAll();
        }, this::fillAll, PlayerProperties.TRACKS, PlayerProperties.AUDIO_TRACK, PlayerProperties.SUBTITLE_TRACK);
    }

    /**
     * Makes the menu listing the tracks of a type, the one playing selected. It is kept up to date as the player's
     * tracks and choices change, so keyboard and assistive technology users find the same items as a mouse does.
     *
     * @param type     audio or subtitle
     * @param mnemonic the menu's mnemonic
     * @return the menu
     */
    JMenu trackMenu(TrackType type, int mnemonic) {
        JMenu menu = new JMenu("Track");
        menu.setMnemonic(mnemonic);
        menus.put(type, menu);
        fill(type);
        return menu;
    }

    private void fillAll() {
        menus.keySet().forEach(this::fill);
    }

    /**
     * Lists the tracks again when they changed; when only the choice changed, moves the selection, keeping the items
     * (an open menu must not lose the item under the pointer).
     */
    private void fill(TrackType type) {
        JMenu menu = menus.get(type);
        MediaPlayer player = video.getMediaPlayer();
        List<Track> tracks = player == null ? List.of() : player.tracks().getTracks(type);
        if (!tracks.equals(listed.get(type))) {
            listed.put(type, tracks);
            menu.removeAll();
            TrackMenuItems.add(menu, player, type);
            return;
        }
        String chosen = player == null ? "" : TrackMenuItems.itemName(type, player.tracks().getSelected(type));
        for (java.awt.Component item : menu.getMenuComponents()) {
            if (item instanceof JRadioButtonMenuItem) {
                ((JRadioButtonMenuItem) item).setSelected(chosen.equals(item.getName()));
            }
        }
    }

    /**
     * Makes Audio ▸ Output Device: the system's default, then the outputs GStreamer's device monitor lists, read each
     * time the menu opens (headphones come and go).
     *
     * @return the menu
     */
    JMenu outputMenu() {
        JMenu menu = new JMenu("Output Device");
        menu.setMnemonic(KeyEvent.VK_D);
        menu.addMenuListener(new javax.swing.event.MenuListener() {
            @Override
            public void menuSelected(javax.swing.event.MenuEvent event) {
                fillOutputs(menu);
            }

            @Override
            public void menuDeselected(javax.swing.event.MenuEvent event) {
            }

            @Override
            public void menuCanceled(javax.swing.event.MenuEvent event) {
            }
        });
        return menu;
    }

    private void fillOutputs(JMenu menu) {
        menu.removeAll();
        MediaPlayer player = video.getMediaPlayer();
        AudioOutput current = player == null ? null : player.audio().getOutput().orElse(null);
        ButtonGroup group = new ButtonGroup();
        List<AudioOutput> choices = new java.util.ArrayList<>();
        choices.add(null);
        choices.addAll(AudioOutput.list());
        for (AudioOutput output : choices) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(output == null ? "System Default"
                    : output.getName());
            item.setSelected(java.util.Objects.equals(output, current));
            item.setEnabled(player != null && !player.getStatus().isFinal());
            item.addActionListener(event -> player.audio().setOutput(output));
            group.add(item);
            menu.add(item);
        }
    }

    /**
     * Makes Subtitles ▸ Size: three sizes to pick in one go. The one matching the captions' size is selected, none
     * when Subtitles ▸ Style… set another.
     *
     * @return the menu
     */
    JMenu sizeMenu() {
        JMenu menu = new JMenu("Size");
        menu.setMnemonic(KeyEvent.VK_Z);
        ButtonGroup sizes = new ButtonGroup();
        List<JRadioButtonMenuItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < SIZES.length; i++) {
            double size = SIZES[i];
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(SIZE_NAMES[i]);
            item.addActionListener(event -> video.setCaptionStyle(video.getCaptionStyle().withScale(size)));
            sizes.add(item);
            items.add(item);
            menu.add(item);
        }
        Runnable showSize = () -> {
            sizes.clearSelection();
            for (int i = 0; i < SIZES.length; i++) {
                if (SIZES[i] == video.getCaptionStyle().getScale()) {
                    items.get(i).setSelected(true);
                }
            }
        };
        showSize.run();
        video.addPropertyChangeListener(VideoComponent.CAPTION_STYLE_PROPERTY, event -> showSize.run());
        return menu;
    }

    /**
     * Makes Subtitles ▸ Style…, which opens the {@link CaptionStyleDialog}.
     *
     * @return the item
     */
    JMenuItem styleItem() {
        JMenuItem item = new JMenuItem("Style\u2026");
        item.setMnemonic(KeyEvent.VK_Y);
        item.addActionListener(event -> CaptionStyleDialog.show(SwingUtilities.getWindowAncestor(video), video));
        return item;
    }
}
