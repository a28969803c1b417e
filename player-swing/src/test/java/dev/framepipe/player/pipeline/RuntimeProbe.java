package dev.framepipe.player.pipeline;

import dev.framepipe.player.MediaException;

/** A program for {@link GStreamerRuntimeTest}: starts GStreamer in a fresh JVM and prints the outcome. */
public final class RuntimeProbe {
    private RuntimeProbe() {
    }

    /**
     * Initialises GStreamer and prints {@code OK} or the exception.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try {
            GStreamerRuntime.ensureInitialized();
            System.out.println("OK " + GStreamerRuntime.version());
        } catch (MediaException e) {
            System.out.println(e.getType() + ": " + e.getMessage());
        }
    }
}
