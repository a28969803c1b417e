package dev.framepipe.player.swing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.swing.BorderFactory;
import javax.swing.JPanel;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;

/**
 * A grid of videos, as a camera wall or a monitoring screen shows them: each source plays in a tile of its own, named
 * in its corner, with a LIVE mark for live media. Tiles share what Framepipe shares between components anyway: one
 * conversion pool, and each tile converts frames at the size it shows them, so sixteen small tiles cost far less
 * than sixteen full pictures.
 *
 * <pre>{@code
 * VideoWall wall = new VideoWall();
 * for (String camera : cameras) {
 *     wall.add(MediaSource.ofUri(camera), camera);      // plays at once, without sound
 * }
 * frame.add(wall);
 * ...
 * wall.dispose();                                       // stops and releases every player
 * }</pre>
 *
 * <p>The grid is as square as the number of tiles allows (four tiles in 2×2, six in 3×2, sixteen in 4×4).
 * Threading: the event dispatch thread. Ownership: the wall creates and owns the players of the sources it is given;
 * {@link #remove} and {@link #dispose()} dispose them.
 */
public class VideoWall extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int GAP = 2;
    private static final Color LABEL_BOX = new Color(0, 0, 0, 150);
    private static final Color LIVE_RED = new Color(0xE5, 0x39, 0x35);

    private final transient PlayerOptions options;
    private final transient Map<MediaPlayer, VideoComponent> tiles = new LinkedHashMap<>();

    /**
     * Creates an empty wall whose players play at once, without sound, each decoding on one thread (many small
     * streams decode cheaper that way than with a thread per core each; see
     * {@link PlayerOptions#withDecoderThreads}).
     */
    public VideoWall() {
        this(PlayerOptions.defaults().withAudioEnabled(false).withAutoPlay(true).withDecoderThreads(1));
    }

    /**
     * Creates an empty wall whose players are created with the given options.
     *
     * @param options the options of every tile's player (a wall usually has no sound and plays at once)
     */
    public VideoWall(PlayerOptions options) {
        super(new GridLayout(1, 1, GAP, GAP));
        this.options = Objects.requireNonNull(options, "options");
        setBackground(Color.BLACK);
        setBorder(BorderFactory.createEmptyBorder(GAP, GAP, GAP, GAP));
    }

    /**
     * Adds a tile that plays a source.
     *
     * @param source what to play
     * @param title  the name shown in the tile's corner
     * @return the tile's player, owned by the wall
     * @throws dev.framepipe.player.MediaException if the player cannot be created (see
     *                                             {@link MediaPlayer#create(MediaSource, PlayerOptions)})
     */
    public MediaPlayer add(MediaSource source, String title) {
        Objects.requireNonNull(title, "title");
        MediaPlayer player = MediaPlayer.create(source, options);
        VideoComponent tile = new VideoComponent(player);
        tile.setPlayerOwned(true);
        tile.setName("tile-" + tiles.size());
        tile.getAccessibleContext().setAccessibleName(title);
        tile.addOverlay((g, picture, component) -> paintLabel(g, component, title, player.media().isLive()));
        tiles.put(player, tile);
        add(tile);
        relayOut();
        return player;
    }

    /**
     * Removes a tile and disposes its player.
     *
     * @param player a player returned by {@link #add}
     * @throws IllegalArgumentException if it is not one of this wall's players
     */
    public void remove(MediaPlayer player) {
        VideoComponent tile = tiles.remove(player);
        if (tile == null) {
            throw new IllegalArgumentException("not a player of this wall: " + player);
        }
        remove(tile);
        tile.dispose();
        relayOut();
    }

    /**
     * Returns the players, in the order their tiles were added.
     *
     * @return a new list
     */
    public List<MediaPlayer> getPlayers() {
        return new ArrayList<>(tiles.keySet());
    }

    /**
     * Returns the component that shows a player.
     *
     * @param player a player returned by {@link #add}
     * @return its tile
     * @throws IllegalArgumentException if it is not one of this wall's players
     */
    public VideoComponent getTile(MediaPlayer player) {
        VideoComponent tile = tiles.get(player);
        if (tile == null) {
            throw new IllegalArgumentException("not a player of this wall: " + player);
        }
        return tile;
    }

    /** Removes every tile and disposes every player. Idempotent. */
    public void dispose() {
        for (MediaPlayer player : getPlayers()) {
            remove(player);
        }
    }

    /** As square a grid as the tiles allow: columns first, so a wide window holds them best. */
    private void relayOut() {
        int count = Math.max(1, tiles.size());
        int columns = (int) Math.ceil(Math.sqrt(count));
        int rows = (int) Math.ceil(count / (double) columns);
        ((GridLayout) getLayout()).setColumns(columns);
        ((GridLayout) getLayout()).setRows(rows);
        revalidate();
        repaint();
    }

    /** The tile's name in a dark box in its top-left corner, with a red LIVE mark for live media. */
    private static void paintLabel(Graphics2D g, VideoComponent tile, String title, boolean live) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = tile.getFont().deriveFont(Font.BOLD);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        String liveMark = live ? "\u25cf LIVE  " : "";
        int pad = metrics.getHeight() / 4;
        Rectangle box = new Rectangle(pad, pad, metrics.stringWidth(liveMark + title) + 2 * pad,
                metrics.getHeight() + pad);
        g.setColor(LABEL_BOX);
        g.fillRect(box.x, box.y, box.width, box.height);
        int baseline = box.y + pad / 2 + metrics.getAscent();
        g.setColor(LIVE_RED);
        g.drawString(liveMark, box.x + pad, baseline);
        g.setColor(Color.WHITE);
        g.drawString(title, box.x + pad + metrics.stringWidth(liveMark), baseline);
    }
}
