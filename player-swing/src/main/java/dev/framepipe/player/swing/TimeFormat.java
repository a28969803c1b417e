package dev.framepipe.player.swing;

import java.time.Duration;

/** Formats playback times the way players show them: {@code 4:07}, {@code 1:02:03}. */
public final class TimeFormat {
    private TimeFormat() {
    }

    /**
     * Formats a time, rounding down to the second.
     *
     * @param time the time; negative values are shown as 0:00
     * @return minutes and seconds, with hours when there are any
     */
    public static String format(Duration time) {
        long total = Math.max(0, time.getSeconds());
        long hours = total / 3600;
        long minutes = total / 60 % 60;
        long seconds = total % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, seconds)
                : String.format("%d:%02d", minutes, seconds);
    }
}
