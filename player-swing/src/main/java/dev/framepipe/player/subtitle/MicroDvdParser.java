package dev.framepipe.player.subtitle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.framepipe.player.Caption;

/**
 * Reads MicroDVD: one cue per line, {@code {startFrame}{endFrame}text}, lines of a cue separated by {@code |}. Times
 * are frame numbers: a first cue {@code {1}{1}23.976} gives the frame rate, otherwise the video's is used. Style codes
 * {@code {y:i}}, {@code {y:b}}, {@code {y:u}} (whole cue, or one line when lower case) and {@code {c:$BBGGRR}} become
 * markup. Stateless.
 */
final class MicroDvdParser {
    /** A cue line; also how a MicroDVD file is recognised. */
    static final Pattern LINE = Pattern.compile("^\\{(\\d+)\\}\\{(\\d*)\\}(.*)$");
    private static final Pattern CODE = Pattern.compile("\\{([yYcC]):([^}]*)\\}");
    private static final double FALLBACK_FRAME_RATE = 25.0;

    private MicroDvdParser() {
    }

    static List<Caption> parse(String text, double videoFrameRate, ParseReport report) {
        List<Caption> cues = new ArrayList<>();
        double frameRate = videoFrameRate > 0 ? videoFrameRate : FALLBACK_FRAME_RATE;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher cue = LINE.matcher(line);
            if (!cue.matches()) {
                report.skipped(number, "not a {start}{end}text line");
                continue;
            }
            long startFrame = Long.parseLong(cue.group(1));
            String body = cue.group(3);
            if (cues.isEmpty() && startFrame <= 1 && body.strip().matches("\\d+(\\.\\d+)?")) {
                frameRate = Double.parseDouble(body.strip());
                continue;
            }
            long endFrame = cue.group(2).isEmpty() ? startFrame + Math.round(frameRate * 3) : Long.parseLong(
                    cue.group(2));
            long start = nanos(startFrame, frameRate);
            long end = nanos(endFrame, frameRate);
            if (end <= start) {
                report.skipped(number, "the end frame is not after the start frame");
                continue;
            }
            cues.add(new Caption(markup(body), start, end, Caption.Placement.BOTTOM));
        }
        return cues;
    }

    private static long nanos(long frame, double frameRate) {
        return Math.round(frame * 1e9 / frameRate);
    }

    /** Style codes apply to the whole cue here; a lower-case code meant only its line, a distinction dropped. */
    private static String markup(String body) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        Matcher code = CODE.matcher(body);
        while (code.find()) {
            String value = code.group(2).toLowerCase(java.util.Locale.ROOT);
            if (code.group(1).equalsIgnoreCase("y")) {
                for (char style : value.toCharArray()) {
                    if ("ibus".indexOf(style) >= 0) {
                        open.append('<').append(style).append('>');
                        close.insert(0, "</" + style + ">");
                    }
                }
            } else if (value.startsWith("$") && value.length() == 7) {
                String rgb = value.substring(5, 7) + value.substring(3, 5) + value.substring(1, 3);
                open.append("<span foreground=\"#").append(rgb).append("\">");
                close.insert(0, "</span>");
            }
        }
        String text = MarkupText.escapeLoneAmpersands(CODE.matcher(body).replaceAll("").replaceAll("\\{[^}]*\\}", ""));
        return open + text.replace("|", "\n").replace("<", "&lt;").replace(">", "&gt;") + close;
    }
}
