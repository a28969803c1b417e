package dev.framepipe.player.thumbnail;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Thumbnail;

/**
 * The pictures a player's thumbnails keep, bounded in bytes (4 a pixel): the least recently used picture goes first
 * when a new one would pass the bound. A picture larger than the bound is not kept. Thread-safe.
 */
final class ThumbnailCache {
    private final long limitBytes;
    private final LinkedHashMap<Key, Thumbnail> pictures = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /**
     * Creates an empty cache.
     *
     * @param limitBytes the bound, 0 or more
     */
    ThumbnailCache(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** What a picture was asked for with: time (milliseconds), mode and largest size. */
    static final class Key {
        private final long millis;
        private final SeekMode mode;
        private final int maxWidth;
        private final int maxHeight;

        Key(long millis, SeekMode mode, int maxWidth, int maxHeight) {
            this.millis = millis;
            this.mode = mode;
            this.maxWidth = maxWidth;
            this.maxHeight = maxHeight;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key)) {
                return false;
            }
            Key key = (Key) other;
            return millis == key.millis && mode == key.mode && maxWidth == key.maxWidth && maxHeight == key.maxHeight;
        }

        @Override
        public int hashCode() {
            return Objects.hash(millis, mode, maxWidth, maxHeight);
        }
    }

    synchronized Thumbnail get(Key key) {
        return pictures.get(key);
    }

    synchronized void put(Key key, Thumbnail picture) {
        long size = sizeOf(picture);
        if (size > limitBytes) {
            return;
        }
        Thumbnail replaced = pictures.put(key, picture);
        bytes += size - (replaced == null ? 0 : sizeOf(replaced));
        Iterator<Thumbnail> eldest = pictures.values().iterator();
        while (bytes > limitBytes && eldest.hasNext()) {
            bytes -= sizeOf(eldest.next());
            eldest.remove();
        }
    }

    /**
     * Returns the bytes of the pictures kept.
     *
     * @return at most the bound
     */
    synchronized long bytes() {
        return bytes;
    }

    /**
     * Returns how many pictures are kept.
     *
     * @return the count
     */
    synchronized int size() {
        return pictures.size();
    }

    synchronized void clear() {
        pictures.clear();
        bytes = 0;
    }

    private static long sizeOf(Thumbnail picture) {
        return 4L * picture.getImage().getWidth() * picture.getImage().getHeight();
    }
}
