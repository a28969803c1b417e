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
 * centred. Stateless; used on the event dispatch thread.
 */
final class StateMessagePainter {
    private static final int MARGIN = 16;

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
                title = player.getStatus() == Status.STALLED ? "Buffering\u2026" : "Loading\u2026";
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
     * Names a player's status for a user: the title of {@link DisplayState#STATUS_ONLY} and the accessible
     * description of a component that shows frames.
     *
     * @param status the status of a player that has opened its media
     * @return "Playing", "Buffering", "Stopped" or "Paused"
     */
    static String statusWord(Status status) {
        switch (status) {
            case PLAYING:
                return "Playing";
            case STALLED:
                return "Buffering";
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
