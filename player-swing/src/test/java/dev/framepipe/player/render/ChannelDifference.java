package dev.framepipe.player.render;

/** The largest difference per channel between two pictures, with where the largest was seen. */
final class ChannelDifference {
    private static final String[] NAMES = {"R", "G", "B"};

    /** Differences up to this are rounding; {@link #toString} counts the pixels beyond it. */
    private static final int ROUNDING = 2;

    private final int[] max = new int[3];
    private final String[] where = new String[3];
    private long pixels;
    private long beyondRounding;

    /**
     * Compares two pictures of the same size and remembers the largest differences.
     *
     * @param label    names the comparison in the report
     * @param actual   {@code 0x00RRGGBB} pixels
     * @param expected {@code 0x00RRGGBB} pixels
     * @param width    the width, to report the pixel position
     * @return this
     */
    ChannelDifference add(String label, int[] actual, int[] expected, int width) {
        if (actual.length != expected.length) {
            throw new IllegalArgumentException(label + ": " + actual.length + " pixels against " + expected.length);
        }
        pixels += actual.length;
        for (int i = 0; i < actual.length; i++) {
            boolean beyond = false;
            for (int channel = 0; channel < 3; channel++) {
                int shift = 16 - 8 * channel;
                int difference = Math.abs((actual[i] >> shift & 0xFF) - (expected[i] >> shift & 0xFF));
                beyond |= difference > ROUNDING;
                if (difference > max[channel]) {
                    max[channel] = difference;
                    where[channel] = String.format("%s at (%d, %d): %06x against %06x", label, i % width,
                            i / width, actual[i], expected[i]);
                }
            }
            beyondRounding += beyond ? 1 : 0;
        }
        return this;
    }

    /**
     * Returns the largest difference of a channel.
     *
     * @param channel 0 red, 1 green, 2 blue
     * @return 0–255
     */
    int max(int channel) {
        return max[channel];
    }

    /**
     * Returns the largest difference of any channel.
     *
     * @return 0–255
     */
    int max() {
        return Math.max(max[0], Math.max(max[1], max[2]));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int channel = 0; channel < 3; channel++) {
            text.append(NAMES[channel]).append(" ±").append(max[channel]);
            if (where[channel] != null) {
                text.append(" (").append(where[channel]).append(')');
            }
            text.append("; ");
        }
        return text.append(beyondRounding).append(" of ").append(pixels).append(" pixels differ by more than ±")
                .append(ROUNDING).toString();
    }
}
