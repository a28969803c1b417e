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
 * Runs {@link ConversionBenchmark} and {@link DecoderFormatBenchmark} with JMH and prints Framepipe's converter next
 * to GStreamer's per size and thread count, then the decoder's frame made NV12 both ways
 * ({@code -Dbench.formats=only} runs only the latter, {@code false} only the former). Run from the project root with
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
        String formats = System.getProperty("bench.formats", "true");
        OptionsBuilder builder = new OptionsBuilder();
        if (!"only".equals(formats)) {
            builder.include(ConversionBenchmark.class.getName());
        }
        if (!"false".equals(formats)) {
            builder.include(DecoderFormatBenchmark.class.getName());
        }
        Options options = builder
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
        Map<String, double[]> formats = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            if (benchmark.startsWith(DecoderFormatBenchmark.class.getName())) {
                int column = benchmark.endsWith("TheDecodersFrame") ? 0 : benchmark.endsWith("ToNv12") ? 1 : 2;
                formats.computeIfAbsent(result.getParams().getParam("format"), key -> new double[3])[column] =
                        result.getPrimaryResult().getScore();
                continue;
            }
            String size = result.getParams().getParam("size");
            String threads = result.getParams().getParam("threads");
            int column = result.getParams().getBenchmark().endsWith("framepipe") ? 0 : 1;
            rows.computeIfAbsent(size + "\t" + threads, key -> new double[2])[column] =
                    result.getPrimaryResult().getScore();
        }
        if (!rows.isEmpty()) {
            printConversions(rows);
        }
        if (!formats.isEmpty()) {
            System.out.println();
            System.out.println("A decoder's 1080p frame into the NV12 arrays the converter reads, ms per frame (JMH"
                    + " average, one thread)");
            System.out.printf("%-10s %14s %14s %14s %14s %8s%n", "format", "now: reader", "videoconvert",
                    "+ NV12 copy", "before: sum", "now/before");
            for (Map.Entry<String, double[]> row : formats.entrySet()) {
                double[] score = row.getValue();
                System.out.printf("%-10s %14.3f %14.3f %14.3f %14.3f %8.2f%n", row.getKey(), score[0], score[1],
                        score[2], score[1] + score[2], score[0] / (score[1] + score[2]));
            }
        }
    }

    private static void printConversions(Map<String, double[]> rows) {
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
