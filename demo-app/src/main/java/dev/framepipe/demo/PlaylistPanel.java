package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;

import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.ToolTipManager;
import javax.swing.TransferHandler;
import javax.swing.UIManager;
import javax.swing.event.ListDataEvent;
import javax.swing.event.ListDataListener;

import com.formdev.flatlaf.FlatClientProperties;

/**
 * The playlist beside the video: the entries, the one playing marked; double-click or Enter plays one, Delete removes
 * the selected ones, Alt+↑/↓ move one; the buttons below add, remove and reorder. Files dropped on the list join it.
 */
final class PlaylistPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient Playlist playlist;
    private final transient PlaylistPlayer player;
    private final JList<PlaylistEntry> list;
    private final JLabel count = new JLabel();
    private final DemoAction remove;
    private final DemoAction moveUp;
    private final DemoAction moveDown;

    /**
     * Creates the panel.
     *
     * @param playlist the playlist shown
     * @param player   plays an entry chosen here
     * @param addFiles the action that adds files
     * @param drop     what files dropped on the list do
     */
    PlaylistPanel(Playlist playlist, PlaylistPlayer player, Action addFiles, TransferHandler drop) {
        super(new BorderLayout());
        this.playlist = playlist;
        this.player = player;
        list = new JList<>(playlist) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean getScrollableTracksViewportWidth() {
                // As wide as the panel, never wider: long names end in "..." rather than add a scroll bar.
                return true;
            }
        };
        list.setName("playlist");
        list.setCellRenderer(new PlaylistCellRenderer(playlist));
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        list.setTransferHandler(drop);
        list.getAccessibleContext().setAccessibleName("Playlist");
        ToolTipManager.sharedInstance().registerComponent(list);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                int index = list.locationToIndex(event.getPoint());
                if (event.getClickCount() == 2 && index >= 0 && list.getCellBounds(index, index)
                        .contains(event.getPoint())) {
                    player.play(playlist.getElementAt(index));
                }
            }
        });
        remove = DemoAction.command("Remove", this::removeSelected).icon(DemoIcons.REMOVE)
                .tip("Remove the selected items from the playlist");
        moveUp = DemoAction.command("Move Up", () -> moveSelected(-1)).icon(DemoIcons.MOVE_UP)
                .tip("Move the selected item up");
        moveDown = DemoAction.command("Move Down", () -> moveSelected(1)).icon(DemoIcons.MOVE_DOWN)
                .tip("Move the selected item down");
        DemoAction playSelected = DemoAction.command("Play", this::playSelected);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), playSelected);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), remove);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK), moveUp);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK), moveDown);
        list.addListSelectionListener(event -> updateActions());
        playlist.addListDataListener(new ListDataListener() {
            @Override
            public void intervalAdded(ListDataEvent event) {
                updateCount();
            }

            @Override
            public void intervalRemoved(ListDataEvent event) {
                updateCount();
            }

            @Override
            public void contentsChanged(ListDataEvent event) {
                updateActions();
            }
        });

        JScrollPane scroll = new JScrollPane(list) {
            private static final long serialVersionUID = 1L;

            @Override
            public void updateUI() {
                super.updateUI();
                // Lines above and below only, in the current theme's separator colour.
                setBorder(BorderFactory.createMatteBorder(1, 0, 1, 0, UIManager.getColor("Separator.foreground")));
            }
        };
        add(header(), BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
        add(buttons(addFiles), BorderLayout.SOUTH);
        setMinimumSize(new Dimension(180, 0));
        setPreferredSize(new Dimension(260, 0));
        updateCount();
    }

    private JComponent header() {
        JLabel title = new JLabel("Playlist");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "semibold");
        count.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        JPanel header = new JPanel(new BorderLayout());
        header.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        header.add(title, BorderLayout.WEST);
        header.add(count, BorderLayout.EAST);
        return header;
    }

    private JComponent buttons(Action addFiles) {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        for (Action action : new Action[] {addFiles, remove, moveUp, moveDown}) {
            AbstractButton button = new JButton(action);
            button.setHideActionText(true);
            button.setFocusable(false);
            button.getAccessibleContext().setAccessibleName(((String) action.getValue(Action.NAME))
                    .replace("\u2026", ""));
            bar.add(button);
        }
        return bar;
    }

    private void bindKey(KeyStroke key, Action action) {
        list.getInputMap(JComponent.WHEN_FOCUSED).put(key, action.getValue(Action.NAME));
        list.getActionMap().put(action.getValue(Action.NAME), action);
    }

    private void playSelected() {
        if (list.getSelectedIndex() >= 0) {
            player.play(list.getSelectedValue());
        }
    }

    private void removeSelected() {
        int[] selected = list.getSelectedIndices();
        if (selected.length > 0) {
            playlist.remove(selected);
        }
    }

    private void moveSelected(int delta) {
        int index = list.getSelectedIndex();
        if (index >= 0) {
            int moved = playlist.move(index, delta);
            list.setSelectedIndex(moved);
            list.ensureIndexIsVisible(moved);
        }
    }

    private void updateCount() {
        int size = playlist.getSize();
        count.setText(size == 1 ? "1 item" : size + " items");
        updateActions();
    }

    private void updateActions() {
        int[] selected = list.getSelectedIndices();
        remove.setEnabled(selected.length > 0);
        moveUp.setEnabled(selected.length == 1 && selected[0] > 0);
        moveDown.setEnabled(selected.length == 1 && selected[0] < playlist.getSize() - 1);
    }
}
