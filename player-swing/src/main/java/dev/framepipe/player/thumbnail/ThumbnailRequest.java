package dev.framepipe.player.thumbnail;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Thumbnail;

/** One picture asked for, and the future that receives it. Immutable but for its future. */
final class ThumbnailRequest {
    final String slot;
    final Duration time;
    final int maxWidth;
    final int maxHeight;
    final SeekMode mode;
    final CompletableFuture<Thumbnail> future = new CompletableFuture<>();

    ThumbnailRequest(String slot, Duration time, int maxWidth, int maxHeight, SeekMode mode) {
        this.slot = slot;
        this.time = time;
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
        this.mode = mode;
    }

    ThumbnailCache.Key key() {
        return new ThumbnailCache.Key(time.toMillis(), mode, maxWidth, maxHeight);
    }

    /**
     * Tells whether a frame answers this request: in accurate mode the frame on screen at the time (within one
     * frame), in fast mode a frame at or before it (the key frame the seek went back to).
     *
     * @param frameNanos         the frame's time
     * @param frameDurationNanos how long a frame lasts, or 0 if unknown
     * @return {@code true} if the frame is the answer
     */
    boolean isAnsweredBy(long frameNanos, long frameDurationNanos) {
        long target = time.toNanos();
        long slack = Math.max(frameDurationNanos, 1_000_000L);
        if (mode == SeekMode.FAST) {
            return frameNanos <= target + slack / 2;
        }
        return Math.abs(frameNanos - target) <= slack;
    }
}
