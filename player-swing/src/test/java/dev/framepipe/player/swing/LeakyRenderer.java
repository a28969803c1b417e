package dev.framepipe.player.swing;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.VolatileImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.framepipe.player.Registration;
import dev.framepipe.player.frame.FrameConsumer;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.frame.VideoLayout;
import dev.framepipe.player.render.FrameStatistics;
import dev.framepipe.player.render.RendererKind;
import dev.framepipe.player.render.VideoGeometry;
import dev.framepipe.player.render.VideoRenderer;

/**
 * The leak docs/memory.md starts from, in Java2D, for the soak's negative control: every frame becomes a new {@code BufferedImage} and
 * every paint a new {@code VolatileImage}, and both are kept in an {@link Atlas} nothing evicts, as GPUI's sprite
 * atlas kept every frame's texture by image id. Like that atlas, it outlives the renderers that fill it (the
 * component makes a new renderer for each player). Shows the luma plane in grey, which is all a leak needs.
 */
final class LeakyRenderer implements VideoRenderer, FrameConsumer {
    private final Atlas atlas;
    private final Component host;
    private final FrameStatistics statistics = new FrameStatistics();
    private volatile BufferedImage latest;
    private Registration registration;

    /**
     * Creates the renderer.
     *
     * @param atlas where every image is kept
     * @param host  the component
     */
    LeakyRenderer(Atlas atlas, Component host) {
        this.atlas = atlas;
        this.host = host;
    }

    /** Every image ever made, kept, as a window's sprite atlas keeps every texture it was given. */
    static final class Atlas {
        private final ConcurrentLinkedQueue<BufferedImage> frames = new ConcurrentLinkedQueue<>();
        private final List<VolatileImage> textures = new ArrayList<>();

        /**
         * Returns a factory of renderers that fill this atlas.
         *
         * @return the factory
         */
        RendererFactory renderers() {
            return (kind, host) -> new LeakyRenderer(this, host);
        }
    }

    @Override
    public RendererKind kind() {
        return RendererKind.JAVA2D;
    }

    @Override
    public void attach(FrameSource source) {
        detach();
        registration = source.attach(this);
    }

    @Override
    public void detach() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }

    @Override
    public void onFrame(VideoFrame frame) {
        VideoLayout layout = frame.layout();
        byte[] luma = new byte[(int) layout.planeSpan(0)];
        frame.copyPlane(0, luma);
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(luma, luma.length),
                layout.width(), layout.height(), layout.stride(0), 1, new int[] {0}, null);
        ComponentColorModel grey = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        BufferedImage image = new BufferedImage(grey, raster, false, null);
        atlas.frames.add(image);
        latest = image;
        host.repaint();
    }

    @Override
    public void paint(Graphics2D g, VideoGeometry layout, boolean smoothing) {
        BufferedImage image = latest;
        if (image == null) {
            return;
        }
        VolatileImage texture = host.createVolatileImage(image.getWidth(), image.getHeight());
        Graphics2D upload = texture.createGraphics();
        upload.drawImage(image, 0, 0, null);
        upload.dispose();
        atlas.textures.add(texture);
        g.drawImage(texture, layout.bounds().x, layout.bounds().y, layout.bounds().width, layout.bounds().height,
                null);
        statistics.frameRendered(0);
    }

    @Override
    public boolean hasFrame() {
        return latest != null;
    }

    @Override
    public Optional<BufferedImage> snapshot() {
        return Optional.ofNullable(latest);
    }

    @Override
    public void releaseGraphics() {
        // The leak: nothing is released.
    }

    @Override
    public FrameStatistics statistics() {
        return statistics;
    }

    @Override
    public void dispose() {
        detach();
    }
}
