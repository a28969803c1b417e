package dev.framepipe.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a {@link WindowProfile} and says where the process's CPU went, as two Markdown tables: by thread (numbers
 * in names folded, so GStreamer's decoder threads and the conversion workers are one row each) and by the function
 * that was running (native functions by their library, Java ones by method).
 */
final class ProfileSummary {
    private static final int ROWS = 15;

    private ProfileSummary() {
    }

    /**
     * Formats the tables.
     *
     * @param title   what was profiled
     * @param profile the collapsed-stack file
     * @return the text
     * @throws IOException if the file cannot be read
     */
    static String format(String title, Path profile) throws IOException {
        Map<String, Long> threads = new LinkedHashMap<>();
        Map<String, Long> leaves = new LinkedHashMap<>();
        long total = 0;
        for (String line : Files.readAllLines(profile)) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long samples = Long.parseLong(line.substring(space + 1));
            List<String> frames = List.of(line.substring(0, space).split(";"));
            threads.merge(threadName(frames.get(0)), samples, Long::sum);
            leaves.merge(leafName(frames.get(frames.size() - 1)), samples, Long::sum);
            total += samples;
        }
        return String.format(Locale.ROOT, "#### %s: %d samples%n%n", title, total)
                + table("thread", threads, total) + '\n' + table("running", leaves, total);
    }

    /** A thread frame, {@code [name tid=123]}, with its numbers folded: {@code framepipe-convert-#}. */
    private static String threadName(String frame) {
        String name = frame.replaceAll("^\\[|\\]$", "").replaceAll(" ?tid=\\d+", "").replaceAll("\\d+", "#");
        return name.isEmpty() ? "(native thread, unnamed: GStreamer's)" : name;
    }

    private static String leafName(String frame) {
        if (frame.endsWith("_[k]")) {
            return "(kernel)";
        }
        int library = frame.lastIndexOf(".so");
        if (library >= 0 && frame.contains("/")) {
            return frame.substring(frame.lastIndexOf('/') + 1);
        }
        return frame.replace('/', '.');
    }

    private static String table(String what, Map<String, Long> samples, long total) {
        Function<Map.Entry<String, Long>, String> row = entry -> String.format(Locale.ROOT, "| %s | %.1f %% |%n",
                entry.getKey(), 100.0 * entry.getValue() / total);
        return "| " + what + " | share |\n|---|---|\n" + samples.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(ROWS).map(row)
                .collect(Collectors.joining());
    }
}
