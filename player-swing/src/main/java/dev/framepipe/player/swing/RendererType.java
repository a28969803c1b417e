package dev.framepipe.player.swing;

import java.util.Locale;

import dev.framepipe.player.render.RendererKind;
import dev.framepipe.player.render.RendererSelector;

/**
 * How a {@link VideoComponent} gets frames onto the screen.
 *
 * <p>The default for new components is {@link #AUTO}, or what the system property
 * {@value VideoComponent#RENDERER_SYSTEM_PROPERTY} says ({@code auto}, {@code java2d}, {@code macos},
 * {@code overlay}). A renderer that cannot start falls back to {@link #JAVA2D} with the reason logged;
 * {@link VideoComponent#getActiveRenderer()} says which one runs.
 */
public enum RendererType {
    /**
     * The proven renderer: {@link #JAVA2D} on every platform, macOS included, until the macOS layer has run on a real
     * Mac ({@code docs/macos.md} says how to try it with {@link #MACOS_LAYER} and what to report).
     */
    AUTO(null),
    /** Frames converted to RGB in Java and painted through one recycled {@code VolatileImage}. Works everywhere. */
    JAVA2D(RendererKind.JAVA2D),
    /** macOS: a {@code CALayer} showing pooled {@code CVPixelBuffer}s; Java2D painting cannot go above it. */
    MACOS_LAYER(RendererKind.MACOS_LAYER),
    /**
     * Linux/X11: GStreamer draws into a native child window ({@code GstVideoOverlay}), so frames never pass through
     * Java. Opt-in: the window is heavyweight, so nothing Swing paints can appear above it, and custom pipelines
     * (which deliver through their appsink) cannot use it.
     */
    LINUX_OVERLAY(RendererKind.LINUX_OVERLAY);

    /** The renderer this type makes; {@code null} for {@link #AUTO}, which is resolved when a renderer is made. */
    private final RendererKind kind;

    RendererType(RendererKind kind) {
        this.kind = kind;
    }

    /**
     * Returns the kind of renderer to make for this type.
     *
     * @return the kind
     */
    RendererKind resolve() {
        return kind != null ? kind : RendererSelector.automatic();
    }

    /**
     * Returns the type of a renderer that runs.
     *
     * @param kind the renderer's kind
     * @return the type, never {@link #AUTO}
     */
    static RendererType of(RendererKind kind) {
        for (RendererType type : values()) {
            if (type.kind == kind) {
                return type;
            }
        }
        throw new IllegalArgumentException("no renderer type for " + kind);
    }

    /**
     * Reads the renderer type named by the system property.
     *
     * @return the type, {@link #AUTO} if the property is missing or not understood
     */
    static RendererType fromSystemProperty() {
        String value = System.getProperty(VideoComponent.RENDERER_SYSTEM_PROPERTY, "auto").trim()
                .toLowerCase(Locale.ROOT);
        switch (value) {
            case "java2d":
                return JAVA2D;
            case "macos":
                return MACOS_LAYER;
            case "overlay":
                return LINUX_OVERLAY;
            default:
                return AUTO;
        }
    }
}
