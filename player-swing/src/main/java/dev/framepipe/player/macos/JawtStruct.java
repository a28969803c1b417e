package dev.framepipe.player.macos;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * The {@code JAWT} struct of {@code jawt.h} (version 9 layout, 72 bytes on LP64): the requested version, then the
 * function pointers JAWT fills in. Filled by {@code JAWT_GetAWT}; the pointers are called through
 * {@code com.sun.jna.Function}.
 */
@Structure.FieldOrder({"version", "getDrawingSurface", "freeDrawingSurface", "lock", "unlock", "getComponent",
        "createEmbeddedFrame", "setBounds", "synthesizeWindowActivation"})
public class JawtStruct extends Structure {
    /** {@code jint version}: set before the call. */
    public int version;
    /** {@code JAWT_DrawingSurface* (JNICALL *GetDrawingSurface)(JNIEnv*, jobject)}. */
    public Pointer getDrawingSurface;
    /** {@code void (JNICALL *FreeDrawingSurface)(JAWT_DrawingSurface*)}. */
    public Pointer freeDrawingSurface;
    /** {@code void (JNICALL *Lock)(JNIEnv*)}: the AWT lock (not used here). */
    public Pointer lock;
    /** {@code void (JNICALL *Unlock)(JNIEnv*)} (not used here). */
    public Pointer unlock;
    /** {@code jobject (JNICALL *GetComponent)(JNIEnv*, void*)} (not used here). */
    public Pointer getComponent;
    /** {@code jobject (JNICALL *CreateEmbeddedFrame)(JNIEnv*, void*)} (version 9; not used here). */
    public Pointer createEmbeddedFrame;
    /** {@code void (JNICALL *SetBounds)(JNIEnv*, jobject, jint, jint, jint, jint)} (version 9; not used here). */
    public Pointer setBounds;
    /** {@code void (JNICALL *SynthesizeWindowActivation)(JNIEnv*, jobject, jboolean)} (version 9; not used here). */
    public Pointer synthesizeWindowActivation;
}
