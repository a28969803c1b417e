package dev.framepipe.player.swing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.Status;

/**
 * Paints what a {@link VideoComponent} shows instead of a picture: "No media", "Loading…", "Audio only", "No
 * picture", the status of a player that delivers no frames, or the error that halted the player, word-wrapped and
 * centred; and "Buffering 45 %" over the last frame while a stream refills its buffer. Stateless; used on the event
 * dispatch thread.
 */
final class StateMessagePainter {
    private static final int MARGIN = 16;
    private static final Color BUFFERING_BOX = new Color(0, 0, 0, 160);

    void paint(Graphics2D g, Rectangle area, DisplayState state, MediaPlayer player, Color colour) {
        String title;
        String detail = null;
        switch (state) {
            case NO_MEDIA:
                title = "No media";
                break;
            case AUDIO_ONLY:
                title = "Audio only";
                detail = player.getSource().describe();
                break;
            case NO_PICTURE:
                title = "No picture";
                detail = player.getSource().describe() + " ended without a video frame.";
                break;
            case ERROR:
                title = "Cannot play";
                detail = player.getError().map(Throwable::getMessage).orElse("");
                break;
            case STATUS_ONLY:
                title = statusWord(player.getStatus());
                detail = player.getSource().describe();
                break;
            default:
                String waiting = waitingText(player);
                title = waiting != null ? waiting : "Loading\u2026";
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(colour);
        Font base = g.getFont();
        Font titleFont = base.deriveFont(Font.BOLD, base.getSize2D() * 1.3f);
        List<String> lines = detail == null || detail.isEmpty() ? List.of()
                : wrap(detail, g.getFontMetrics(base), area.width - 2 * MARGIN);
        FontMetrics titleMetrics = g.getFontMetrics(titleFont);
        FontMetrics lineMetrics = g.getFontMetrics(base);
        int height = titleMetrics.getHeight() + lines.size() * lineMetrics.getHeight();
        int y = area.y + Math.max(MARGIN, (area.height - height) / 2) + titleMetrics.getAscent();
        g.setFont(titleFont);
        drawCentred(g, title, area, y);
        g.setFont(base);
        y += titleMetrics.getDescent() + lineMetrics.getAscent();
        for (String line : lines) {
            drawCentred(g, line, area, y);
            y += lineMetrics.getHeight();
        }
    }

    /**
     * Draws what a stream is waiting for ({@link #waitingText}) in a translucent box at the centre of the picture,
     * so the last frame does not look frozen for no reason.
     *
     * @param g       the component's graphics
     * @param picture where the picture is
     * @param text    what to say
     */
    void paintWaiting(Graphics2D g, Rectangle picture, String text) {
        if (picture.isEmpty()) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Font font = g.getFont().deriveFont(Font.BOLD, g.getFont().getSize2D() * 1.3f);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int width = metrics.stringWidth(text) + 2 * MARGIN;
        int height = metrics.getHeight() + MARGIN;
        int x = (int) picture.getCenterX() - width / 2;
        int y = (int) picture.getCenterY() - height / 2;
        g.setColor(BUFFERING_BOX);
        g.fillRoundRect(x, y, width, height, height / 2, height / 2);
        g.setColor(Color.WHITE);
        g.drawString(text, x + MARGIN, y + MARGIN / 2 + metrics.getAscent());
    }

    /**
     * Says what a stream is waiting for: how far a stalled player has buffered, or that a dropped live stream is
     * being reconnected.
     *
     * @param player the player
     * @return "Buffering 45 %", "Reconnecting…", or {@code null} if the player waits for nothing
     */
    static String waitingText(MediaPlayer player) {
        switch (player.getStatus()) {
            case STALLED:
                return "Buffering " + player.getBufferLevel() + "\u00a0%";
            case RECONNECTING:
                return "Reconnecting\u2026";
            default:
                return null;
        }
    }

    /**
     * Names a player's status for a user: the title of {@link DisplayState#STATUS_ONLY} and the accessible
     * description of a component that shows frames.
     *
     * @param status the status of a player that has opened its media
     * @return "Playing", "Buffering", "Reconnecting", "Stopped" or "Paused"
     */
    static String statusWord(Status status) {
        switch (status) {
            case PLAYING:
                return "Playing";
            case STALLED:
                return "Buffering";
            case RECONNECTING:
                return "Reconnecting";
            case STOPPED:
                return "Stopped";
            default:
                return "Paused";
        }
    }

    private static void drawCentred(Graphics2D g, String text, Rectangle area, int baseline) {
        int width = g.getFontMetrics().stringWidth(text);
        g.drawString(text, area.x + Math.max(MARGIN, (area.width - width) / 2), baseline);
    }

    /** Breaks text into lines no wider than {@code width}; a word longer than a line gets a line of its own. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
