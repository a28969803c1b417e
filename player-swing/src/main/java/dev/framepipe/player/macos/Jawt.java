package dev.framepipe.player.macos;

import java.awt.Component;
import java.awt.Toolkit;
import java.io.File;
import java.util.Collections;
import java.util.Map;

import com.sun.jna.Function;
import com.sun.jna.JNIEnv;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The JAWT drawing-surface sequence through JNA, for a heavyweight component: {@code JAWT_GetAWT} (version 9),
 * {@code GetDrawingSurface}, {@code Lock}, {@code GetDrawingSurfaceInfo}, then in reverse order
 * {@code FreeDrawingSurfaceInfo}, {@code Unlock}, {@code FreeDrawingSurface}, whatever happens in between.
 *
 * <p>JAWT requires every step on the thread that got the surface, so the whole sequence runs inside one call, on
 * the event dispatch thread. It works on any JDK platform; only the meaning of {@code platformInfo} differs
 * ({@code id<JAWT_SurfaceLayers>} on macOS, {@code JAWT_X11DrawingSurfaceInfo*} on X11), which is what lets the
 * Linux tests check this code. {@code Native.getComponentID} cannot be used instead: it asks for version 1.4 without
 * the CALayer flag, which every macOS JDK since 7 refuses.
 */
final class Jawt {
    /** {@code JAWT_VERSION_9}. */
    static final int VERSION_9 = 0x00090000;
    /** {@code JAWT_LOCK_ERROR}. */
    static final int LOCK_ERROR = 0x00000001;

    private static final Map<String, Object> ALLOW_OBJECTS =
            Collections.singletonMap(Library.OPTION_ALLOW_OBJECTS, Boolean.TRUE);

    private Jawt() {
    }

    /** What is done with a drawing surface while it is locked. */
    interface SurfaceReader<T> {
        /**
         * Reads the surface; runs with the surface locked, on the calling thread.
         *
         * @param platformInfo the platform-specific info, valid only during this call unless retained
         * @param bounds       the component's bounds as JAWT reports them
         * @return the result
         */
        T read(Pointer platformInfo, JawtRectangle bounds);
    }

    /**
     * Returns {@code libjawt}, loading it (and AWT before it) on first use.
     *
     * @return the library
     * @throws UnsatisfiedLinkError if it cannot be loaded
     */
    static JawtLibrary library() {
        return Loaded.LIBRARY;
    }

    /**
     * Runs the drawing-surface sequence for a component.
     *
     * @param component a heavyweight, displayable component (for instance a {@code java.awt.Canvas} after its
     *                  {@code addNotify})
     * @param reader    what to do with the locked surface
     * @param <T>       the result type
     * @return what the reader returned
     * @throws IllegalArgumentException if the component is lightweight: JAWT would read a peer it does not have
     * @throws IllegalStateException    if the component has no peer yet, or a JAWT step fails
     * @throws UnsatisfiedLinkError     if {@code libjawt} cannot be loaded
     */
    static <T> T readDrawingSurface(Component component, SurfaceReader<T> reader) {
        if (!component.isDisplayable()) {
            throw new IllegalStateException("the component has no native peer yet: call after addNotify");
        }
        // Only a displayable component knows whether it is lightweight.
        if (component.isLightweight()) {
            throw new IllegalArgumentException("JAWT needs a heavyweight component (such as a Canvas), not "
                    + component.getClass().getName());
        }
        JawtStruct awt = new JawtStruct();
        awt.version = VERSION_9;
        if (library().JAWT_GetAWT(JNIEnv.CURRENT, awt) == 0) {
            throw new IllegalStateException("JAWT_GetAWT refused JAWT_VERSION_9");
        }
        Pointer surface = (Pointer) Function.getFunction(awt.getDrawingSurface)
                .invoke(Pointer.class, new Object[] {JNIEnv.CURRENT, component}, ALLOW_OBJECTS);
        if (surface == null) {
            throw new IllegalStateException("JAWT has no drawing surface for " + component.getClass().getName());
        }
        try {
            return readLocked(surface, new JawtDrawingSurface(surface), reader);
        } finally {
            Function.getFunction(awt.freeDrawingSurface).invokeVoid(new Object[] {surface});
        }
    }

    private static <T> T readLocked(Pointer address, JawtDrawingSurface surface, SurfaceReader<T> reader) {
        int lock = Function.getFunction(surface.lock).invokeInt(new Object[] {address});
        if ((lock & LOCK_ERROR) != 0) {
            throw new IllegalStateException("JAWT could not lock the drawing surface (flags " + lock + ")");
        }
        try {
            Pointer info = Function.getFunction(surface.getDrawingSurfaceInfo).invokePointer(new Object[] {address});
            if (info == null) {
                throw new IllegalStateException("JAWT returned no drawing surface info");
            }
            try {
                JawtDrawingSurfaceInfo read = new JawtDrawingSurfaceInfo(info);
                return reader.read(read.platformInfo, read.bounds);
            } finally {
                Function.getFunction(surface.freeDrawingSurfaceInfo).invokeVoid(new Object[] {info});
            }
        } finally {
            Function.getFunction(surface.unlock).invokeVoid(new Object[] {address});
        }
    }

    /** Loads {@code libjawt} on first use only. */
    private static final class Loaded {
        static final JawtLibrary LIBRARY = load();

        private static JawtLibrary load() {
            // JAWT looks up AWT's native state, which exists only once the toolkit is up.
            Toolkit.getDefaultToolkit();
            return Native.load(locate(), JawtLibrary.class, ALLOW_OBJECTS);
        }

        private static String locate() {
            String name = System.mapLibraryName("jawt");
            File inJavaHome = new File(new File(System.getProperty("java.home"), "lib"), name);
            if (inJavaHome.isFile()) {
                return inJavaHome.getPath();
            }
            for (String directory : System.getProperty("sun.boot.library.path", "").split(File.pathSeparator)) {
                File candidate = new File(directory, name);
                if (candidate.isFile()) {
                    return candidate.getPath();
                }
            }
            return "jawt";
        }
    }
}
