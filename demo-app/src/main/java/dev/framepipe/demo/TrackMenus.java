package dev.framepipe.demo;

import java.awt.Color;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Status;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.swing.CaptionStyle;
import dev.framepipe.player.swing.VideoComponent;

/**
 * The menus that choose tracks: Audio ▸ Track and Subtitles ▸ Track, each listing the current media's tracks when it
 * opens (a track list changes with the media), and the caption size and box of Subtitles ▸ Style. Event dispatch
 * thread only.
 */
final class TrackMenus {
    /** Caption sizes offered, as fractions of the picture's height. */
    private static final double[] SIZES = {0.045, 0.055, 0.07};
    private static final String[] SIZE_NAMES = {"Small", "Medium", "Large"};
    private static final Color BOX = new Color(0, 0, 0, 170);

    private final VideoComponent video;

    TrackMenus(VideoComponent video) {
        this.video = video;
    }

    /**
     * Makes a menu listing the tracks of a type, the one playing selected, rebuilt each time it opens.
     *
     * @param type     audio or subtitle
     * @param mnemonic the menu's mnemonic
     * @return the menu
     */
    JMenu trackMenu(TrackType type, int mnemonic) {
        JMenu menu = new JMenu("Track");
        menu.setMnemonic(mnemonic);
        menu.addMenuListener(new Rebuild(() -> fill(menu, type)));
        return menu;
    }

    private void fill(JMenu menu, TrackType type) {
        menu.removeAll();
        MediaPlayer player = video.getMediaPlayer();
        boolean ready = player != null && !player.getStatus().isFinal() && player.getStatus() != Status.UNKNOWN;
        List<Track> tracks = ready ? player.tracks().getTracks(type) : List.of();
        Optional<Track> selected = ready ? player.tracks().getSelected(type) : Optional.empty();
        ButtonGroup group = new ButtonGroup();
        JRadioButtonMenuItem off = new JRadioButtonMenuItem(type == TrackType.AUDIO ? "No sound" : "Off");
        off.setSelected(ready && selected.isEmpty());
        off.setEnabled(!tracks.isEmpty());
        off.addActionListener(event -> player.tracks().deselect(type));
        off.setName(itemName(type, "off"));
        group.add(off);
        menu.add(off);
        for (Track track : tracks) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(track.getLabel());
            item.setSelected(selected.map(track::equals).orElse(false));
            item.addActionListener(event -> player.tracks().select(track));
            item.setName(itemName(type, String.valueOf(track.getIndex())));
            group.add(item);
            menu.add(item);
        }
        if (tracks.isEmpty()) {
            JMenuItem none = new JMenuItem(type == TrackType.AUDIO ? "No audio tracks" : "No subtitle tracks");
            none.setEnabled(false);
            menu.add(none);
        }
    }

    /** "subtitle-track-1", "audio-track-off": names tests and accessibility tools find items by. */
    private static String itemName(TrackType type, String which) {
        return type.name().toLowerCase(java.util.Locale.ROOT) + "-track-" + which;
    }

    /**
     * Makes Subtitles ▸ Style: three sizes and a box behind the text.
     *
     * @return the menu
     */
    JMenu styleMenu() {
        JMenu menu = new JMenu("Style");
        menu.setMnemonic(KeyEvent.VK_Y);
        ButtonGroup sizes = new ButtonGroup();
        for (int i = 0; i < SIZES.length; i++) {
            double size = SIZES[i];
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(SIZE_NAMES[i]);
            item.setSelected(i == 1);
            item.addActionListener(event -> video.setCaptionStyle(video.getCaptionStyle().withScale(size)));
            sizes.add(item);
            menu.add(item);
        }
        menu.addSeparator();
        JCheckBoxMenuItem box = new JCheckBoxMenuItem("Background box");
        box.addActionListener(event -> video.setCaptionStyle(video.getCaptionStyle()
                .withBackground(box.isSelected() ? BOX : null)));
        menu.add(box);
        return menu;
    }

    /** Runs a rebuild each time the menu opens. */
    private static final class Rebuild implements MenuListener {
        private final Runnable rebuild;

        Rebuild(Runnable rebuild) {
            this.rebuild = rebuild;
        }

        @Override
        public void menuSelected(MenuEvent event) {
            rebuild.run();
        }

        @Override
        public void menuDeselected(MenuEvent event) {
        }

        @Override
        public void menuCanceled(MenuEvent event) {
        }
    }
}
