package dev.framepipe.player.swing;

import java.awt.Component;

import dev.framepipe.player.render.VideoRenderer;

/** Makes a {@link VideoComponent}'s renderer; tests supply their own (a deliberately leaky one, for instance). */
@FunctionalInterface
interface RendererFactory {
    /**
     * Creates a renderer.
     *
     * @param type the type chosen for the component, not {@link RendererType#AUTO}
     * @param host the component
     * @return the renderer
     */
    VideoRenderer create(RendererType type, Component host);
}
