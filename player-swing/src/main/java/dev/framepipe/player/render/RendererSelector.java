package dev.framepipe.player.render;

import java.awt.Component;
import java.lang.System.Logger.Level;
import java.util.Optional;

import com.sun.jna.Platform;

import dev.framepipe.player.swing.RendererType;

/**
 * Picks the renderer for a component: the requested one if it can run here, Java2D otherwise, with the reason
 * logged. {@link RendererType#AUTO} prefers a native renderer only where it is the platform's best (macOS) and
 * nothing is painted above the video, since a native layer covers lightweight painting.
 *
 * <p>Threading: the event dispatch thread.
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
     * @return the type to create, never {@link RendererType#AUTO}; it may still turn out unavailable, in which case
     *         {@link #create} falls back to Java2D
     */
    public static RendererType choose(RendererType requested, boolean withOverlays) {
        if (requested != RendererType.AUTO) {
            return requested;
        }
        boolean macLayer = Platform.isMac() && !withOverlays && unavailableReason(RendererType.MACOS_LAYER).isEmpty();
        return macLayer ? RendererType.MACOS_LAYER : RendererType.JAVA2D;
    }

    /**
     * Tells why a renderer cannot run in this process.
     *
     * @param type a renderer type, not {@link RendererType#AUTO}
     * @return the reason, or empty if it can run
     */
    public static Optional<String> unavailableReason(RendererType type) {
        switch (type) {
            case MACOS_LAYER:
                return MacLayerRenderer.unavailableReason();
            case LINUX_OVERLAY:
                return LinuxOverlayRenderer.unavailableReason();
            default:
                return Optional.empty();
        }
    }

    /**
     * Creates a renderer of a type, or a Java2D renderer (with the reason logged) if that type cannot run here.
     *
     * @param type the type, not {@link RendererType#AUTO}
     * @param host the component that shows the video; a native renderer adds its canvas to it
     * @return the renderer; {@link VideoRenderer#type()} says which it is
     */
    public static VideoRenderer create(RendererType type, Component host) {
        Optional<String> reason = unavailableReason(type);
        if (reason.isPresent()) {
            LOG.log(Level.WARNING, "the " + type + " renderer cannot run here: " + reason.get() + "; using Java2D");
            return new Java2DRenderer(host);
        }
        switch (type) {
            case MACOS_LAYER:
                return new MacLayerRenderer(host);
            case LINUX_OVERLAY:
                return new LinuxOverlayRenderer(host);
            default:
                return new Java2DRenderer(host);
        }
    }
}
