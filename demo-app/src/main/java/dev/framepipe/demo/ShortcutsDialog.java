package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.KeyStroke;

import com.formdev.flatlaf.FlatClientProperties;

/**
 * The keyboard help: every shortcut of the menu bar, grouped by menu, read from the menu items themselves so the
 * help can never disagree with the menus, plus what the mouse does.
 */
final class ShortcutsDialog {
    /** The dialog's title, which tests look for. */
    static final String TITLE = "Keyboard Shortcuts";
    private static final String[][] MOUSE = {
        {"Double-click the video", "Full screen"},
        {"Drop files on the window", "Play them"},
        {"Double-click a playlist item", "Play it"},
    };

    private ShortcutsDialog() {
    }

    /**
     * Collects the shortcuts of a menu bar.
     *
     * @param menuBar the menu bar
     * @return for each menu with shortcuts, its title and its rows of key and command
     */
    static Map<String, List<String[]>> shortcuts(JMenuBar menuBar) {
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        for (int i = 0; i < menuBar.getMenuCount(); i++) {
            JMenu menu = menuBar.getMenu(i);
            List<String[]> rows = new ArrayList<>();
            collect(menu, rows);
            if (!rows.isEmpty()) {
                sections.put(menu.getText(), rows);
            }
        }
        sections.put("Mouse", List.of(MOUSE));
        return sections;
    }

    private static void collect(JMenu menu, List<String[]> rows) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item instanceof JMenu) {
                collect((JMenu) item, rows);
            } else if (item != null && item.getAccelerator() != null) {
                rows.add(new String[] {keyText(item.getAccelerator()), item.getText()});
            }
        }
    }

    /**
     * Writes a key stroke as people read it.
     *
     * @param key the key stroke
     * @return for instance "Ctrl+O", "Space" or "←"
     */
    static String keyText(KeyStroke key) {
        String modifiers = InputEvent.getModifiersExText(key.getModifiers());
        String name;
        switch (key.getKeyCode()) {
            case KeyEvent.VK_LEFT:
                name = "\u2190";
                break;
            case KeyEvent.VK_RIGHT:
                name = "\u2192";
                break;
            case KeyEvent.VK_UP:
                name = "\u2191";
                break;
            case KeyEvent.VK_DOWN:
                name = "\u2193";
                break;
            case KeyEvent.VK_COMMA:
                name = ",";
                break;
            case KeyEvent.VK_PERIOD:
                name = ".";
                break;
            default:
                name = KeyEvent.getKeyText(key.getKeyCode());
        }
        return modifiers.isEmpty() ? name : modifiers + "+" + name;
    }

    /**
     * Shows the shortcuts of a menu bar. The dialog does not block the window.
     *
     * @param owner   the main window
     * @param menuBar the menu bar to read
     */
    static void show(Window owner, JMenuBar menuBar) {
        JDialog dialog = new JDialog(owner, TITLE, Dialog.ModalityType.MODELESS);
        dialog.setName("shortcutsDialog");
        Map<String, List<String[]>> sections = shortcuts(menuBar);
        JPanel columns = new JPanel(new GridLayout(1, 2, 32, 0));
        JPanel left = column();
        JPanel right = column();
        int total = sections.values().stream().mapToInt(List::size).sum();
        int leftRows = 0;
        for (Map.Entry<String, List<String[]>> section : sections.entrySet()) {
            // Fill the left column up to about half of all rows, then the right one.
            boolean toLeft = leftRows < total / 2;
            addSection(toLeft ? left : right, section.getKey(), section.getValue());
            leftRows += toLeft ? section.getValue().size() : 0;
        }
        endColumn(left);
        endColumn(right);
        columns.add(left);
        columns.add(right);
        JPanel content = new JPanel(new BorderLayout(0, 16));
        content.setBorder(BorderFactory.createEmptyBorder(16, 20, 12, 20));
        content.add(columns, BorderLayout.CENTER);
        content.add(Dialogs.closeButtonRow(dialog, dialog::dispose), BorderLayout.SOUTH);
        dialog.setContentPane(content);
        Dialogs.showCentred(dialog, owner);
    }

    private static JPanel column() {
        return new JPanel(new GridBagLayout());
    }

    private static void addSection(JPanel column, String title, List<String[]> rows) {
        GridBagConstraints heading = new GridBagConstraints();
        heading.gridx = 0;
        heading.gridwidth = 2;
        heading.anchor = GridBagConstraints.LINE_START;
        heading.insets = new Insets(column.getComponentCount() == 0 ? 0 : 14, 0, 4, 0);
        JLabel label = new JLabel(title);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "semibold");
        column.add(label, heading);
        for (String[] row : rows) {
            GridBagConstraints key = new GridBagConstraints();
            key.gridx = 0;
            key.anchor = GridBagConstraints.LINE_END;
            key.insets = new Insets(2, 0, 2, 12);
            JLabel keyLabel = new JLabel(row[0]);
            keyLabel.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
            column.add(keyLabel, key);
            GridBagConstraints command = new GridBagConstraints();
            command.gridx = 1;
            command.weightx = 1;
            command.anchor = GridBagConstraints.LINE_START;
            column.add(new JLabel(row[1]), command);
        }
    }

    /** Pushes the rows of a column to its top. */
    private static void endColumn(JComponent column) {
        GridBagConstraints filler = new GridBagConstraints();
        filler.gridx = 0;
        filler.weighty = 1;
        column.add(new JLabel(), filler);
    }
}
