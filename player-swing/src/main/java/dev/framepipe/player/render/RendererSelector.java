package dev.framepipe.player.render;

import java.awt.Component;
import java.lang.System.Logger.Level;
import java.util.Optional;

import com.sun.jna.Platform;

/**
 * Picks the renderer for a component: the requested one if it can run here, Java2D otherwise, with the reason
 * logged. The automatic choice is Java2D (see {@link #automatic()}).
 *
 * <p>Threading: the event dispatch thread.
 */
public final class RendererSelector {
    private static final System.Logger LOG = System.getLogger(RendererSelector.class.getName());

    private RendererSelector() {
    }

    /**
     * Decides which renderer to use when none was asked for: Java2D, on every platform. It is the proven path. The
     * native renderers are one option away ({@code RendererType.MACOS_LAYER}, {@code LINUX_OVERLAY}, or the
     * {@code framepipe.renderer} system property): the macOS layer has not yet run on a real Mac, and a mistake in a
     * native binding there would crash the host process (an IDE, with its user's work), where Java2D at worst
     * falls back; {@code docs/macos.md} says how to try the layer and what to report. The X11 overlay covers
     * lightweight painting.
     *
     * @return {@link RendererKind#JAVA2D}
     */
    public static RendererKind automatic() {
        return RendererKind.JAVA2D;
    }

    /**
     * Tells why a renderer cannot run in this process.
     *
     * @param kind a renderer kind
     * @return the reason, or empty if it can run
     */
    public static Optional<String> unavailableReason(RendererKind kind) {
        switch (kind) {
            case MACOS_LAYER:
                return MacLayerRenderer.unavailableReason();
            case LINUX_OVERLAY:
                return LinuxOverlayRenderer.unavailableReason();
            default:
                return Optional.empty();
        }
    }

    /**
     * Creates a renderer of a kind, or a Java2D renderer (with the reason logged) if that kind cannot run here.
     *
     * @param kind the kind
     * @param host the component that shows the video; a native renderer adds its canvas to it
     * @return the renderer; {@link VideoRenderer#kind()} says which it is
     */
    public static VideoRenderer create(RendererKind kind, Component host) {
        Optional<String> reason = unavailableReason(kind);
        if (reason.isPresent()) {
            LOG.log(Level.WARNING, "the " + kind + " renderer cannot run here: " + reason.get() + "; using Java2D");
            return new Java2DRenderer(host);
        }
        switch (kind) {
            case MACOS_LAYER:
                return new MacLayerRenderer(host);
            case LINUX_OVERLAY:
                return new LinuxOverlayRenderer(host);
            default:
                return new Java2DRenderer(host);
        }
    }
}
