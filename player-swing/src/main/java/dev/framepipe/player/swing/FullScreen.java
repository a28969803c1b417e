package dev.framepipe.player.swing;

/** Something that can be shown on the whole screen and brought back: what the full-screen actions operate. */
interface FullScreen {
    /**
     * Tells whether it is on the whole screen now.
     *
     * @return {@code true} while full screen
     */
    boolean isActive();

    /** Enters full screen, or leaves it. */
    void toggle();

    /** Leaves full screen if active. */
    void exit();
}
