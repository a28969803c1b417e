package dev.framepipe.player.subtitle;

import java.util.concurrent.TimeUnit;

/** Reads the time stamps of subtitle formats into nanoseconds. Stateless. */
final class Timecodes {
    private Timecodes() {
    }

    /**
     * Reads {@code [h:]mm:ss[.,]fff} (SubRip, WebVTT) or {@code h:mm:ss.cc} (SubStation): hours optional, the
     * fraction of any length (digits beyond nanoseconds are ignored).
     *
     * @param text the time stamp
     * @return nanoseconds, or -1 if it is not a time stamp
     */
    static long parse(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length < 2 || parts.length > 3) {
            return -1;
        }
        try {
            long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
            long minutes = Long.parseLong(parts[parts.length - 2]);
            String seconds = parts[parts.length - 1].replace(',', '.');
            int dot = seconds.indexOf('.');
            long whole = Long.parseLong(dot < 0 ? seconds : seconds.substring(0, dot));
            long fraction = 0;
            if (dot >= 0) {
                String digits = (seconds.substring(dot + 1) + "000000000").substring(0, 9);
                fraction = Long.parseLong(digits);
            }
            if (hours < 0 || minutes < 0 || minutes > 59 || whole < 0 || whole > 59 || fraction < 0) {
                return -1;
            }
            return TimeUnit.HOURS.toNanos(hours) + TimeUnit.MINUTES.toNanos(minutes) + TimeUnit.SECONDS.toNanos(whole)
                    + fraction;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
