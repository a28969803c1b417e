package dev.framepipe.player.gst;

import com.sun.jna.Pointer;

/**
 * A JNA {@link Pointer} whose address can be changed, so the frame path reads each frame's memory through one
 * reused object instead of creating a {@code Pointer} per frame. Used by {@link NativeFrameReader} and
 * {@link TextBufferReader}.
 */
final class MovablePointer extends Pointer {
    MovablePointer() {
        super(0);
    }

    /**
     * Points this object at another address.
     *
     * @param address the new native address
     */
    void moveTo(long address) {
        peer = address;
    }
}
