package dev.framepipe.player.macos;

import com.sun.jna.Structure;

/** The {@code JAWT_Rectangle} struct of {@code jawt.h}: four {@code jint}, 16 bytes. */
@Structure.FieldOrder({"x", "y", "width", "height"})
public class JawtRectangle extends Structure {
    /** Left edge. */
    public int x;
    /** Top edge. */
    public int y;
    /** Width. */
    public int width;
    /** Height. */
    public int height;
}
