package dev.framepipe.player.swing;

import java.awt.Component;

import dev.framepipe.player.render.RendererKind;
import dev.framepipe.player.render.VideoRenderer;

/** Makes a {@link VideoComponent}'s renderer; tests supply their own (a deliberately leaky one, for instance). */
@FunctionalInterface
interface RendererFactory {
    /**
     * Creates a renderer.
     *
     * @param kind the kind chosen for the component
     * @param host the component
     * @return the renderer
     */
    VideoRenderer create(RendererKind kind, Component host);
}
