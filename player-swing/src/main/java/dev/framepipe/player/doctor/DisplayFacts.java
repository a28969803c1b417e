package dev.framepipe.player.doctor;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.util.Map;

/**
 * The Java2D pipeline and the screen scale, as the doctor reports them: what paints the video in the Java2D renderer
 * (XRender, OpenGL, Metal, Direct3D or software) and at what scale. The pipeline is read from the class of the
 * screen's graphics configuration, which names it.
 */
final class DisplayFacts {
    private static final Map<String, String> PIPELINES = Map.of(
            "sun.java2d.xr.XRGraphicsConfig", "XRender",
            "sun.java2d.opengl.GLXGraphicsConfig", "OpenGL (GLX)",
            "sun.java2d.opengl.CGLGraphicsConfig", "OpenGL (CGL)",
            "sun.java2d.metal.MTLGraphicsConfig", "Metal",
            "sun.java2d.d3d.D3DGraphicsConfig", "Direct3D",
            "sun.awt.X11GraphicsConfig", "X11 (software)",
            "sun.awt.Win32GraphicsConfig", "GDI (software)");

    private DisplayFacts() {
    }

    /**
     * Describes the default screen.
     *
     * @return for instance "Java2D pipeline XRender, screen 1600×1000 at scale 1.0", or "headless"
     */
    static String describe() {
        if (GraphicsEnvironment.isHeadless()) {
            return "headless (no display: video components cannot be shown)";
        }
        GraphicsConfiguration configuration = GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice().getDefaultConfiguration();
        String type = configuration.getClass().getName();
        Rectangle bounds = configuration.getBounds();
        AffineTransform scale = configuration.getDefaultTransform();
        return "Java2D pipeline " + PIPELINES.getOrDefault(type, type) + ", screen " + bounds.width + "×"
                + bounds.height + " at scale " + scale.getScaleX()
                + (scale.getScaleX() == scale.getScaleY() ? "" : "×" + scale.getScaleY());
    }
}
