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
    public long getFramesRendered() {
        return counters.getFramesRendered();
    }

    @Override
    public long getFramesSkipped() {
        return counters.getFramesSkipped();
    }

    @Override
    public long getConversionNanos() {
        return counters.getConversionNanos();
    }

    @Override
    public long getLatencyNanos() {
        return counters.getLatencyNanos();
    }
}
