package dev.framepipe.player.macos;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * The {@code JAWT_DrawingSurfaceInfo} struct of {@code jawt.h} (48 bytes on LP64). On macOS {@code platformInfo}
 * is an {@code id<JAWT_SurfaceLayers>}; on X11 a {@code JAWT_X11DrawingSurfaceInfo*}. JAWT owns the memory;
 * {@code FreeDrawingSurfaceInfo} frees it.
 */
@Structure.FieldOrder({"platformInfo", "ds", "bounds", "clipSize", "clip"})
public class JawtDrawingSurfaceInfo extends Structure {
    /** {@code void* platformInfo}. */
    public Pointer platformInfo;
    /** {@code JAWT_DrawingSurface* ds}. */
    public Pointer ds;
    /** {@code JAWT_Rectangle bounds}: the component's bounds (relative to its parent on macOS). */
    public JawtRectangle bounds;
    /** {@code jint clipSize}. */
    public int clipSize;
    /** {@code JAWT_Rectangle* clip}. */
    public Pointer clip;

    /** Creates an unbacked instance (JNA and the layout test need this constructor). */
    public JawtDrawingSurfaceInfo() {
    }

    /**
     * Reads the struct at an address.
     *
     * @param address the {@code JAWT_DrawingSurfaceInfo*}
     */
    public JawtDrawingSurfaceInfo(Pointer address) {
        super(address);
        read();
    }
}
