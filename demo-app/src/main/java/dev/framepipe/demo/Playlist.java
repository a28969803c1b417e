package dev.framepipe.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.swing.AbstractListModel;

/**
 * The playlist: entries in order and which one is current. A list model, so a {@code JList} shows it directly.
 *
 * <p>The current entry is remembered by identity, not by index, so reordering keeps it. When it is removed, the
 * playlist remembers where it stood, so {@link #next} continues with the entry that took its place.
 *
 * <p>Event dispatch thread only.
 */
final class Playlist extends AbstractListModel<PlaylistEntry> {
    private static final long serialVersionUID = 1L;

    private final transient List<PlaylistEntry> entries = new ArrayList<>();
    private transient PlaylistEntry current;
    private int currentPlace = -1;

    @Override
    public int getSize() {
        return entries.size();
    }

    @Override
    public PlaylistEntry getElementAt(int index) {
        return entries.get(index);
    }

    /**
     * Appends entries.
     *
     * @param added the entries
     */
    void addAll(Collection<PlaylistEntry> added) {
        if (added.isEmpty()) {
            return;
        }
        int first = entries.size();
        entries.addAll(added);
        fireIntervalAdded(this, first, entries.size() - 1);
    }

    /**
     * Removes the entries at the given indices.
     *
     * @param indices indices into the playlist, in any order
     */
    void remove(int[] indices) {
        int[] sorted = indices.clone();
        Arrays.sort(sorted);
        for (int i = sorted.length - 1; i >= 0; i--) {
            int index = sorted[i];
            if (entries.get(index) == current) {
                currentPlace = index;
            } else if (index < placeOfCurrent()) {
                currentPlace = placeOfCurrent() - 1;
            }
            entries.remove(index);
            fireIntervalRemoved(this, index, index);
        }
    }

    /**
     * Moves an entry one place up or down.
     *
     * @param index the entry's index
     * @param delta -1 for up, +1 for down
     * @return the entry's new index (unchanged at either end)
     */
    int move(int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= entries.size()) {
            return index;
        }
        PlaylistEntry moved = entries.remove(index);
        entries.add(target, moved);
        fireContentsChanged(this, Math.min(index, target), Math.max(index, target));
        if (current != null && entries.contains(current)) {
            currentPlace = entries.indexOf(current);
        }
        return target;
    }

    /**
     * Makes an entry current (the one playing).
     *
     * @param entry an entry of this playlist, or {@code null} for none
     */
    void setCurrent(PlaylistEntry entry) {
        PlaylistEntry old = current;
        current = entry;
        currentPlace = entry == null ? -1 : entries.indexOf(entry);
        changed(old);
        changed(entry);
    }

    /**
     * Tells the list showing the playlist that an entry looks different (its picture arrived, it became current).
     *
     * @param entry an entry, or {@code null}; one no longer in the playlist is ignored
     */
    void changed(PlaylistEntry entry) {
        int index = entry == null ? -1 : entries.indexOf(entry);
        if (index >= 0) {
            fireContentsChanged(this, index, index);
        }
    }

    /**
     * Returns the current entry.
     *
     * @return the entry, or empty if none is current or it was removed
     */
    Optional<PlaylistEntry> current() {
        return entries.contains(current) ? Optional.of(current) : Optional.empty();
    }

    /**
     * Tells whether an entry is the current one.
     *
     * @param entry the entry
     * @return {@code true} if it is current and still in the playlist
     */
    boolean isCurrent(PlaylistEntry entry) {
        return entry != null && entry == current;
    }

    /**
     * Returns the entry after the current one.
     *
     * @param wrap whether the first entry follows the last
     * @return the entry, or empty at the end (or when the playlist is empty)
     */
    Optional<PlaylistEntry> next(boolean wrap) {
        int index = entries.contains(current) ? entries.indexOf(current) + 1 : Math.max(currentPlace, 0);
        return step(index, wrap);
    }

    /**
     * Returns the entry before the current one.
     *
     * @param wrap whether the last entry comes before the first
     * @return the entry, or empty at the start (or when the playlist is empty)
     */
    Optional<PlaylistEntry> previous(boolean wrap) {
        return step(placeOfCurrent() - 1, wrap);
    }

    private Optional<PlaylistEntry> step(int index, boolean wrap) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        if (index >= 0 && index < entries.size()) {
            return Optional.of(entries.get(index));
        }
        return wrap ? Optional.of(entries.get(Math.floorMod(index, entries.size()))) : Optional.empty();
    }

    private int placeOfCurrent() {
        return entries.contains(current) ? entries.indexOf(current) : currentPlace;
    }

    /**
     * Returns every entry, in order.
     *
     * @return a copy
     */
    List<PlaylistEntry> entries() {
        return new ArrayList<>(entries);
    }
}
