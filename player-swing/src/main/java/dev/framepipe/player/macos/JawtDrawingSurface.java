package dev.framepipe.player.macos;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * The {@code JAWT_DrawingSurface} struct of {@code jawt.h} (48 bytes on LP64), read from the pointer
 * {@code GetDrawingSurface} returned. JAWT owns the memory; {@code FreeDrawingSurface} frees it.
 */
@Structure.FieldOrder({"env", "target", "lock", "getDrawingSurfaceInfo", "freeDrawingSurfaceInfo", "unlock"})
public class JawtDrawingSurface extends Structure {
    /** {@code JNIEnv* env}: the thread that got the surface, the only one that may use it. */
    public Pointer env;
    /** {@code jobject target}: a global reference to the component. */
    public Pointer target;
    /** {@code jint (JNICALL *Lock)(JAWT_DrawingSurface*)}. */
    public Pointer lock;
    /** {@code JAWT_DrawingSurfaceInfo* (JNICALL *GetDrawingSurfaceInfo)(JAWT_DrawingSurface*)}. */
    public Pointer getDrawingSurfaceInfo;
    /** {@code void (JNICALL *FreeDrawingSurfaceInfo)(JAWT_DrawingSurfaceInfo*)}. */
    public Pointer freeDrawingSurfaceInfo;
    /** {@code void (JNICALL *Unlock)(JAWT_DrawingSurface*)}. */
    public Pointer unlock;

    /** Creates an unbacked instance (JNA and the layout test need this constructor). */
    public JawtDrawingSurface() {
    }

    /**
     * Reads the struct at an address.
     *
     * @param address the {@code JAWT_DrawingSurface*}
     */
    public JawtDrawingSurface(Pointer address) {
        super(address);
        read();
    }
}
