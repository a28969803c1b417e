package dev.framepipe.player.subtitle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the text of a SubStation {@code Dialogue} line into caption markup: {@code \N} and {@code \n} become line
 * breaks, {@code \h} a non-breaking space, and override blocks {@code {...}} become tags (see
 * {@link SubStationParser}); {@code <}, {@code >} and {@code &} in the text are escaped. Not thread-safe; one per line.
 */
final class OverrideText {
    private static final Pattern TAG = Pattern.compile("\\\\(an|a|1c|c|i|b|u|s|p)(&H[0-9A-Fa-f]+&?|-?\\d+)?");

    private final StringBuilder markup = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private boolean top;
    private boolean drawing;
    private int plainLength;

    /**
     * Creates a converter for one line.
     *
     * @param styleTop whether the line's style puts it at the top
     */
    OverrideText(boolean styleTop) {
        this.top = styleTop;
    }

    String convert(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close;
            if (c == '{' && (close = text.indexOf('}', i)) > i) {
                override(text.substring(i + 1, close));
                i = close + 1;
            } else if (c == '\\' && i + 1 < text.length() && "Nnh".indexOf(text.charAt(i + 1)) >= 0) {
                append(text.charAt(i + 1) == 'h' ? "\u00a0" : "\n");
                i += 2;
            } else {
                append(c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : String.valueOf(c));
                i++;
            }
        }
        while (!open.isEmpty()) {
            markup.append(closing(open.pop()));
        }
        return markup.toString().strip();
    }

    boolean top() {
        return top;
    }

    int plainLength() {
        return plainLength;
    }

    private void append(String text) {
        if (!drawing) {
            markup.append(text);
            plainLength += text.isBlank() ? 0 : text.length();
        }
    }

    private void override(String block) {
        Matcher tag = TAG.matcher(block);
        while (tag.find()) {
            String name = tag.group(1);
            String value = tag.group(2) == null ? "" : tag.group(2);
            switch (name) {
                case "an":
                case "a":
                    top = SubStationParser.isTop(value, name.equals("an"));
                    break;
                case "p":
                    drawing = !value.equals("0") && !value.isEmpty();
                    break;
                case "c":
                case "1c":
                    colour(value);
                    break;
                default:
                    toggle(name, !value.equals("0"));
                    break;
            }
        }
    }

    /** {@code &HBBGGRR&}: SubStation writes colours blue first. */
    private void colour(String value) {
        String hex = value.replace("&H", "").replace("&", "");
        if (hex.isEmpty()) {
            return;
        }
        String bgr = ("000000" + hex).substring(hex.length());
        String rgb = (bgr.substring(4, 6) + bgr.substring(2, 4) + bgr.substring(0, 2)).toLowerCase(Locale.ROOT);
        openTag("<span foreground=\"#" + rgb + "\">");
    }

    private void toggle(String name, boolean on) {
        if (on) {
            openTag("<" + name + ">");
            return;
        }
        String wanted = "<" + name + ">";
        if (!open.contains(wanted)) {
            return;
        }
        // Close the tags opened after it too, then open them again, so the markup stays well nested.
        Deque<String> reopen = new ArrayDeque<>();
        String last;
        while (!(last = open.pop()).equals(wanted)) {
            markup.append(closing(last));
            reopen.push(last);
        }
        markup.append(closing(last));
        while (!reopen.isEmpty()) {
            openTag(reopen.pop());
        }
    }

    private void openTag(String opening) {
        markup.append(opening);
        open.push(opening);
    }

    /** "</span>" for "<span foreground=...>". */
    private static String closing(String opening) {
        int end = opening.indexOf(' ');
        return "</" + opening.substring(1, end > 0 ? end : opening.length() - 1) + ">";
    }
}
