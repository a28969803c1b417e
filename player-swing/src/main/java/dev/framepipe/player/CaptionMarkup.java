package dev.framepipe.player;

import java.awt.Color;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator.Attribute;
import java.text.AttributedString;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads caption markup (see {@link Caption}): the plain text, and the styled text with
 * {@link java.awt.font.TextAttribute}s for italic, bold, underline, strike-through and colour. Unknown tags are
 * dropped and their text kept; a tag left open runs to the end. Stateless.
 */
final class CaptionMarkup {
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

    private CaptionMarkup() {
    }

    /**
     * Returns the text without tags, entities decoded.
     *
     * @param markup caption markup
     * @return the plain text
     */
    static String plainText(String markup) {
        return parse(markup).text.toString();
    }

    /**
     * Returns the text with its styles as attributes.
     *
     * @param markup caption markup
     * @return a new attributed string (the caller may add attributes)
     */
    static AttributedString styledText(String markup) {
        Parsed parsed = parse(markup);
        AttributedString styled = new AttributedString(parsed.text.toString());
        if (parsed.text.length() > 0) {
            for (Span span : parsed.spans) {
                if (span.end > span.start) {
                    styled.addAttribute(span.attribute, span.value, span.start, span.end);
                }
            }
        }
        return styled;
    }

    private static Parsed parse(String markup) {
        Parsed parsed = new Parsed();
        Deque<List<Span>> open = new ArrayDeque<>();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            int close;
            if (c == '<' && (close = markup.indexOf('>', i)) > i && isTag(markup, i + 1)) {
                String tag = markup.substring(i + 1, close).strip();
                if (tag.startsWith("/")) {
                    closeTag(open, parsed);
                } else {
                    open.push(openTag(tag, parsed.text.length()));
                }
                i = close + 1;
            } else if (c == '&' && (close = markup.indexOf(';', i)) > i && close - i <= 10
                    && entity(markup.substring(i + 1, close)) != null) {
                parsed.text.append(entity(markup.substring(i + 1, close)));
                i = close + 1;
            } else {
                parsed.text.append(c);
                i++;
            }
        }
        while (!open.isEmpty()) {
            closeTag(open, parsed);
        }
        return parsed;
    }

    private static void closeTag(Deque<List<Span>> open, Parsed parsed) {
        if (open.isEmpty()) {
            return;
        }
        for (Span span : open.pop()) {
            span.end = parsed.text.length();
            parsed.spans.add(span);
        }
    }

    /** The styles a tag opens; empty for tags without a style (unknown ones included). */
    private static List<Span> openTag(String tag, int at) {
        String name = tag.split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
        List<Span> spans = new ArrayList<>(2);
        switch (name) {
            case "i":
            case "em":
                spans.add(new Span(TextAttribute.POSTURE, TextAttribute.POSTURE_OBLIQUE, at));
                break;
            case "b":
            case "strong":
                spans.add(new Span(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD, at));
                break;
            case "u":
                spans.add(new Span(TextAttribute.UNDERLINE, TextAttribute.UNDERLINE_ON, at));
                break;
            case "s":
                spans.add(new Span(TextAttribute.STRIKETHROUGH, TextAttribute.STRIKETHROUGH_ON, at));
                break;
            case "span":
            case "font":
                Matcher attributes = ATTRIBUTE.matcher(tag);
                while (attributes.find()) {
                    String value = attributes.group(2) != null ? attributes.group(2)
                            : attributes.group(3) != null ? attributes.group(3) : attributes.group(4);
                    spanAttribute(attributes.group(1).toLowerCase(Locale.ROOT), value, at, spans);
                }
                break;
            default:
                break;
        }
        return spans;
    }

    private static void spanAttribute(String name, String value, int at, List<Span> spans) {
        String lower = value.toLowerCase(Locale.ROOT);
        switch (name) {
            case "color":
            case "foreground":
            case "fgcolor":
                Color color = color(lower);
                if (color != null) {
                    spans.add(new Span(TextAttribute.FOREGROUND, color, at));
                }
                break;
            case "style":
            case "font_style":
                if (lower.equals("italic") || lower.equals("oblique")) {
                    spans.add(new Span(TextAttribute.POSTURE, TextAttribute.POSTURE_OBLIQUE, at));
                }
                break;
            case "weight":
            case "font_weight":
                if (lower.equals("bold") || lower.equals("heavy") || lower.equals("ultrabold")) {
                    spans.add(new Span(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD, at));
                }
                break;
            case "underline":
                if (!lower.equals("none")) {
                    spans.add(new Span(TextAttribute.UNDERLINE, TextAttribute.UNDERLINE_ON, at));
                }
                break;
            default:
                break;
        }
    }

    /** {@code #rgb}, {@code #rrggbb}, or one of the basic colour names. */
    private static Color color(String value) {
        String hex = value.startsWith("#") ? value.substring(1) : null;
        try {
            if (hex != null && hex.length() == 3) {
                int rgb = Integer.parseInt(hex, 16);
                return new Color(((rgb >> 8) & 0xf) * 17, ((rgb >> 4) & 0xf) * 17, (rgb & 0xf) * 17);
            }
            if (hex != null && hex.length() >= 6) {
                return new Color(Integer.parseInt(hex.substring(0, 6), 16));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        switch (value) {
            case "white":
                return Color.WHITE;
            case "yellow":
                return Color.YELLOW;
            case "red":
                return Color.RED;
            case "green":
                return Color.GREEN;
            case "blue":
                return Color.BLUE;
            case "cyan":
                return Color.CYAN;
            case "magenta":
                return Color.MAGENTA;
            case "black":
                return Color.BLACK;
            default:
                return null;
        }
    }

    /** A tag starts with a letter or '/' right after the '<'; "a < b" is text. */
    private static boolean isTag(String markup, int at) {
        if (at >= markup.length()) {
            return false;
        }
        char c = markup.charAt(at);
        return Character.isLetter(c) || c == '/';
    }

    /**
     * Decodes one entity.
     *
     * @param name what lies between '&' and ';'
     * @return the text, or {@code null} if it is not an entity
     */
    private static String entity(String name) {
        switch (name) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return "\u00a0";
            default:
                return numeric(name);
        }
    }

    private static String numeric(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return null;
        }
        try {
            boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The outcome of a parse: the plain text and the closed style spans over it. */
    private static final class Parsed {
        final StringBuilder text = new StringBuilder();
        final List<Span> spans = new ArrayList<>();
    }

    /** One style over a range of the plain text. */
    private static final class Span {
        final Attribute attribute;
        final Object value;
        final int start;
        int end;

        Span(Attribute attribute, Object value, int start) {
            this.attribute = attribute;
            this.value = value;
            this.start = start;
        }
    }
}
