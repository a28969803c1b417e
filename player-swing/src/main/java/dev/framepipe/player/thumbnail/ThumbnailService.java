package dev.framepipe.player.thumbnail;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.Thumbnail;
import dev.framepipe.player.Thumbnails;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.FrameSource;

/**
 * A player's {@link Thumbnails}. Requests wait in a queue and are decoded one at a time by a worker thread, started
 * on the first request, through a hidden player of its own: the same media, opened paused, without sound or clock,
 * each picture one flushing seek ({@link FrameGrab} takes the frame the seek shows). So at most one decode is in
 * flight, however many requests arrive, and playback never waits for a picture.
 *
 * <p>Ownership: the owning player creates the service and closes it when it is disposed; closing cancels what
 * waits and disposes the hidden player. Thread-safe.
 */
public final class ThumbnailService implements Thumbnails, AutoCloseable {
    private static final long DECODE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long OPEN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long FIRST_FRAME_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final int MAX_STRIP = 100;
    private static final long CLOSE_TIMEOUT_MILLIS = 10_000;

    private final MediaPlayer owner;
    private final MediaSource source;
    private final PlayerOptions decoderOptions;
    private final ThumbnailCache cache;
    private final FrameGrab grab;
    private final Deque<ThumbnailRequest> waiting = new ArrayDeque<>();
    private Thread worker;
    private boolean closed;
    /** Worker thread only: the hidden player, and why it cannot be used once that is known for good. */
    private MediaPlayer decoder;
    private MediaException failure;

