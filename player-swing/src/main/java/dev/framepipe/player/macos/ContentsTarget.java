package dev.framepipe.player.macos;

/**
 * What shows a pixel buffer: the layer's {@code contents} on macOS, a recorder in tests. Called on the main thread
 * only.
 */
interface ContentsTarget {
    /**
     * Shows a buffer, or nothing.
     *
     * @param buffer a buffer the caller keeps alive until it shows another one, or 0 to show nothing
     */
    void showContents(long buffer);
}
