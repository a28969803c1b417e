package dev.framepipe.player.swing;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.GridBagLayout;
import java.awt.LayoutManager;

import javax.swing.Icon;
import javax.swing.JLayeredPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JViewport;

/**
 * Where a component sits in its parent, remembered so it can be taken out and put back exactly there: the side of a
 * split pane, the tab (with its title, icon and tooltip) of a tabbed pane, the view of a scroll pane, the layer of a
 * layered pane, or the index and layout constraints in any other container. While the component is away, a
 * placeholder keeps the parent's layout as it was.
 *
 * <p>Event dispatch thread only.
 */
abstract class ComponentSlot {
    /**
     * Remembers where a component sits.
     *
     * @param component a component with a parent
     * @return its slot
     * @throws IllegalStateException if the component has no parent
     */
    static ComponentSlot of(Component component) {
        Container parent = component.getParent();
        if (parent == null) {
            throw new IllegalStateException("the component is not in a container");
        }
        if (parent instanceof JSplitPane) {
            return new SplitPaneSlot((JSplitPane) parent, component);
        }
        if (parent instanceof JTabbedPane) {
            return new TabSlot((JTabbedPane) parent, component);
        }
        if (parent instanceof JViewport) {
            return new ViewportSlot((JViewport) parent);
        }
        return new ContainerSlot(parent, component);
    }

    /**
     * Puts a component into the slot in place of what is there now.
     *
     * @param current     what occupies the slot
     * @param replacement what to put there
     */
    abstract void swap(Component current, Component replacement);

    /** A side of a split pane. */
    private static final class SplitPaneSlot extends ComponentSlot {
        private final JSplitPane pane;
        private final boolean first;

        SplitPaneSlot(JSplitPane pane, Component component) {
            this.pane = pane;
            this.first = pane.getLeftComponent() == component;
        }

        @Override
        void swap(Component current, Component replacement) {
            int divider = pane.getDividerLocation();
            if (first) {
                pane.setLeftComponent(replacement);
            } else {
                pane.setRightComponent(replacement);
            }
            pane.setDividerLocation(divider);
        }
    }

    /** A tab, with its title, icon, tooltip and selection. */
    private static final class TabSlot extends ComponentSlot {
        private final JTabbedPane pane;
        private final int index;
        private final String title;
        private final Icon icon;
        private final String tip;

        TabSlot(JTabbedPane pane, Component component) {
            this.pane = pane;
            this.index = pane.indexOfComponent(component);
            this.title = pane.getTitleAt(index);
            this.icon = pane.getIconAt(index);
            this.tip = pane.getToolTipTextAt(index);
        }

        @Override
        void swap(Component current, Component replacement) {
            boolean selected = pane.getSelectedIndex() == index;
            pane.removeTabAt(index);
            pane.insertTab(title, icon, replacement, tip, index);
            if (selected) {
                pane.setSelectedIndex(index);
            }
        }
    }

    /** The view of a scroll pane. */
    private static final class ViewportSlot extends ComponentSlot {
        private final JViewport viewport;

        ViewportSlot(JViewport viewport) {
            this.viewport = viewport;
        }

        @Override
        void swap(Component current, Component replacement) {
            viewport.setView(replacement);
        }
    }

    /** An index in a container, with the constraints its layout (or layered pane) knows for it. */
    private static final class ContainerSlot extends ComponentSlot {
        private final Container parent;
        private final Object constraints;

        ContainerSlot(Container parent, Component component) {
            this.parent = parent;
            this.constraints = constraintsOf(parent, component);
        }

        private static Object constraintsOf(Container parent, Component component) {
            if (parent instanceof JLayeredPane) {
                return ((JLayeredPane) parent).getLayer(component);
            }
            LayoutManager layout = parent.getLayout();
            if (layout instanceof BorderLayout) {
                return ((BorderLayout) layout).getConstraints(component);
            }
            if (layout instanceof GridBagLayout) {
                return ((GridBagLayout) layout).getConstraints(component);
            }
            return null;
        }

        @Override
        void swap(Component current, Component replacement) {
            int index = indexOf(current);
            java.awt.Rectangle bounds = current.getBounds();
            parent.remove(index);
            parent.add(replacement, constraints, index);
            if (parent.getLayout() == null) {
                replacement.setBounds(bounds);
            }
            parent.revalidate();
            parent.repaint();
        }

        private int indexOf(Component component) {
            Component[] children = parent.getComponents();
            for (int i = 0; i < children.length; i++) {
                if (children[i] == component) {
                    return i;
                }
            }
            throw new IllegalStateException("the component left its container");
        }
    }
}
