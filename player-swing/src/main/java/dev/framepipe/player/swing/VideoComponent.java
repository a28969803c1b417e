package dev.framepipe.player.swing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.beans.PropertyChangeEvent;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.accessibility.AccessibleState;
import javax.accessibility.AccessibleStateSet;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.ColorUIResource;

import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Registration;
import dev.framepipe.player.Status;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.frame.FrameSource;
import dev.framepipe.player.render.RendererKind;
import dev.framepipe.player.render.RendererSelector;
import dev.framepipe.player.render.VideoGeometry;
import dev.framepipe.player.render.VideoRenderer;

/**
 * Shows a {@link MediaPlayer}'s video. Drop it into a form (it has a public no-argument constructor and bound
 * properties), give it a player, and it shows the frames, letterboxed in its background colour. While there is no
 * picture it says why: no media, loading (after {@value LoadingDelay#DELAY_MILLIS} ms of it, so that quick opens
 * show no flash of text), audio only, or the error message.
 *
 * <p>Any implementation of {@link MediaPlayer} can be shown. Frames come only from players made by
 * {@link MediaPlayer#create}; for any other implementation (an application's own, a test double) the component
 * shows the player's status and error messages, and no picture ({@link DisplayState#STATUS_ONLY}).
 *
 * <pre>{@code
 * VideoComponent video = new VideoComponent();
 * video.setMediaPlayer(MediaPlayer.create(MediaSource.of(path)));
 * frame.add(video);
 * }</pre>
 *
 * <p><b>Threading.</b> Like every Swing component, use it on the event dispatch thread. The player it shows may be
 * controlled from any thread.
 *
 * <p><b>Lifecycle.</b> The component never creates players and does not own the one it shows unless told so with
 * {@link #setPlayerOwned(boolean)}. When it leaves its window ({@code removeNotify}) it stops receiving frames and
 * releases its graphics resources; added again, it picks up where it was. {@link #dispose()} releases everything
 * for good (and disposes the player if the component owns it). With {@link #setDisposedOnRemoval(boolean)} the
 * component disposes itself when removed, which suits a tool window that is closed, not one that is moved.
 *
 * <p><b>Theming.</b> Colours come from the UI defaults {@code VideoComponent.background} (black if absent) and
 * {@code VideoComponent.foreground} (the messages; light grey if absent), unless set explicitly.
 *
 * <p>Swing makes every component {@code Serializable}; this one holds a player and native resources and is not
 * meant to be serialized, so it has no serialized form.
 *
 * @serial exclude
 */
public class VideoComponent extends JComponent {
    private static final long serialVersionUID = 1L;

    /** Bound property: the player shown. */
    public static final String MEDIA_PLAYER_PROPERTY = "mediaPlayer";
    /** Bound property: the {@link ScalingMode}. */
    public static final String SCALING_MODE_PROPERTY = "scalingMode";
    /** Bound property: bilinear smoothing on or off. */
    public static final String SMOOTHING_PROPERTY = "smoothing";
    /** Bound property fired when the caption style changes. */
    public static final String CAPTION_STYLE_PROPERTY = "captionStyle";
    /** Bound property: whether {@link #dispose()} also disposes the player. */
    public static final String PLAYER_OWNED_PROPERTY = "playerOwned";
    /** Bound property: whether removal from the window disposes the component. */
    public static final String DISPOSED_ON_REMOVAL_PROPERTY = "disposedOnRemoval";
    /** Bound property: the {@link RendererType} asked for. */
    public static final String RENDERER_TYPE_PROPERTY = "rendererType";
    /** Bound property: the {@link RendererType} running. */
    public static final String ACTIVE_RENDERER_PROPERTY = "activeRenderer";
    /** System property with the default renderer type of new components: auto, java2d, macos or overlay. */
    public static final String RENDERER_SYSTEM_PROPERTY = "framepipe.renderer";
    /** The accessible state of a component whose player plays, which {@code AccessibleState} lacks. */
    public static final AccessibleState PLAYING_STATE = new AccessibleState("playing") {
    };

