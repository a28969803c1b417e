package dev.framepipe.player.render;

import java.awt.Component;
import java.lang.System.Logger.Level;

import dev.framepipe.player.swing.RendererType;

/**
 * Picks the renderer for a component: the requested one if it can run here, Java2D otherwise, with the reason
 * logged. {@link RendererType#AUTO} prefers a native renderer only where it is the platform's best and nothing is
 * painted above the video.
 */
public final class RendererSelector {
    private static final System.Logger LOG = System.getLogger(RendererSelector.class.getName());

    private RendererSelector() {
    }

    /**
     * Decides which renderer to use.
     *
     * @param requested    the type asked for
     * @param withOverlays whether the component paints overlays above the video
     * @return the type to create, never {@link RendererType#AUTO}
     */
    public static RendererType choose(RendererType requested, boolean withOverlays) {
        return requested == RendererType.AUTO ? RendererType.JAVA2D : requested;
    }

    /**
     * Creates a renderer of a type, or a Java2D renderer (with the reason logged) if that type cannot run here.
     *
     * @param type the type, not {@link RendererType#AUTO}
     * @param host the component that shows the video
     * @return the renderer; {@link VideoRenderer#type()} says which it is
     */
    public static VideoRenderer create(RendererType type, Component host) {
        if (type != RendererType.JAVA2D) {
            LOG.log(Level.WARNING, "the " + type + " renderer cannot run here (not available on this platform "
                    + "yet); using Java2D");
        }
        return new Java2DRenderer(host);
    }
}
