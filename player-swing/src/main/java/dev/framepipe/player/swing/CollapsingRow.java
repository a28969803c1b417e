package dev.framepipe.player.swing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.swing.JPanel;

/**
 * A row of controls that gives up the less important ones when it is narrow: the children are laid out left to right
 * at their preferred widths, those added at the end pushed to the right edge; when the row is narrower than that,
 * the groups named in {@link #dropFirst} are hidden in that order until the rest fits, and shown again when there
 * is room. A control bar in a 240-pixel tile thus keeps play, time, mute and full screen.
 *
 * <p>Whether a droppable control is wanted at all (the track button only with a choice to make) is said with
 * {@link #setWanted}, not {@code setVisible}, which the row sets itself. Threading: the event dispatch thread.
 */
final class CollapsingRow extends JPanel {
    private static final long serialVersionUID = 1L;

    private final List<Component> leading = new ArrayList<>();
    private final List<Component> trailing = new ArrayList<>();
    private final List<List<Component>> dropOrder = new ArrayList<>();
    private final Map<Component, Boolean> wanted = new HashMap<>();

    /** Creates an empty, transparent row. */
    CollapsingRow() {
        setOpaque(false);
        setLayout(new RowLayout());
    }

    /**
     * Adds controls at the left, after those added before.
     *
     * @param components the controls
     */
    void addLeading(Component... components) {
        for (Component component : components) {
            leading.add(component);
            add(component);
        }
    }

    /**
     * Adds controls at the right, after those added before.
     *
     * @param components the controls
     */
    void addTrailing(Component... components) {
        for (Component component : components) {
            trailing.add(component);
            add(component);
        }
    }

    /**
     * Names the next group to hide when the row is too narrow, after the groups named before; a group's controls go
     * and come back together.
     *
     * @param group controls already added
     */
    void dropFirst(Component... group) {
        List<Component> members = List.of(group);
        dropOrder.add(members);
        members.forEach(member -> wanted.put(member, Boolean.TRUE));
    }

    /**
     * Says whether a droppable control should show when there is room.
     *
     * @param component a control named in {@link #dropFirst}
     * @param show      {@code false} to keep it hidden whatever the width
     */
    void setWanted(Component component, boolean show) {
        if (!wanted.containsKey(component)) {
            throw new IllegalArgumentException("not a droppable control: " + component.getName());
        }
        if (wanted.put(component, show) != show) {
            component.setVisible(show);
            revalidate();
        }
    }

    /**
     * Tells whether a control is shown, or would be, if the row were wide enough.
     *
     * @param component a control of the row
     * @return {@code false} for a droppable control that is not wanted or a hidden fixed one
     */
    private boolean shownWhenWide(Component component) {
        Boolean droppable = wanted.get(component);
        return droppable != null ? droppable : component.isVisible();
    }

    private int preferredWidth(List<Component> components, List<Component> dropped) {
        int width = 0;
        for (Component component : components) {
            if (shownWhenWide(component) && !dropped.contains(component)) {
                width += component.getPreferredSize().width;
            }
        }
        return width;
    }

    /** The controls to hide so that what remains fits in a width. */
    private List<Component> toDrop(int width) {
        List<Component> all = new ArrayList<>(leading);
        all.addAll(trailing);
        List<Component> dropped = new ArrayList<>();
        for (List<Component> group : dropOrder) {
            if (preferredWidth(all, dropped) <= width) {
                break;
            }
            dropped.addAll(group);
        }
        return dropped;
    }

    /** Lays out the two groups at the row's edges, each control at its preferred size, centred vertically. */
    private final class RowLayout implements LayoutManager {
        @Override
        public void addLayoutComponent(String name, Component component) {
            // The row keeps its own lists.
        }

        @Override
        public void removeLayoutComponent(Component component) {
            // The row keeps its own lists.
        }

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            return size(List.of());
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            List<Component> everyDroppable = new ArrayList<>();
            dropOrder.forEach(everyDroppable::addAll);
            return size(everyDroppable);
        }

        private Dimension size(List<Component> dropped) {
            Insets insets = getInsets();
            int height = 0;
            for (Component component : getComponents()) {
                if (shownWhenWide(component) && !dropped.contains(component)) {
                    height = Math.max(height, component.getPreferredSize().height);
                }
            }
            return new Dimension(insets.left + insets.right + preferredWidth(leading, dropped)
                    + preferredWidth(trailing, dropped), insets.top + insets.bottom + height);
        }

        @Override
        public void layoutContainer(Container parent) {
            Insets insets = getInsets();
            int width = getWidth() - insets.left - insets.right;
            int height = getHeight() - insets.top - insets.bottom;
            List<Component> dropped = toDrop(width);
            for (Map.Entry<Component, Boolean> droppable : wanted.entrySet()) {
                Component component = droppable.getKey();
                boolean show = droppable.getValue() && !dropped.contains(component);
                if (component.isVisible() != show) {
                    component.setVisible(show);
                }
            }
            int x = insets.left;
            for (Component component : leading) {
                x += place(component, x, insets.top, height);
            }
            x = insets.left + width - preferredWidth(trailing, dropped);
            for (Component component : trailing) {
                x += place(component, x, insets.top, height);
            }
        }

        /** Places a shown control at x, centred in the row's height; returns the width it took. */
        private int place(Component component, int x, int top, int height) {
            if (!component.isVisible()) {
                return 0;
            }
            Dimension size = component.getPreferredSize();
            int shownHeight = Math.min(size.height, height);
            component.setBounds(x, top + (height - shownHeight) / 2, size.width, shownHeight);
            return size.width;
        }
    }
}
