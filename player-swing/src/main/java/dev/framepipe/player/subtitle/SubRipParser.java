package dev.framepipe.player.subtitle;

import java.util.List;
import java.util.regex.Pattern;

import dev.framepipe.player.Caption;

/**
 * Reads SubRip and WebVTT, which share their shape: blocks separated by blank lines, each with a timing line
 * {@code start --> end} followed by the text. SubRip numbers its blocks and may prefix a cue with {@code {\an8}} to put
 * it at the top; WebVTT starts with a {@code WEBVTT} header, has {@code NOTE}, {@code STYLE} and {@code REGION} blocks
 * that are not cues, and places a cue with {@code line:} settings after the timing. Both carry HTML-like tags, which
 * are kept as caption markup. Stateless.
 */
final class SubRipParser {
    /** A timing line; also how a SubRip file is recognised. */
    static final Pattern TIMING = Pattern.compile(
            "^\\s*(\\d{1,3}:)?\\d{1,2}:\\d{1,2}[,.]\\d{1,3}\\s*-->\\s*(\\d{1,3}:)?\\d{1,2}:\\d{1,2}[,.]\\d{1,3}.*$",
            Pattern.MULTILINE);
    private static final Pattern TOP_TAG = Pattern.compile("\\{\\\\an?[789]\\}");
    private static final Pattern POSITION_TAG = Pattern.compile("\\{\\\\[^}]*\\}");

    private SubRipParser() {
    }

    static List<Caption> parse(String text, ParseReport report) {
        return new TimedBlocks(false).read(text, report);
    }

    /**
     * Where a SubRip cue asks to be: {@code {\an7}}, {@code {\an8}} or {@code {\an9}} put it at the top.
     *
     * @param text the cue's lines
     * @return the placement
     */
    static Caption.Placement placement(String text) {
        return TOP_TAG.matcher(text).find() ? Caption.Placement.TOP : Caption.Placement.BOTTOM;
    }

    /**
     * Turns a cue's text into caption markup: SubStation-style override tags removed, a lone {@code &} escaped.
     *
     * @param text the cue's lines
     * @return the markup
     */
    static String markup(String text) {
        return MarkupText.escapeLoneAmpersands(POSITION_TAG.matcher(text).replaceAll(""));
    }
}
