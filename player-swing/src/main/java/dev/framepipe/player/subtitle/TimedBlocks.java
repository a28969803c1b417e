package dev.framepipe.player.subtitle;

import java.util.ArrayList;
import java.util.List;

import dev.framepipe.player.Caption;

/**
 * Walks the blank-line-separated blocks of a SubRip or WebVTT text and reads each cue block: the timing line (after an
 * optional number or identifier), then the text lines. Blocks without a readable timing line are skipped and
 * reported. Not thread-safe; one per parse.
 */
final class TimedBlocks {
    private final boolean webVtt;

    /**
     * Creates a reader.
     *
     * @param webVtt {@code true} for WebVTT's header, non-cue blocks and settings; {@code false} for SubRip
     */
    TimedBlocks(boolean webVtt) {
        this.webVtt = webVtt;
    }

    List<Caption> read(String text, ParseReport report) {
        List<Caption> cues = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            int start = i;
            while (i < lines.length && !lines[i].isBlank()) {
                i++;
            }
            if (start < i) {
                readBlock(lines, start, i, cues, report);
            }
        }
        return cues;
    }

    private void readBlock(String[] lines, int from, int to, List<Caption> cues, ParseReport report) {
        String first = lines[from].strip();
        if (webVtt && (first.startsWith("WEBVTT") || first.startsWith("NOTE") || first.equals("STYLE")
                || first.equals("REGION"))) {
            return;
        }
        int timing = from;
        if (!first.contains("-->") && from + 1 < to) {
            timing = from + 1; // a SubRip number or a WebVTT identifier
        }
        String line = lines[timing];
        int arrow = line.indexOf("-->");
        if (arrow < 0) {
            report.skipped(from + 1, "no timing line");
            return;
        }
        String afterArrow = line.substring(arrow + 3).strip();
        int space = afterArrow.indexOf(' ');
        long start = Timecodes.parse(line.substring(0, arrow));
        long end = Timecodes.parse(space < 0 ? afterArrow : afterArrow.substring(0, space));
        if (start < 0 || end <= start) {
            report.skipped(timing + 1, "unreadable timing \"" + line.strip() + "\"");
            return;
        }
        StringBuilder body = new StringBuilder();
        for (int i = timing + 1; i < to; i++) {
            if (body.length() > 0) {
                body.append('\n');
            }
            body.append(lines[i].strip());
        }
        if (body.length() == 0) {
            return;
        }
        String raw = body.toString();
        Caption.Placement placement = webVtt ? WebVttParser.placement(space < 0 ? "" : afterArrow.substring(space))
                : SubRipParser.placement(raw);
        cues.add(new Caption(SubRipParser.markup(raw), start, end, placement));
    }
}