    private static final System.Logger LOG = System.getLogger(VideoComponent.class.getName());
    private static final Dimension DEFAULT_SIZE = new Dimension(640, 360);
    private static final Color DEFAULT_BACKGROUND = Color.BLACK;
    private static final Color DEFAULT_FOREGROUND = new Color(0xDDDDDD);

    private final transient RendererFactory rendererFactory;
    private transient VideoRenderer renderer;
    private String fallbackReason;
    private RendererType rendererType = RendererType.fromSystemProperty();
    private final transient List<VideoOverlay> overlays = new CopyOnWriteArrayList<>();
    private final transient DisplayedSubscription subscription = new DisplayedSubscription(this, this::listenTo,
            this::catchUp);
    private final transient StateMessagePainter messages = new StateMessagePainter();
    private final transient LoadingDelay loadingDelay = new LoadingDelay(this);
    private final transient CaptionPainter captions = new CaptionPainter();
    private transient MediaPlayer player;
    private ScalingMode scalingMode = ScalingMode.FIT;
    private boolean smoothing = true;
    private boolean playerOwned;
    private boolean disposedOnRemoval;
    private boolean disposed;
    private boolean moving;
    private boolean endedWithoutPicture;
    private Rectangle videoBounds = new Rectangle();

    /** Creates a component with no player. */
    public VideoComponent() {
        this(RendererSelector::create);
    }

    /**
     * Creates a component whose renderers come from a factory.
     *
     * @param rendererFactory makes the renderer for each player and renderer type
     */
    VideoComponent(RendererFactory rendererFactory) {
        this.rendererFactory = rendererFactory;
        this.renderer = newRenderer(rendererType.resolve());
        setOpaque(true);
        updateUI();
    }

    /**
     * Creates a component showing a player.
     *
     * @param player the player; the caller keeps owning it
     */
    public VideoComponent(MediaPlayer player) {
        this();
        setMediaPlayer(player);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (getBackground() == null || getBackground() instanceof ColorUIResource) {
            setBackground(uiColour("VideoComponent.background", DEFAULT_BACKGROUND));
        }
        if (getForeground() == null || getForeground() instanceof ColorUIResource) {
            setForeground(uiColour("VideoComponent.foreground", DEFAULT_FOREGROUND));
        }
    }

    private static Color uiColour(String key, Color fallback) {
        Color colour = UIManager.getColor(key);
        return new ColorUIResource(colour != null ? colour : fallback);
    }

    // ---- the player -------------------------------------------------------------------------------------------

    /**
     * Shows a player (or nothing). The previous player is left as it is: the caller owns players unless
     * {@link #setPlayerOwned(boolean)} says otherwise, in which case the previous one is disposed.
     *
     * @param newPlayer the player, or {@code null} to show nothing; any implementation, though only players made by
     *                  {@link MediaPlayer#create} deliver frames (see the class comment)
     * @throws IllegalStateException if the component was disposed
     */
    public void setMediaPlayer(MediaPlayer newPlayer) {
        checkNotDisposed();
        MediaPlayer old = player;
        if (old == newPlayer) {
            return;
        }
        unwatch();
        player = newPlayer;
        replaceRenderer();
        if (newPlayer != null) {
            watch(newPlayer);
        }
        if (playerOwned && old != null) {
            old.dispose();
        }
        firePropertyChange(MEDIA_PLAYER_PROPERTY, old, newPlayer);
        revalidate();
        repaint();
    }

    /**
     * Returns the player shown.
     *
     * @return the player, or {@code null}
     */
    public MediaPlayer getMediaPlayer() {
        return player;
    }

    private void watch(MediaPlayer watched) {
        endedWithoutPicture = false;
        captions.show(watched.tracks().getCaption().orElse(null));
        subscription.follow(watched);
    }

    /** The component's listeners on its player, registered while it is displayable ({@link DisplayedSubscription}). */
    private Registration listenTo(MediaPlayer watched) {
        Registration properties = watched.events().addPropertyChangeListener(this::playerChanged);
        Registration events = watched.events().addListener(new MediaPlayerListener() {
            @Override
            public void endOfMedia(MediaPlayer ended) {
                // A video track can end before its first frame (an empty track): "Loading" would then never end.
                endedWithoutPicture = !renderer.hasFrame();
                repaint();
                accessibility().playerChanged();
            }
        });
        return () -> {
            properties.close();
            events.close();
        };
    }

