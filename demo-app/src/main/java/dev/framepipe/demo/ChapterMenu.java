package dev.framepipe.demo;

import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;

import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

import dev.framepipe.player.Chapter;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.swing.TimeFormat;
import dev.framepipe.player.swing.VideoComponent;

/**
 * Playback ▸ Chapter: the chapters of the media the component shows, with their start times, the one playing
 * selected; choosing one goes to its start. Filled each time it opens, so it is always current without listening to
 * the player. Event dispatch thread only.
 */
final class ChapterMenu {
    private ChapterMenu() {
    }

    /**
     * Makes the menu.
     *
     * @param video the component whose player's chapters are listed
     * @return the menu
     */
    static JMenu create(VideoComponent video) {
        JMenu menu = new JMenu("Chapter");
        menu.setMnemonic(KeyEvent.VK_C);
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent event) {
                fill(menu, video.getMediaPlayer());
            }

            @Override
            public void menuDeselected(MenuEvent event) {
            }

            @Override
            public void menuCanceled(MenuEvent event) {
            }
        });
        return menu;
    }

    /**
     * Lists a player's chapters in a menu, replacing what it held.
     *
     * @param menu   the menu
     * @param player the player, or {@code null}
     */
    static void fill(JMenu menu, MediaPlayer player) {
        menu.removeAll();
        List<Chapter> chapters = player == null ? List.of() : player.media().getChapters();
        if (chapters.isEmpty()) {
            JMenuItem none = new JMenuItem("No Chapters");
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        Optional<Chapter> current = player.chapters().getCurrent();
        ButtonGroup group = new ButtonGroup();
        for (Chapter chapter : chapters) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(TimeFormat.format(chapter.getStart()) + "  "
                    + chapter.getDisplayName());
            item.setName("chapter-" + chapter.getIndex());
            item.setSelected(current.filter(chapter::equals).isPresent());
            item.addActionListener(event -> player.chapters().select(chapter.getIndex()));
            group.add(item);
            menu.add(item);
        }
    }
}
