package dev.framepipe.player.macos;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.framepipe.player.frame.VideoFrame;

/**
 * A {@link PixelBufferAllocator} that hands out numbered handles and records every misuse instead of throwing
 * (a throw on the main-thread stand-in could go unseen): releasing a handle twice or one it never made, writing into
 * a released buffer, releasing a buffer the target still shows. Thread-safe.
 */
final class CountingAllocator implements PixelBufferAllocator {
    private final AtomicLong nextHandle = new AtomicLong(1);
    private final Map<Long, PixelBufferSpec> livePools = new ConcurrentHashMap<>();
    private final Set<Long> liveBuffers = ConcurrentHashMap.newKeySet();
    private final List<PixelBufferSpec> poolsCreated = new CopyOnWriteArrayList<>();
    private final AtomicInteger buffersCreated = new AtomicInteger();
    private final AtomicLong lastBuffer = new AtomicLong();
    private final AtomicInteger buffersReleased = new AtomicInteger();
    private final AtomicInteger poolsReleased = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();
    private final List<String> misuse = new CopyOnWriteArrayList<>();
    private volatile RecordingTarget shownBy;
    private volatile RuntimeException writeFailure;

    /**
     * Makes buffer releases check that the target no longer shows the buffer.
     *
     * @param target the target
     */
    void watch(RecordingTarget target) {
        shownBy = target;
    }

    /**
     * Makes every later {@link #write} throw.
     *
     * @param failure what to throw
     */
    void failWrites(RuntimeException failure) {
        writeFailure = failure;
    }

    @Override
    public long createPool(PixelBufferSpec spec) {
        long pool = nextHandle.getAndIncrement();
        livePools.put(pool, spec);
        poolsCreated.add(spec);
        return pool;
    }

    @Override
    public long createBuffer(long pool) {
        if (!livePools.containsKey(pool)) {
            misuse.add("buffer taken from pool " + pool + ", which is not live");
        }
        long buffer = nextHandle.getAndIncrement();
        liveBuffers.add(buffer);
        buffersCreated.incrementAndGet();
        lastBuffer.set(buffer);
        return buffer;
    }

    @Override
    public void write(long buffer, PixelBufferSpec spec, VideoFrame frame) {
        if (!liveBuffers.contains(buffer)) {
            misuse.add("write into buffer " + buffer + ", which is not live");
        }
        if (!spec.describes(frame.layout())) {
            misuse.add("frame " + frame.layout() + " written with spec " + spec);
        }
        RuntimeException failure = writeFailure;
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void releaseBuffer(long buffer) {
        if (!liveBuffers.remove(buffer)) {
            misuse.add("buffer " + buffer + " released twice or never made");
        }
        RecordingTarget target = shownBy;
        if (target != null && target.current() == buffer) {
            misuse.add("buffer " + buffer + " released while on screen");
        }
        buffersReleased.incrementAndGet();
    }

    @Override
    public void releasePool(long pool) {
        if (livePools.remove(pool) == null) {
            misuse.add("pool " + pool + " released twice or never made");
        }
        poolsReleased.incrementAndGet();
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }

    /**
     * Returns the specs of the pools made, in order.
     *
     * @return the specs
     */
    List<PixelBufferSpec> poolsCreated() {
        return poolsCreated;
    }

    int poolsReleased() {
        return poolsReleased.get();
    }

    int livePools() {
        return livePools.size();
    }

    int buffersCreated() {
        return buffersCreated.get();
    }

    long lastBuffer() {
        return lastBuffer.get();
    }

    int buffersReleased() {
        return buffersReleased.get();
    }

    int liveBuffers() {
        return liveBuffers.size();
    }

    int closes() {
        return closes.get();
    }

    /**
     * Returns every misuse seen.
     *
     * @return descriptions; empty when the allocator was used correctly
     */
    List<String> misuse() {
        return misuse;
    }
}
