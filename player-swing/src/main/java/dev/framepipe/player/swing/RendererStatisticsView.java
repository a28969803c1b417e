package dev.framepipe.player.swing;

import dev.framepipe.player.render.FrameStatistics;

/** A renderer's internal counters as the public {@link RenderStatistics}: a live, thread-safe view. */
final class RendererStatisticsView implements RenderStatistics {
    private final FrameStatistics counters;

    /**
     * Creates the view.
     *
     * @param counters the renderer's counters
     */
    RendererStatisticsView(FrameStatistics counters) {
        this.counters = counters;
    }

    @Override
    public long framesPainted() {
        return counters.framesPainted();
    }

    @Override
    public long framesSkipped() {
        return counters.framesSkipped();
    }

    @Override
    public long conversionNanos() {
        return counters.conversionNanos();
    }

    @Override
    public long latencyNanos() {
        return counters.latencyNanos();
    }
}
