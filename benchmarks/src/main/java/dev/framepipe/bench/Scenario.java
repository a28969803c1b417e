package dev.framepipe.bench;

/**
 * A benchmark case as JMH parameters spell it: a frame size, optionally shown smaller ({@code "1920x1080>960x540"}),
 * and a thread count ({@code "1"} or {@code "all"}, the machine's available processors).
 */
final class Scenario {
    final int width;
    final int height;
    final int outWidth;
    final int outHeight;
    final int threads;

    private Scenario(int width, int height, int outWidth, int outHeight, int threads) {
        this.width = width;
        this.height = height;
        this.outWidth = outWidth;
        this.outHeight = outHeight;
        this.threads = threads;
    }

    /**
     * Parses the parameters.
     *
     * @param size    {@code "WxH"} or {@code "WxH>wxh"}
     * @param threads {@code "all"} or a number
     * @return the scenario
     */
    static Scenario parse(String size, String threads) {
        String[] sizes = size.split(">");
        int[] frame = dimensions(sizes[0]);
        int[] shown = sizes.length > 1 ? dimensions(sizes[1]) : frame;
        int count = "all".equals(threads) ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
        return new Scenario(frame[0], frame[1], shown[0], shown[1], count);
    }

    private static int[] dimensions(String text) {
        String[] parts = text.split("x");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
