package dev.framepipe.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ConversionBenchmark} with JMH and prints Framepipe's converter next to GStreamer's per size and thread
 * count. Run from the project root with
 * {@code mvn -B -q -pl benchmarks -am -Pbench -DskipTests verify} (add {@code -Dbench.quick=true} for a short check
 * that the benchmarks work; its figures are rough).
 */
public final class ConverterBenchmarks {
    private ConverterBenchmarks() {
    }

    /**
     * Runs the benchmarks and prints the table.
     *
     * @param args ignored; {@code -Dbench.quick=true} shortens the run
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        boolean quick = Boolean.getBoolean("bench.quick");
        Options options = new OptionsBuilder()
                .include(ConversionBenchmark.class.getName())
                .forks(1)
                .warmupIterations(quick ? 2 : 5)
                .warmupTime(TimeValue.milliseconds(quick ? 300 : 1000))
                .measurementIterations(quick ? 3 : 10)
                .measurementTime(TimeValue.milliseconds(quick ? 300 : 1000))
                .build();
        print(new Runner(options).run());
    }

    private static void print(Collection<RunResult> results) {
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (RunResult result : results) {
            String size = result.getParams().getParam("size");
            String threads = result.getParams().getParam("threads");
            int column = result.getParams().getBenchmark().endsWith("framepipe") ? 0 : 1;
            rows.computeIfAbsent(size + "\t" + threads, key -> new double[2])[column] =
                    result.getPrimaryResult().getScore();
        }
        System.out.println();
        System.out.printf("One NV12 frame to 32-bit RGB, ms per frame (JMH average; \"all\" = %d threads)%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-20s %-8s %12s %14s %20s%n", "size", "threads", "framepipe", "videoconvert",
                "framepipe/videoconv");
        for (Map.Entry<String, double[]> row : rows.entrySet()) {
            String[] key = row.getKey().split("\t");
            double[] score = row.getValue();
            System.out.printf("%-20s %-8s %12.3f %14.3f %20.2f%n", key[0], key[1], score[0], score[1],
                    score[0] / score[1]);
        }
    }
}
