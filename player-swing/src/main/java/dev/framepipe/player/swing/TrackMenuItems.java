package dev.framepipe.player.swing;

import java.awt.Container;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.swing.ButtonGroup;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;

/**
 * Menu items that choose a player's audio or subtitle track: "Off" (or "No sound"), then one radio item per track,
 * labelled with {@link Track#getLabel()}, the one playing selected. For a {@code JMenu} or {@code JPopupMenu} that
 * is filled each time it opens, since a track list changes with the media.
 *
 * <p>Items are named for UI tests and automation: {@code "subtitle-track-1"}, {@code "audio-track-off"}. Event
 * dispatch thread only.
 */
public final class TrackMenuItems {
    private TrackMenuItems() {
    }

    /**
     * Adds the items for one type of track to a menu.
     *
     * @param menu   a {@code JMenu} or {@code JPopupMenu}; its items are added, not replaced
     * @param player the player, or {@code null} (a disabled "No tracks" item is added)
     * @param type   {@link TrackType#AUDIO} or {@link TrackType#SUBTITLE}
     */
    public static void add(Container menu, MediaPlayer player, TrackType type) {
        // The lists are empty until the media is ready, and the player refuses choices once halted.
        List<Track> tracks = player == null || player.getStatus().isFinal() ? List.of()
                : player.tracks().getTracks(type);
        if (tracks.isEmpty()) {
            JMenuItem none = new JMenuItem(type == TrackType.AUDIO ? "No audio tracks" : "No subtitle tracks");
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        Optional<Track> selected = player.tracks().getSelected(type);
        ButtonGroup group = new ButtonGroup();
        JRadioButtonMenuItem off = new JRadioButtonMenuItem(type == TrackType.AUDIO ? "No sound" : "Off");
        off.setSelected(selected.isEmpty());
        off.setName(itemName(type, Optional.empty()));
        off.addActionListener(event -> player.tracks().deselect(type));
        group.add(off);
        menu.add(off);
        for (Track track : tracks) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(track.getLabel());
            item.setSelected(selected.map(track::equals).orElse(false));
            item.setName(itemName(type, Optional.of(track)));
            item.addActionListener(event -> player.tracks().select(track));
            group.add(item);
            menu.add(item);
        }
    }

    /**
     * Returns the name of the item for a track, or for "off".
     *
     * @param type  the type of track
     * @param track the track, or empty for the "off" item
     * @return for instance {@code "subtitle-track-1"} or {@code "audio-track-off"}
     */
    public static String itemName(TrackType type, Optional<Track> track) {
        return type.name().toLowerCase(Locale.ROOT) + "-track-"
                + track.map(chosen -> String.valueOf(chosen.getIndex())).orElse("off");
    }
}