    /** Catches up with what the player announced while the component was not displayable and did not listen. */
    private void catchUp() {
        captions.show(player.tracks().getCaption().orElse(null));
        blendCaption();
        revalidate();
        repaint();
        accessibility().playerChanged();
    }

    private void unwatch() {
        subscription.close();
        captions.show(null);
        blendCaption();
    }

    private void playerChanged(PropertyChangeEvent event) {
        String name = event.getPropertyName();
        if (PlayerProperties.VIDEO_SIZE.equals(name)) {
            revalidate();
        }
        boolean captionChanged = PlayerProperties.CAPTION.equals(name) && captions.show((Caption) event.getNewValue());
        if (captionChanged || PlayerProperties.VIDEO_SIZE.equals(name)) {
            blendCaption();
        }
        if (PlayerProperties.STATUS.equals(name) || PlayerProperties.ERROR.equals(name)
                || PlayerProperties.VIDEO_SIZE.equals(name) || PlayerProperties.BUFFER_LEVEL.equals(name)
                || captionChanged) {
            repaint();
            accessibility().playerChanged();
        }
    }

    /**
     * Hands the caption to a renderer that blends it into the frames (a native one, which Swing cannot paint over),
     * drawn at the frames' size; nothing for renderers over which the component paints it.
     */
    private void blendCaption() {
        if (!renderer.blendsCaptions()) {
            return;
        }
        Dimension size = renderer.captionFrameSize().orElse(null);
        VideoSize video = player == null ? null : player.media().getVideoSize().orElse(null);
        CaptionPainter.FramePixels pixels = null;
        if (size != null && video != null) {
            // The sink's scaler may have fitted the picture into window-sized frames with black borders.
            Rectangle frame = new Rectangle(size);
            pixels = captions.framePixels(frame, PictureBounds.compute(frame, video.getWidth(), video.getHeight(),
                    player.media().getPixelAspectRatio(), ScalingMode.FIT, 1, 1));
        }
        if (pixels == null) {
            renderer.clearCaption();
        } else {
            renderer.showCaption(pixels.argb, pixels.area.x, pixels.area.y, pixels.area.width, pixels.area.height);
        }
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    /**
     * Sets how captions look. Captions are the player's chosen subtitle track
     * ({@link dev.framepipe.player.TrackControls}), drawn inside the picture at screen resolution by this component
     * whenever it paints the picture with Java2D, which {@link RendererType#AUTO} picks for media with subtitles. A
     * native renderer's heavyweight surface covers lightweight painting, so with one chosen explicitly
     * ({@link RendererType#MACOS_LAYER}, {@link RendererType#LINUX_OVERLAY}) the caption is drawn in this style at
     * the video's resolution and blended into the frames by GStreamer instead; {@link #getCaptionRendering()} says
     * which.
     *
     * @param style the style; {@link CaptionStyle#defaults()} at first
     */
    public void setCaptionStyle(CaptionStyle style) {
        CaptionStyle old = captions.style();
        captions.style(Objects.requireNonNull(style, "style"));
        firePropertyChange(CAPTION_STYLE_PROPERTY, old, style);
        blendCaption();
        repaint();
    }

    /**
     * Tells how captions are shown with the renderer running now.
     *
     * @return {@link CaptionRendering#COMPONENT} with Java2D, {@link CaptionRendering#FRAMES} with a native renderer
     *         that blends them into the frames, {@link CaptionRendering#NONE} with one that cannot
     */
    public CaptionRendering getCaptionRendering() {
        if (renderer.blendsCaptions()) {
            return CaptionRendering.FRAMES;
        }
        return renderer.kind() == RendererKind.JAVA2D ? CaptionRendering.COMPONENT : CaptionRendering.NONE;
    }

    /**
     * Returns how captions look.
     *
     * @return the style
     */
    public CaptionStyle getCaptionStyle() {
        return captions.style();
    }

    /**
     * Sets how the picture fits the component.
     *
     * @param mode the mode; {@link ScalingMode#FIT} by default
     */
    public void setScalingMode(ScalingMode mode) {
        ScalingMode old = scalingMode;
        scalingMode = Objects.requireNonNull(mode, "mode");
        firePropertyChange(SCALING_MODE_PROPERTY, old, mode);
        repaint();
    }

    /**
     * Returns how the picture fits the component.
     *
     * @return the mode
     */
    public ScalingMode getScalingMode() {
        return scalingMode;
    }

    /**
     * Switches bilinear smoothing when the picture is scaled (on by default); off gives sharp pixels.
     *
     * @param smooth whether to smooth
     */
    public void setSmoothing(boolean smooth) {
        boolean old = smoothing;
        smoothing = smooth;
        firePropertyChange(SMOOTHING_PROPERTY, old, smooth);
        repaint();
    }

    /**
     * Tells whether scaling is smoothed.
     *
     * @return {@code true} for bilinear scaling
     */
    public boolean isSmoothing() {
        return smoothing;
    }

    /**
     * Says whether the component owns its player: if so, {@link #dispose()} and replacing the player dispose it.
     *
     * @param owned {@code false} by default
     */
    public void setPlayerOwned(boolean owned) {
        boolean old = playerOwned;
        playerOwned = owned;
        firePropertyChange(PLAYER_OWNED_PROPERTY, old, owned);
    }

    /**
     * Tells whether the component owns its player.
     *
     * @return the setting
     */
    public boolean isPlayerOwned() {
        return playerOwned;
    }

    /**
     * Says whether removing the component from its window disposes it (and, if owned, its player). Off by default,
     * because containers such as docking frameworks remove and re-add components when they move them.
     *
     * @param dispose whether removal disposes
     */
    public void setDisposedOnRemoval(boolean dispose) {
        boolean old = disposedOnRemoval;
        disposedOnRemoval = dispose;
        firePropertyChange(DISPOSED_ON_REMOVAL_PROPERTY, old, dispose);
    }

    /**
     * Tells whether removal from the window disposes the component.
     *
     * @return the setting
     */
    public boolean isDisposedOnRemoval() {
        return disposedOnRemoval;
    }

    /**
     * Asks for a kind of renderer. If it cannot run here the component uses Java2D and logs why; see
     * {@link #getActiveRenderer()}.
     *
     * @param type the type; {@link RendererType#AUTO} by default (or as the system property
     *             {@value #RENDERER_SYSTEM_PROPERTY} says)
     */
    public void setRendererType(RendererType type) {
        RendererType old = rendererType;
        rendererType = Objects.requireNonNull(type, "type");
        firePropertyChange(RENDERER_TYPE_PROPERTY, old, type);
        if (old != type) {
            replaceRenderer();
        }
    }

    /**
     * Returns the kind of renderer asked for.
     *
     * @return the requested type
     */
    public RendererType getRendererType() {
        return rendererType;
    }

    /**
     * Returns the kind of renderer running.
     *
     * @return the active type, never {@link RendererType#AUTO}
     */
    public RendererType getActiveRenderer() {
        return RendererType.of(renderer.kind());
    }

    /**
     * Says why the renderer running is not the one chosen: the requested native renderer cannot run here, or it
     * failed while starting and the component went back to Java2D.
     *
     * @return the reason, or empty if the chosen renderer runs
     */
    public Optional<String> getRendererFallbackReason() {
        return Optional.ofNullable(fallbackReason);
    }

    /** Makes a new renderer for the current player, type and overlays, replacing the old one. */
    private void replaceRenderer() {
        install(newRenderer(rendererType.resolve()));
    }

    private VideoRenderer newRenderer(RendererKind kind) {
        VideoRenderer made = rendererFactory.create(kind, this);
        fallbackReason = made.kind() == kind ? null : RendererSelector.unavailableReason(kind)
                .orElse("the " + RendererType.of(kind) + " renderer could not be made");
        made.setFailureHandler(reason -> SwingUtilities.invokeLater(() -> fallBack(made, reason)));
        made.setCaptionFrameListener(() -> SwingUtilities.invokeLater(() -> {
            if (renderer == made) {
                blendCaption();
            }
        }));
        return made;
    }

    private void install(VideoRenderer replacement) {
        RendererType oldType = getActiveRenderer();
        renderer.dispose();
        renderer = replacement;
        if (isDisplayable() && !disposed) {
            attachRenderer();
        }
        blendCaption();
        revalidate();
        firePropertyChange(ACTIVE_RENDERER_PROPERTY, oldType, getActiveRenderer());
        repaint();
    }

    /**
     * A native renderer that failed is replaced by Java2D until the renderer type or the overlays change. The reason
     * is set before the {@code activeRenderer} change is fired, so a listener can read it.
     */
    private void fallBack(VideoRenderer failed, String reason) {
        if (renderer != failed || disposed) {
            return;
        }
        LOG.log(Level.WARNING, "the " + RendererType.of(failed.kind()) + " renderer failed: " + reason
                + "; using Java2D");
        fallbackReason = reason;
        install(rendererFactory.create(RendererKind.JAVA2D, this));
    }

    /**
     * Returns what the component is showing.
     *
     * @return the display state
     */
    public DisplayState getDisplayState() {
        if (player == null || player.getStatus() == Status.DISPOSED) {
            return DisplayState.NO_MEDIA;
        }
        if (player.getStatus() == Status.HALTED) {
            return DisplayState.ERROR;
        }
        if (renderer.hasFrame()) {
            return DisplayState.VIDEO;
        }
        if (player.getStatus() != Status.UNKNOWN && !player.media().hasVideo()) {
            return DisplayState.AUDIO_ONLY;
        }
        if (player.getStatus() != Status.UNKNOWN && FrameSource.of(player).isEmpty()) {
            return DisplayState.STATUS_ONLY;
        }
        return endedWithoutPicture ? DisplayState.NO_PICTURE : DisplayState.LOADING;
    }

    /**
     * Returns where the picture was last drawn.
     *
     * @return a copy, in component coordinates; empty if no picture was drawn
     */
    public Rectangle getVideoBounds() {
        return new Rectangle(videoBounds);
    }

    /**
     * Returns a copy of the frame on screen, at the size it was converted to (the frame's own size, or smaller when
     * the component shows it smaller).
     *
     * @return a new image the caller owns; empty before the first frame, and always empty while a native renderer
     *         runs (its frames never pass through Java; see {@link #getActiveRenderer()})
     */
    public Optional<BufferedImage> snapshot() {
        return renderer.snapshot();
    }

    /**
     * Returns what the renderer measured.
     *
     * @return a live view of the statistics
     */
    public RenderStatistics getRenderStatistics() {
        return new RendererStatisticsView(renderer.statistics());
    }

    /**
     * Adds an overlay painted above the video.
     *
     * @param overlay the overlay
     * @return a registration that removes it
     */
    public Registration addOverlay(VideoOverlay overlay) {
        overlays.add(Objects.requireNonNull(overlay, "overlay"));
        repaint();
        return () -> {
            overlays.remove(overlay);
            repaint();
        };
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet() || player == null) {
            return isPreferredSizeSet() ? super.getPreferredSize() : new Dimension(DEFAULT_SIZE);
        }
        Optional<VideoSize> size = player.media().getVideoSize();
        if (size.isEmpty()) {
            return new Dimension(DEFAULT_SIZE);
        }
        int width = (int) Math.round(size.get().getWidth() * player.media().getPixelAspectRatio());
        java.awt.Insets insets = getInsets();
        return new Dimension(width + insets.left + insets.right, size.get().getHeight() + insets.top + insets.bottom);
    }

