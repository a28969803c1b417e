package dev.framepipe.player;

import java.text.AttributedString;
import java.time.Duration;
import java.util.Objects;

/**
 * One subtitle cue: its text and when it is shown. Immutable and compared by value.
 *
 * <p>The text keeps the simple markup subtitles carry, in the form GStreamer hands it over for every subtitle format:
 * {@code <i>}, {@code <b>}, {@code <u>}, {@code <s>}, {@code <span foreground="#rrggbb">} or
 * {@code <font color="...">}, with {@code &lt;}, {@code &gt;} and {@code &amp;} escaped, and lines separated by
 * {@code \n}. {@link #getPlainText()} is the same text without markup, for screen readers and transcripts.
 */
public final class Caption {
    /** Where on the picture the cue asks to be shown. */
    public enum Placement {
        /** Along the bottom edge: the default. */
        BOTTOM,
        /** Along the top edge (SubStation's {@code \an8}, WebVTT's {@code line:0}). */
        TOP
    }

    private final String markup;
    private final String plainText;
    private final long startNanos;
    private final long endNanos;
    private final Placement placement;

    /**
     * Creates a cue.
     *
     * @param markup     the text with its markup, lines separated by {@code \n}
     * @param startNanos when it appears, in nanoseconds of media time
     * @param endNanos   when it disappears, or {@link Long#MAX_VALUE} if it stays until the next cue
     * @param placement  where it asks to be shown
     * @throws IllegalArgumentException if the start is negative or the end is not after it
     */
    public Caption(String markup, long startNanos, long endNanos, Placement placement) {
        this.markup = Objects.requireNonNull(markup, "markup");
        this.placement = Objects.requireNonNull(placement, "placement");
        if (startNanos < 0 || endNanos <= startNanos) {
            throw new IllegalArgumentException("a caption needs 0 <= start < end, got " + startNanos + " .. "
                    + endNanos + " ns");
        }
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.plainText = CaptionMarkup.plainText(markup);
    }

    /**
     * Returns the text with its markup.
     *
     * @return the text; lines separated by {@code \n}
     */
    public String getMarkup() {
        return markup;
    }

    /**
     * Returns the text without markup, entities decoded.
     *
     * @return the plain text; lines separated by {@code \n}
     */
    public String getPlainText() {
        return plainText;
    }

    /**
     * Returns the text with its styles as {@link java.awt.font.TextAttribute}s (posture, weight, underline,
     * strike-through, foreground), ready for a {@link java.awt.font.TextLayout}; the caller adds the font.
     *
     * @return a new attributed string on each call
     */
    public AttributedString getStyledText() {
        return CaptionMarkup.styledText(markup);
    }

    /**
     * Returns when the cue appears.
     *
     * @return the start, as media time
     */
    public Duration getStart() {
        return Duration.ofNanos(startNanos);
    }

    /**
     * Returns when the cue disappears.
     *
     * @return the end, as media time; {@code Duration.ofNanos(Long.MAX_VALUE)} for a cue that stays until the next
     */
    public Duration getEnd() {
        return Duration.ofNanos(endNanos);
    }

    /**
     * Tells whether the cue is shown at a time.
     *
     * @param nanos media time in nanoseconds
     * @return {@code true} if {@code start <= nanos < end}
     */
    public boolean covers(long nanos) {
        return nanos >= startNanos && nanos < endNanos;
    }

    /**
     * Returns the start in nanoseconds, without allocating.
     *
     * @return the start
     */
    public long startNanos() {
        return startNanos;
    }

    /**
     * Returns the end in nanoseconds, without allocating.
     *
     * @return the end
     */
    public long endNanos() {
        return endNanos;
    }

    /**
     * Returns where the cue asks to be shown.
     *
     * @return the placement
     */
    public Placement getPlacement() {
        return placement;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Caption)) {
            return false;
        }
        Caption that = (Caption) other;
        return startNanos == that.startNanos && endNanos == that.endNanos && placement == that.placement
                && markup.equals(that.markup);
    }

    @Override
    public int hashCode() {
        return Objects.hash(markup, startNanos, endNanos, placement);
    }

    @Override
    public String toString() {
        return "Caption[" + getStart() + " .. " + (endNanos == Long.MAX_VALUE ? "next" : getEnd()) + ", "
                + placement + ", \"" + plainText.replace("\n", "\\n") + "\"]";
    }
}
