package dev.framepipe.player.render;

/** Finds the shared conversion pool's worker threads, to measure what they allocate. */
final class ConversionPoolThreads {
    private ConversionPoolThreads() {
    }

    static Thread[] live() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("framepipe-convert-") && t.isAlive()).toArray(Thread[]::new);
    }
}
