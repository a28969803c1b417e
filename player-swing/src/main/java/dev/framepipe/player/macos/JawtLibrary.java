package dev.framepipe.player.macos;

import com.sun.jna.JNIEnv;
import com.sun.jna.Library;

/**
 * {@code libjawt}'s one exported function. Loaded by {@link Jawt} with {@link Library#OPTION_ALLOW_OBJECTS}, which
 * JNA needs to pass its {@link JNIEnv#CURRENT} marker (replaced by the calling thread's {@code JNIEnv*}).
 */
interface JawtLibrary extends Library {
    /**
     * {@code jboolean JAWT_GetAWT(JNIEnv *env, JAWT *awt)}: fills the function table for the requested version.
     *
     * @param env {@link JNIEnv#CURRENT}
     * @param awt the table, its {@code version} set
     * @return non-zero if the version is supported; {@code jboolean} is one byte, so the rest of the return
     *         register is not looked at
     */
    @CType("jboolean")
    byte JAWT_GetAWT(JNIEnv env, JawtStruct awt);
}
