package dev.framepipe.player.swing;

import java.util.List;

/** What a {@link Soak} found: its samples, the bounds exceeded, and the counters not released at the end. */
final class SoakReport {
    final List<ResourceSample> samples;
    final List<String> violations;
    final List<String> unreleased;
    final List<String> actions;
    final long frames;
    final long dropped;
    final int players;
    final long seconds;

    SoakReport(List<ResourceSample> samples, List<String> violations, List<String> unreleased, List<String> actions,
               long frames, long dropped, int players, long seconds) {
        this.samples = List.copyOf(samples);
        this.violations = List.copyOf(violations);
        this.unreleased = List.copyOf(unreleased);
        this.actions = List.copyOf(actions);
        this.frames = frames;
        this.dropped = dropped;
        this.players = players;
        this.seconds = seconds;
    }

    /**
     * Formats the samples and the verdict for the test output.
     *
     * @param title what was soaked
     * @return a table
     */
    String table(String title) {
        StringBuilder text = new StringBuilder(title).append(": ").append(frames).append(" frames in ")
                .append(seconds).append(" s, ").append(players).append(" players opened, ").append(actions.size())
                .append(" disturbances; growth allowed after warm-up (the first three samples from ")
                .append(Soak.WARM_UP).append(" frames on to the latest three, medians; heap and malloc: lowest): heap +")
                .append(ResourceSample.HEAP_BOUND >> 20).append(" MB, malloc +")
                .append(ResourceSample.MALLOC_BOUND >> 20).append(" MB, RSS +")
                .append(ResourceSample.RSS_BOUND >> 20).append(" MB, X server +")
                .append(ResourceSample.X_SERVER_BOUND >> 20).append(" MB, native threads +")
                .append(ResourceSample.NATIVE_THREAD_BOUND).append('\n').append(ResourceSample.header()).append('\n');
        for (ResourceSample sample : samples) {
            text.append(sample.row()).append('\n');
        }
        text.append("exceeded: ").append(violations.isEmpty() ? "none" : String.join("; ", violations)).append('\n');
        text.append("not released at the end: ").append(unreleased.isEmpty() ? "none" : String.join("; ", unreleased));
        return text.toString();
    }
}
