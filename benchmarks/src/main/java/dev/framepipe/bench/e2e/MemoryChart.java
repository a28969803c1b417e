package dev.framepipe.bench.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws what people should take in at a glance: resident set (top) and heap in use (bottom) over frames played, for
 * Framepipe, the naive player and vlcj, from the run of a clip in which each showed the most frames. Drawn with XChart into one PNG.
 */
final class MemoryChart {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 360;
    private static final Map<String, Color> COLOURS = Map.of("framepipe", new Color(0x1B9E77), "naive",
            new Color(0xD95F02), "vlcj", new Color(0x7570B3));

    private MemoryChart() {
    }

    /**
     * Draws the chart.
     *
     * @param results every run
     * @param cell    the cell (a clip in a window) to show
     * @param file    where to write the PNG
     * @throws IOException if it cannot be written
     */
    static void draw(List<RunResult> results, String cell, Path file) throws IOException {
        XYChart rss = chart("Resident set (whole process), " + cell, "RSS MB");
        XYChart heap = chart("Java heap in use (garbage included), " + cell, "heap MB");
        for (String player : List.of("naive", "vlcj", "framepipe")) {
            // The run that showed the most frames: on a busy machine a player can fall behind in one run.
            results.stream().filter(r -> r.isComplete() && r.clip.equals(cell) && r.player.equals(player))
                    .max(Comparator.comparingLong(RunResult::shown)).ifPresent(run -> {
                        add(rss, run, 1);
                        add(heap, run, 2);
                    });
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            rss.paint(g, WIDTH, HEIGHT);
            g.translate(0, HEIGHT);
            heap.paint(g, WIDTH, HEIGHT);
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("frames shown")
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setMarkerSize(0);
        return chart;
    }

    private static void add(XYChart chart, RunResult run, int column) {
        double[] frames = run.samples.stream().mapToDouble(sample -> sample[0]).toArray();
        double[] values = run.samples.stream().mapToDouble(sample -> sample[column]).toArray();
        XYSeries series = chart.addSeries(run.player, frames, values);
        series.setLineColor(COLOURS.get(run.player));
        series.setMarker(SeriesMarkers.NONE);
    }
}
