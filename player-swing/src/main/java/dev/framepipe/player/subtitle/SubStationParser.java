package dev.framepipe.player.subtitle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.framepipe.player.Caption;

/**
 * Reads SubStation Alpha ({@code .ssa}) and Advanced SubStation ({@code .ass}): the styles' bold, italic and
 * alignment, and the {@code Dialogue:} lines of the {@code [Events]} section, laid out by its {@code Format:} line.
 * Override blocks keep what a caption can show: the italic, bold, underline and strike-out switches ({@code i}, {@code b}, {@code u}, {@code s}), the primary colour
 * {@code \c} / {@code \1c}, and the alignment ({@code \an7-9}, SSA's {@code \a5-7}: top). Positioning, karaoke and
 * drawings are dropped. Not thread-safe; one per parse.
 */
final class SubStationParser {
    private final Map<String, Style> styles = new HashMap<>();
    private List<String> styleFormat = List.of("name", "fontname", "fontsize", "primarycolour", "secondarycolour",
            "outlinecolour", "backcolour", "bold", "italic", "underline", "strikeout", "scalex", "scaley", "spacing",
            "angle", "borderstyle", "outline", "shadow", "alignment", "marginl", "marginr", "marginv", "encoding");
    private List<String> eventFormat = List.of("layer", "start", "end", "style", "name", "marginl", "marginr",
            "marginv", "effect", "text");
    private boolean advanced = true;

    private SubStationParser() {
    }

    static List<Caption> parse(String text, ParseReport report) {
        return new SubStationParser().read(text, report);
    }

    private List<Caption> read(String text, ParseReport report) {
        List<Caption> cues = new ArrayList<>();
        String section = "";
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.toLowerCase(Locale.ROOT);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("scripttype")) {
                advanced = !value.equalsIgnoreCase("v4.00");
            } else if (key.equals("format")) {
                List<String> format = fields(value, Integer.MAX_VALUE);
                if (section.contains("events")) {
                    eventFormat = format;
                } else {
                    styleFormat = format;
                }
            } else if (key.equals("style")) {
                readStyle(fields(value, styleFormat.size()));
            } else if (key.equals("dialogue")) {
                readDialogue(fields(value, eventFormat.size()), number, cues, report);
            }
        }
        return cues;
    }

    private void readStyle(List<String> values) {
        Map<String, String> style = byName(styleFormat, values);
        String name = style.getOrDefault("name", "Default");
        styles.put(name.toLowerCase(Locale.ROOT), new Style(isOn(style.get("bold")), isOn(style.get("italic")),
                isTop(style.getOrDefault("alignment", "2"), advanced)));
    }

    private void readDialogue(List<String> values, int number, List<Caption> cues, ParseReport report) {
        Map<String, String> event = byName(eventFormat, values);
        long start = Timecodes.parse(event.getOrDefault("start", ""));
        long end = Timecodes.parse(event.getOrDefault("end", ""));
        if (start < 0 || end <= start) {
            report.skipped(number, "unreadable times in a Dialogue line");
            return;
        }
        String styleName = event.getOrDefault("style", "Default").replace("*", "").toLowerCase(Locale.ROOT);
        Style style = styles.getOrDefault(styleName, Style.PLAIN);
        OverrideText converted = new OverrideText(style.top);
        String markup = converted.convert(event.getOrDefault("text", ""));
        if (converted.plainLength() == 0) {
            return;
        }
        if (style.bold) {
            markup = "<b>" + markup + "</b>";
        }
        if (style.italic) {
            markup = "<i>" + markup + "</i>";
        }
        cues.add(new Caption(markup, start, end, converted.top() ? Caption.Placement.TOP : Caption.Placement.BOTTOM));
    }

    /** Splits a comma-separated line into at most {@code limit} fields; the last keeps its commas (the text). */
    private static List<String> fields(String value, int limit) {
        List<String> fields = new ArrayList<>();
        for (String field : value.split(",", limit)) {
            fields.add(field.strip());
        }
        return fields;
    }

    private static Map<String, String> byName(List<String> format, List<String> values) {
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < format.size() && i < values.size(); i++) {
            named.put(format.get(i).strip().toLowerCase(Locale.ROOT), values.get(i));
        }
        return named;
    }

    private static boolean isOn(String flag) {
        return flag != null && !flag.equals("0") && !flag.isEmpty();
    }

    /** Alignment 7, 8, 9 (numpad layout, ASS) or 5, 6, 7 (SSA's legacy values) is the top. */
    static boolean isTop(String alignment, boolean advanced) {
        try {
            int value = Integer.parseInt(alignment.strip());
            return advanced ? value >= 7 && value <= 9 : value >= 5 && value <= 7;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A style's looks that captions show. */
    private static final class Style {
        static final Style PLAIN = new Style(false, false, false);

        final boolean bold;
        final boolean italic;
        final boolean top;

        Style(boolean bold, boolean italic, boolean top) {
            this.bold = bold;
            this.italic = italic;
            this.top = top;
        }
    }
}