    /** A native renderer's canvas (the only kind of child) covers the area inside the border. */
    @Override
    public void doLayout() {
        Rectangle area = SwingUtilities.calculateInnerArea(this, null);
        for (java.awt.Component child : getComponents()) {
            child.setBounds(area);
        }
    }

    // ---- painting -------------------------------------------------------------------------------------------------

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            Rectangle area = SwingUtilities.calculateInnerArea(this, null);
            videoBounds = new Rectangle();
            DisplayState state = getDisplayState();
            boolean loadingMessageDue = loadingDelay.isMessageDue(state == DisplayState.LOADING);
            if (state == DisplayState.VIDEO) {
                paintVideo(g, area);
                captions.paint(g, videoBounds);
                String waiting = StateMessagePainter.waitingText(player);
                if (waiting != null) {
                    messages.paintWaiting(g, videoBounds, waiting);
                }
            } else if (state != DisplayState.LOADING || loadingMessageDue) {
                messages.paint(g, area, state, player, getForeground());
                if (state == DisplayState.AUDIO_ONLY) {
                    captions.paint(g, area);
                }
            }
            paintOverlay(g, getVideoBounds());
        } finally {
            g.dispose();
        }
    }

    private void paintVideo(Graphics2D g, Rectangle area) {
        Optional<VideoSize> size = player.media().getVideoSize();
        if (size.isEmpty() || area.isEmpty()) {
            return;
        }
        int width = size.get().getWidth();
        int height = size.get().getHeight();
        double scaleX = g.getTransform().getScaleX();
        double scaleY = g.getTransform().getScaleY();
        Rectangle bounds = PictureBounds.compute(area, width, height, player.media().getPixelAspectRatio(),
                scalingMode, scaleX, scaleY);
        VideoGeometry geometry = VideoGeometry.of(bounds, width, height, scaleX, scaleY);
        Graphics2D clipped = (Graphics2D) g.create(area.x, area.y, area.width, area.height);
        try {
            clipped.translate(-area.x, -area.y);
            renderer.paint(clipped, geometry, smoothing);
        } finally {
            clipped.dispose();
        }
        videoBounds = bounds.intersection(area);
    }

    /**
     * Paints what lies above the video: by default the registered {@link VideoOverlay}s. Subclasses may override it
     * (and call {@code super}) to draw their own.
     *
     * @param g           a graphics context for the whole component
     * @param bounds      where the picture is, empty if there is none
     */
    protected void paintOverlay(Graphics2D g, Rectangle bounds) {
        for (VideoOverlay overlay : overlays) {
            Graphics2D overlayGraphics = (Graphics2D) g.create();
            try {
                overlay.paintOverlay(overlayGraphics, new Rectangle(bounds), this);
            } finally {
                overlayGraphics.dispose();
            }
        }
    }

    // ---- lifecycle ---------------------------------------------------------------------------------------------------

    @Override
    public void addNotify() {
        super.addNotify();
        if (!disposed) {
            attachRenderer();
        }
    }

    /** Gives the renderer the player's frames, if there is a player that delivers frames. */
    private void attachRenderer() {
        if (player != null) {
            FrameSource.of(player).ifPresent(renderer::attach);
        }
    }

    @Override
    public void removeNotify() {
        renderer.detach();
        renderer.releaseGraphics();
        super.removeNotify();
        if (disposedOnRemoval && !moving) {
            dispose();
        }
    }

    /**
     * Tells the component it is being moved to another parent (full screen and back), not removed for good.
     *
     * @param isMoving {@code true} for the duration of the move
     */
    void setMoving(boolean isMoving) {
        moving = isMoving;
    }

    /** Tells whether a move is under way, so a container's own removal policy can tell a move from a removal. */
    boolean isMoving() {
        return moving;
    }

    /**
     * Finds the video components in a component tree.
     *
     * @param root the root, itself included
     * @return the video components, in tree order
     */
    static List<VideoComponent> within(java.awt.Component root) {
        List<VideoComponent> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(java.awt.Component component, List<VideoComponent> found) {
        if (component instanceof VideoComponent) {
            found.add((VideoComponent) component);
        }
        if (component instanceof java.awt.Container) {
            for (java.awt.Component child : ((java.awt.Container) component).getComponents()) {
                collect(child, found);
            }
        }
    }

    /**
     * Releases the component's resources for good: frames stop, images are released, listeners on the player are
     * removed; the player is disposed too if the component owns it. Idempotent.
     */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        unwatch();
        renderer.dispose();
        if (playerOwned && player != null) {
            player.dispose();
        }
        repaint();
    }

    /**
     * Tells whether {@link #dispose()} was called.
     *
     * @return {@code true} once disposed
     */
    public boolean isDisposed() {
        return disposed;
    }

    private void checkNotDisposed() {
        if (disposed) {
            throw new IllegalStateException("the video component was disposed");
        }
    }

    // ---- accessibility -----------------------------------------------------------------------------------------------

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleVideoComponent();
        }
        return accessibleContext;
    }

    private AccessibleVideoComponent accessibility() {
        return (AccessibleVideoComponent) getAccessibleContext();
    }

    /**
     * The component as assistive technology sees it: a "video" role, a name saying what is shown, a description
     * saying what the player is doing (playing, paused, loading, the error), BUSY while loading and
     * {@link #PLAYING_STATE} while playing.
     *
     * @serial exclude
     */
    protected class AccessibleVideoComponent extends AccessibleJComponent {
        private static final long serialVersionUID = 1L;
        private String lastDescription;
        private boolean lastPlaying;

        /** Creates the context. */
        protected AccessibleVideoComponent() {
        }

        @Override
        public AccessibleRole getAccessibleRole() {
            return VIDEO_ROLE;
        }

        @Override
        public String getAccessibleName() {
            String name = super.getAccessibleName();
            if (name != null) {
                return name;
            }
            return player == null ? "Video" : "Video: " + player.getSource().describe();
        }

        /**
         * The state ("Playing", "Error: …"), then any description the application set (a usage hint such as "Press
         * Space to play or pause"), while the player takes commands: with no player, or a halted or disposed one,
         * the hint would promise what cannot happen.
         */
        @Override
        public String getAccessibleDescription() {
            String hint = super.getAccessibleDescription();
            String state = describeState() + describeCaption();
            return hint == null || !takesCommands() ? state : state + ". " + hint;
        }

        /** The caption on screen, so a screen reader can speak it when the description changes. */
        private String describeCaption() {
            Caption shown = captions.caption();
            return shown == null ? "" : ". Caption: " + shown.getPlainText().replace('\n', ' ');
        }

        private boolean takesCommands() {
            return player != null && !player.getStatus().isFinal();
        }

        @Override
        public AccessibleStateSet getAccessibleStateSet() {
            AccessibleStateSet states = super.getAccessibleStateSet();
            if (getDisplayState() == DisplayState.LOADING
                    || player != null && StateMessagePainter.waitingText(player) != null) {
                states.add(AccessibleState.BUSY);
            }
            if (player != null && player.getStatus() == Status.PLAYING) {
                states.add(PLAYING_STATE);
            }
            return states;
        }

        private String describeState() {
            switch (getDisplayState()) {
                case NO_MEDIA:
                    return "No media";
                case LOADING:
                    return "Loading";
                case ERROR:
                    return "Error: " + player.getError().map(Throwable::getMessage).orElse("playback failed");
                case AUDIO_ONLY:
                    return "Audio only, " + statusWord();
                case NO_PICTURE:
                    return "No picture: the video ended without a frame";
                default:
                    return statusWord();
            }
        }

        private String statusWord() {
            String waiting = StateMessagePainter.waitingText(player);
            return waiting != null ? waiting : StateMessagePainter.statusWord(player.getStatus());
        }

        void playerChanged() {
            String description = getAccessibleDescription();
            if (!description.equals(lastDescription)) {
                String old = lastDescription;
                lastDescription = description;
                firePropertyChange(ACCESSIBLE_DESCRIPTION_PROPERTY, old, description);
            }
            boolean playing = player != null && player.getStatus() == Status.PLAYING;
            if (playing != lastPlaying) {
                lastPlaying = playing;
                firePropertyChange(ACCESSIBLE_STATE_PROPERTY, playing ? null : PLAYING_STATE,
                        playing ? PLAYING_STATE : null);
            }
        }
    }

    /** The accessible role of video components, which {@code AccessibleRole} itself lacks. */
    private static final AccessibleRole VIDEO_ROLE = new AccessibleRole("video") {
    };
}
