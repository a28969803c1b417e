package dev.framepipe.player.subtitle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.framepipe.player.Caption;

/** Reads WebVTT; see {@link SubRipParser} for the shape both share. Stateless. */
final class WebVttParser {
    private static final Pattern LINE_SETTING = Pattern.compile("(?:^|\\s)line:(-?\\d+(?:\\.\\d+)?)(%?)");

    private WebVttParser() {
    }

    static List<Caption> parse(String text, ParseReport report) {
        return new TimedBlocks(true).read(text, report);
    }

    /**
     * Where a cue's settings put it: {@code line:0} to {@code line:4} (lines from the top) or a percentage below
     * 50 is the top; everything else, and no setting, is the bottom.
     *
     * @param settings what follows the end time on the timing line
     * @return the placement
     */
    static Caption.Placement placement(String settings) {
        Matcher line = LINE_SETTING.matcher(settings);
        if (!line.find()) {
            return Caption.Placement.BOTTOM;
        }
        double value = Double.parseDouble(line.group(1));
        boolean percent = !line.group(2).isEmpty();
        boolean top = percent ? value < 50 : value >= 0 && value < 5;
        return top ? Caption.Placement.TOP : Caption.Placement.BOTTOM;
    }
}
