package dev.framepipe.player.macos;

/**
 * The main-thread side of an attached video layer: it owns the retained {@code id<JAWT_SurfaceLayers>} and the
 * layer, puts the layer into the window with {@code setLayer:}, and applies frame, visibility and contents changes,
 * each inside a {@code CATransaction} with actions disabled so nothing animates.
 *
 * <p>Every method runs on the AppKit main thread (through {@link MainQueueExecutor}); the fields are confined to
 * it, so nothing is locked. Contents shown while no layer is attached are remembered and applied on the next
 * attach; the buffer itself belongs to the {@link PixelBufferPresenter}, which keeps it alive until it shows
 * another one. Showing contents allocates nothing. macOS only.
 */
final class LayerHost implements ContentsTarget {
    /** Makes the layer to attach. */
    interface LayerFactory {
        /**
         * Returns a layer; main thread.
         *
         * @return a layer the caller owns (+1)
         */
        long newLayer();
    }

    private long surfaceLayers;
    private long layer;
    private long contents;
    private final Runnable applyContents = () -> ObjcMessages.sendVoidWithId(layer, Objc.SET_CONTENTS, contents);

    /**
     * Attaches a new layer to a window's surface layers, replacing any attached one.
     *
     * @param retainedSurfaceLayers the component's {@code id<JAWT_SurfaceLayers>}, retained; owned by this host now
     * @param factory               makes the layer
     * @param frame                 where the layer goes
     * @param hidden                whether the component is hidden
     */
    void attach(long retainedSurfaceLayers, LayerFactory factory, LayerFrame frame, boolean hidden) {
        detach();
        surfaceLayers = retainedSurfaceLayers;
        CoreAnimation.withoutActions(() -> {
            layer = factory.newLayer();
            // The JDK sizes our layer itself; autoresizing on top of that doubles it when the window frame lands late.
            ObjcMessages.sendVoidWithUInt(layer, Objc.SET_AUTORESIZING_MASK, 0);
            applyFrame(frame);
            ObjcMessages.sendVoidWithBool(layer, Objc.SET_HIDDEN, Objc.bool(hidden));
            if (contents != 0) {
                applyContents.run();
            }
            ObjcMessages.sendVoidWithId(surfaceLayers, Objc.SET_LAYER, layer);
        });
    }

    /**
     * Moves the layer.
     *
     * @param frame where it goes
     */
    void setFrame(LayerFrame frame) {
        if (layer != 0) {
            CoreAnimation.withoutActions(() -> applyFrame(frame));
        }
    }

    private void applyFrame(LayerFrame frame) {
        ObjcMessages.sendVoidWithRect(layer, Objc.SET_FRAME, frame.toCGRect());
        ObjcMessages.sendVoidWithDouble(layer, Objc.SET_CONTENTS_SCALE, frame.contentsScale());
    }

    /**
     * Hides or shows the layer.
     *
     * @param hidden {@code true} to hide
     */
    void setHidden(boolean hidden) {
        if (layer != 0) {
            CoreAnimation.withoutActions(
                    () -> ObjcMessages.sendVoidWithBool(layer, Objc.SET_HIDDEN, Objc.bool(hidden)));
        }
    }

    @Override
    public void showContents(long buffer) {
        contents = buffer;
        if (layer != 0) {
            CoreAnimation.withoutActions(applyContents);
        }
    }

    /** Takes the layer out of the window and releases it and the surface layers. Idempotent. */
    void detach() {
        if (surfaceLayers == 0) {
            return;
        }
        if (layer != 0) {
            CoreAnimation.withoutActions(() -> ObjcMessages.sendVoidWithId(surfaceLayers, Objc.SET_LAYER, 0));
            Objc.release(layer);
            layer = 0;
        }
        Objc.release(surfaceLayers);
        surfaceLayers = 0;
    }

    /**
     * Returns the attached layer, for tests.
     *
     * @return the layer, or 0 when detached
     */
    long layer() {
        return layer;
    }

    /**
     * Returns the surface layers, for tests.
     *
     * @return the {@code id<JAWT_SurfaceLayers>}, or 0 when detached
     */
    long surfaceLayers() {
        return surfaceLayers;
    }
}
