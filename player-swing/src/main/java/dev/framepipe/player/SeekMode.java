package dev.framepipe.player;

/** How precisely a seek lands. */
public enum SeekMode {
    /**
     * Jump to the nearest key frame before the target: fast, used while scrubbing. The position after the seek may be
     * up to one key-frame interval (typically a second or two) before the target.
     */
    FAST,
    /** Decode from the previous key frame up to the exact target: the frame shown is the one at the target time. */
    ACCURATE
}
