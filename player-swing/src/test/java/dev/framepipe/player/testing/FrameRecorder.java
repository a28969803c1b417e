package dev.framepipe.player.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.frame.VideoLayout;

/**
 * A frame consumer for tests: records each frame's timestamp and layout, copies its planes, and can be made slow.
 */
public final class FrameRecorder implements FrameConsumer {
    private final List<Long> timestamps = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final long delayMillis;
    private volatile VideoLayout layout;
    private volatile byte[] lumaCopy;
    private volatile byte[] chromaCopy;

    /** A consumer that keeps up. */
    public FrameRecorder() {
        this(0);
    }

    /**
     * A consumer that spends {@code delayMillis} on every frame.
     *
     * @param delayMillis time per frame
     */
    public FrameRecorder(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public void onFrame(VideoFrame frame) {
        VideoLayout frameLayout = frame.layout();
        // Arrays are reused while the layout stays, so the recorder itself does not make memory grow.
        byte[] luma = reuse(lumaCopy, frameLayout.planeSpan(0));
        byte[] chroma = reuse(chromaCopy, frameLayout.planeSpan(1));
        frame.copyPlane(0, luma);
        frame.copyPlane(1, chroma);
        layout = frameLayout;
        lumaCopy = luma;
        chromaCopy = chroma;
        timestamps.add(frame.streamTimeNanos());
        count.incrementAndGet();
        if (delayMillis > 0) {
            Await.sleep(delayMillis);
        }
    }

    private static byte[] reuse(byte[] array, long size) {
        return array != null && array.length == size ? array : new byte[(int) size];
    }

    public int count() {
        return count.get();
    }

    public List<Long> timestamps() {
        return new ArrayList<>(timestamps);
    }

    public long lastTimestamp() {
        return timestamps.isEmpty() ? -1 : timestamps.get(timestamps.size() - 1);
    }

    public VideoLayout layout() {
        return layout;
    }

    public byte[] luma() {
        return lumaCopy;
    }

    public byte[] chroma() {
        return chromaCopy;
    }

    /** Forgets the frames seen so far. */
    public void clear() {
        timestamps.clear();
        count.set(0);
    }
}