    /**
     * Creates the service of a player; nothing is opened until the first request.
     *
     * @param owner   the player whose media is pictured (its position and media facts are read)
     * @param source  the player's source
     * @param options the player's options (the cache bound; the stream options for the hidden player)
     */
    public ThumbnailService(MediaPlayer owner, MediaSource source, PlayerOptions options) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.source = Objects.requireNonNull(source, "source");
        this.decoderOptions = PlayerOptions.defaults().withAudioEnabled(false).withClockSync(false)
                .withSubtitleFilesFound(false).withThumbnailCache(0).withStreaming(options.getStreaming());
        this.cache = new ThumbnailCache(options.getThumbnailCacheBytes());
        this.grab = new FrameGrab(() -> owner.media().getPixelAspectRatio());
    }

    @Override
    public CompletableFuture<Thumbnail> request(String slot, Duration time, int maxWidth, int maxHeight,
            SeekMode mode) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(mode, "mode");
        if (time.isNegative() || maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("a thumbnail needs a time of 0 or more and a size of 1×1 or more, not "
                    + time + " and " + maxWidth + "×" + maxHeight);
        }
        ThumbnailRequest request = new ThumbnailRequest(slot, clamp(time), maxWidth, maxHeight, mode);
        Thumbnail cached = cache.get(request.key());
        if (cached != null) {
            request.future.complete(cached);
            return request.future;
        }
        synchronized (this) {
            if (closed) {
                request.future.completeExceptionally(refused("the player was disposed"));
                return request.future;
            }
            if (slot != null) {
                waiting.removeIf(older -> slot.equals(older.slot) && older.future.cancel(false));
            }
            waiting.addLast(request);
            if (worker == null) {
                worker = new Thread(this::work, "framepipe-thumbnails " + source.describe());
                worker.setDaemon(true);
                worker.start();
            }
            notifyAll();
        }
        return request.future;
    }

    @Override
    public CompletableFuture<List<Thumbnail>> strip(int count, int maxWidth, int maxHeight) {
        if (count < 1 || count > MAX_STRIP) {
            throw new IllegalArgumentException("a strip has 1 to " + MAX_STRIP + " pictures, not " + count);
        }
        Duration duration = owner.media().getDuration().orElse(null);
        if (duration == null) {
            return CompletableFuture.failedFuture(refused("its duration is not known (yet)"));
        }
        List<CompletableFuture<Thumbnail>> pictures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Duration at = Duration.ofNanos((long) (duration.toNanos() * ((i + 0.5) / count)));
            pictures.add(request(null, at, maxWidth, maxHeight, SeekMode.FAST));
        }
        return CompletableFuture.allOf(pictures.toArray(new CompletableFuture<?>[0]))
                .thenApply(done -> pictures.stream().map(CompletableFuture::join)
                        .collect(Collectors.toList()));
    }

    @Override
    public CompletableFuture<Thumbnail> currentFrame() {
        VideoSize size = owner.media().getVideoSize().orElse(null);
        if (size == null) {
            return CompletableFuture.failedFuture(new MediaException(MediaException.Type.MEDIA_UNSUPPORTED,
                    source.describe(), source.describe() + " shows no picture", false, null));
        }
        int width = (int) Math.round(size.getWidth() * Math.max(1.0, owner.media().getPixelAspectRatio()));
        return request(null, owner.getCurrentTime(), width, size.getHeight(), SeekMode.ACCURATE);
    }

    /** Closes the service: what waits is cancelled, the hidden player disposed (by the worker). Idempotent. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.forEach(request -> request.future.cancel(false));
            waiting.clear();
            running = worker;
            notifyAll();
        }
        // Not interrupted: the worker may be disposing the hidden player, which must finish. It sees the flag at
        // its next wait, and a picture it waits for is given up at once.
        grab.abandon();
        if (running != null) {
            try {
                // The hidden player is disposed by the worker as it ends: wait, so that it is gone on return.
                running.join(CLOSE_TIMEOUT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        cache.clear();
    }

    /**
     * Returns the bytes of pictures the cache holds, for tests and diagnostics.
     *
     * @return at most the bound of {@link PlayerOptions#withThumbnailCache}
     */
    public long cachedBytes() {
        return cache.bytes();
    }

    private Duration clamp(Duration time) {
        return owner.media().getDuration().filter(duration -> time.compareTo(duration) > 0).orElse(time);
    }

    /** The worker: one request at a time, in the order asked (a slot's newer request has dropped its older one). */
    private void work() {
        try {
            ThumbnailRequest request;
            while ((request = next()) != null) {
                serve(request);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeDecoder();
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private synchronized ThumbnailRequest next() throws InterruptedException {
        while (!closed) {
            ThumbnailRequest request = waiting.pollFirst();
            if (request == null) {
                wait();
            } else if (!request.future.isDone()) {
                return request;
            }
        }
        return null;
    }

    private void serve(ThumbnailRequest request) throws InterruptedException {
        Thumbnail cached = cache.get(request.key());
        if (cached != null) {
            request.future.complete(cached);
            return;
        }
        try {
            MediaPlayer player = openDecoder();
            grab.arm(request);
            player.controls().seek(request.time, request.mode);
            Thumbnail picture = grab.await(DECODE_TIMEOUT_NANOS);
            if (picture == null && isClosed()) {
                request.future.cancel(false);
                return;
            }
            if (picture == null) {
                // A late frame of this seek must not answer the next request: start again with a new decoder.
                closeDecoder();
                throw new MediaException(MediaException.Type.OPERATION_UNSUPPORTED, source.describe(), "No picture of "
                        + source.describe() + " at " + request.time.toMillis() + " ms was decoded within "
                        + TimeUnit.NANOSECONDS.toSeconds(DECODE_TIMEOUT_NANOS) + " s", false, null);
            }
            cache.put(request.key(), picture);
            request.future.complete(picture);
        } catch (MediaException e) {
            request.future.completeExceptionally(e);
        }
    }

    /** The hidden player, opened and checked on first use; its failure is kept and given to every later request. */
    private MediaPlayer openDecoder() throws InterruptedException {
        if (failure != null) {
            throw failure;
        }
        if (decoder != null) {
            return decoder;
        }
        if (source.getKind() != MediaSource.Kind.URI) {
            throw fail(refused("it is a custom pipeline"));
        }
        if (owner.media().isLive()) {
            throw fail(refused("it is live"));
        }
        MediaPlayer opened;
        try {
            opened = MediaPlayer.create(source, decoderOptions);
        } catch (MediaException e) {
            throw fail(e);
        }
        LiveResources.THUMBNAIL_DECODERS.acquired();
        decoder = opened;
        FrameSource.of(opened).ifPresent(frames -> frames.attach(grab));
        long deadline = System.nanoTime() + OPEN_TIMEOUT_NANOS;
        while (opened.getStatus() != Status.READY && !opened.getStatus().isFinal() && System.nanoTime() < deadline
                && !isClosed()) {
            Thread.sleep(10);
        }
        if (opened.getStatus() != Status.READY) {
            MediaException error = opened.getError().orElse(new MediaException(MediaException.Type.MEDIA_UNAVAILABLE,
                    source.describe(), source.describe() + " did not open for thumbnails within "
                    + TimeUnit.NANOSECONDS.toSeconds(OPEN_TIMEOUT_NANOS) + " s", false, null));
            closeDecoder();
            throw fail(error);
        }
        if (!opened.media().hasVideo()) {
            closeDecoder();
            throw fail(new MediaException(MediaException.Type.MEDIA_UNSUPPORTED, source.describe(),
                    source.describe() + " has no video to make pictures of", false, null));
        }
        if (opened.media().isLive()) {
            closeDecoder();
            throw fail(refused("it is live"));
        }
        // The opening frame comes with READY, or just after: let it pass before a seek's frame is waited for.
        grab.awaitFrames(1, FIRST_FRAME_NANOS);
        return opened;
    }

    private MediaException fail(MediaException error) {
        failure = error;
        return error;
    }

    private void closeDecoder() {
        if (decoder != null) {
            decoder.dispose();
            decoder = null;
            LiveResources.THUMBNAIL_DECODERS.released();
        }
    }

    private MediaException refused(String why) {
        return new MediaException(MediaException.Type.OPERATION_UNSUPPORTED, source.describe(),
                "No thumbnails of " + source.describe() + ": " + why, false, null);
    }
}
