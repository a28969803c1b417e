package dev.framepipe.player;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Pictures of a player's media at any time, for seek-bar previews, chapter and playlist pictures and strips: a
 * player's {@link MediaPlayer#thumbnails()}. Each player has its own decoding pipeline for them, separate from
 * playback (playback never waits for a picture), opened on the first request and closed with the player.
 *
 * <p><b>Speed.</b> {@link SeekMode#FAST} decodes the key frame at or before the time (one frame: quick);
 * {@link SeekMode#ACCURATE} decodes from that key frame up to the frame at the time. Requests are decoded one at a
 * time, newest first within a slot; a picture is converted at the size asked for. Pictures are kept in a cache
 * bounded in bytes ({@link PlayerOptions#withThumbnailCache}), so asking again is free.
 *
 * <p><b>Slots and cancelling.</b> A request in a slot (for instance {@code "seek-preview"}) cancels the slot's older
 * request that has not started: hovering over a seek bar asks for many pictures a second and gets the last one
 * quickly. A request's future can also be cancelled. A cancelled future completes with a
 * {@link java.util.concurrent.CancellationException}.
 *
 * <p><b>Failures.</b> The future completes exceptionally with a {@link MediaException}: media without video
 * ({@link MediaException.Type#MEDIA_UNSUPPORTED}), live media and custom pipelines
 * ({@link MediaException.Type#OPERATION_UNSUPPORTED}), media that cannot be opened (its error), a disposed player
 * ({@link MediaException.Type#OPERATION_UNSUPPORTED}), or a picture not decoded within 10 seconds.
 *
 * <p>Thread-safe. Futures complete on a thread of the library: hand results to Swing with, for instance,
 * {@code future.thenAcceptAsync(show, SwingUtilities::invokeLater)}.
 */
public interface Thumbnails {
    /** The slot of a seek bar's hover preview. */
    String SEEK_PREVIEW_SLOT = "seek-preview";

    /**
     * Asks for a picture.
     *
     * @param time      from the start of the media; clamped to the media
     * @param maxWidth  the picture's largest width, in pixels, at least 1
     * @param maxHeight the picture's largest height, in pixels, at least 1
     * @param mode      fast (the key frame at or before the time) or accurate
     * @return the picture, when decoded
     * @throws IllegalArgumentException if a size is below 1 or the time is negative
     */
    default CompletableFuture<Thumbnail> request(Duration time, int maxWidth, int maxHeight, SeekMode mode) {
        return request(null, time, maxWidth, maxHeight, mode);
    }

    /**
     * Asks for a picture in a slot: the slot's older request that has not started is cancelled.
     *
     * @param slot      the slot, or {@code null} for none
     * @param time      from the start of the media; clamped to the media
     * @param maxWidth  the picture's largest width, in pixels, at least 1
     * @param maxHeight the picture's largest height, in pixels, at least 1
     * @param mode      fast (the key frame at or before the time) or accurate
     * @return the picture, when decoded
     * @throws IllegalArgumentException if a size is below 1 or the time is negative
     */
    CompletableFuture<Thumbnail> request(String slot, Duration time, int maxWidth, int maxHeight, SeekMode mode);

    /**
     * Asks for a strip of pictures at evenly spaced times: picture {@code i} of {@code n} is at
     * {@code (i + 0.5) / n} of the duration, in fast mode.
     *
     * @param count     how many pictures, 1 to 100
     * @param maxWidth  each picture's largest width
     * @param maxHeight each picture's largest height
     * @return the pictures in time order, when all are decoded
     * @throws IllegalArgumentException if the count or a size is out of range
     */
    CompletableFuture<List<Thumbnail>> strip(int count, int maxWidth, int maxHeight);

    /**
     * Returns the frame shown now at its source resolution, with correct colour and pixel aspect ratio, whichever
     * renderer shows it: the frame at the player's current position, decoded by the thumbnail pipeline (accurate
     * mode). While paused this is exactly the picture on screen; while playing, the frame at the moment of the call.
     *
     * @return the frame, at the media's display size
     */
    CompletableFuture<Thumbnail> currentFrame();

    /**
     * Returns the thumbnails of a player that has none: every request fails.
     *
     * @param reason why, for the exception's message
     * @return thumbnails that refuse every request
     */
    static Thumbnails unavailable(String reason) {
        return new Thumbnails() {
            @Override
            public CompletableFuture<Thumbnail> request(String slot, Duration time, int maxWidth, int maxHeight,
                    SeekMode mode) {
                return CompletableFuture.failedFuture(refusal());
            }

            @Override
            public CompletableFuture<List<Thumbnail>> strip(int count, int maxWidth, int maxHeight) {
                return CompletableFuture.failedFuture(refusal());
            }

            @Override
            public CompletableFuture<Thumbnail> currentFrame() {
                return CompletableFuture.failedFuture(refusal());
            }

            private MediaException refusal() {
                return new MediaException(MediaException.Type.OPERATION_UNSUPPORTED, "thumbnails", reason, false,
                        null);
            }
        };
    }
}
