package dev.framepipe.player.render;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.util.concurrent.atomic.AtomicLong;

/** An event queue pushed over the system one that counts the events one thread posts, to count EDT wake-ups. */
final class CountingEventQueue extends EventQueue {
    private final AtomicLong posts = new AtomicLong();
    private volatile Thread watched;

    static CountingEventQueue push() {
        CountingEventQueue queue = new CountingEventQueue();
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(queue);
        return queue;
    }

    void countPostsFrom(Thread thread) {
        posts.set(0);
        watched = thread;
    }

    long posts() {
        return posts.get();
    }

    void remove() {
        watched = null;
        pop();
    }

    @Override
    public void postEvent(AWTEvent event) {
        if (Thread.currentThread() == watched) {
            posts.incrementAndGet();
        }
        super.postEvent(event);
    }
}
