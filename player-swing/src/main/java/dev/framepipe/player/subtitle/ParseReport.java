package dev.framepipe.player.subtitle;

/** What a parser could not read: how many blocks it skipped, and the first of them, for the error message. */
final class ParseReport {
    private int skipped;
    private String first;

    /**
     * Counts a skipped block.
     *
     * @param line   the line number it starts at, from 1
     * @param reason why it was skipped
     */
    void skipped(int line, String reason) {
        if (skipped++ == 0) {
            first = "line " + line + ": " + reason;
        }
    }

    int skipped() {
        return skipped;
    }

    /**
     * Describes the first skipped block.
     *
     * @return for instance "line 5: no timing line", or "" if none was skipped
     */
    String first() {
        return first == null ? "" : first;
    }
}
