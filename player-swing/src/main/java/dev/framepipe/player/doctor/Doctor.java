package dev.framepipe.player.doctor;

import java.awt.AWTError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.framepipe.player.MediaDiagnostics;
import dev.framepipe.player.MediaDiagnostics.FormatSupport;
import dev.framepipe.player.MediaDiagnostics.HardwareDecoder;
import dev.framepipe.player.pipeline.DecoderSurvey;
import dev.framepipe.player.pipeline.DecoderSurvey.Decoder;
import dev.framepipe.player.pipeline.GStreamerRuntime;
import dev.framepipe.player.render.RendererKind;
import dev.framepipe.player.render.RendererSelector;
import dev.framepipe.player.runtime.DiscoveryResult;
import dev.framepipe.player.runtime.RuntimeLocation;

/**
 * Examines this machine for {@link MediaDiagnostics#run()}. Each part is gathered on its own, so one that fails
 * (GStreamer missing, no display) is reported and the others still are; nothing is thrown. Any thread.
 */
public final class Doctor {
    private Doctor() {
    }

    /**
     * Examines this machine.
     *
     * @return the diagnostics
     */
    public static MediaDiagnostics examine() {
        MediaDiagnostics.Builder report = MediaDiagnostics.builder();
        String version = null;
        try {
            version = GStreamerRuntime.version();
        } catch (RuntimeException | LinkageError e) {
            report.problem(e.getMessage());
        }
        Optional<DiscoveryResult> discovery = GStreamerRuntime.discovery();
        report.runtime(version, discovery.map(Doctor::where).orElse("nowhere (discovery did not run)"),
                discovery.map(DiscoveryResult::probes).orElse(List.of()));
        if (version != null) {
            surveyDecoders(report);
        }
        report.screen(attempt(Doctor::renderer), attempt(DisplayFacts::describe));
        return report.build();
    }

    private static String where(DiscoveryResult result) {
        return result.location().map(RuntimeLocation::describe).orElse(result.problem().orElse("nowhere"));
    }

    /** The formats, then the hardware decoders with whether each ranks first for the formats it decodes. */
    private static void surveyDecoders(MediaDiagnostics.Builder report) {
        Map<String, String> formatOfFirstChoice = new HashMap<>();
        Map<String, String> formatOfDecoder = new HashMap<>();
        Map<String, String> firstChoiceOf = new HashMap<>();
        for (CommonFormat format : CommonFormat.values()) {
            List<String> elements = new ArrayList<>();
            if (format.caps() == null) {
                format.elements().stream().filter(GStreamerRuntime::hasElement).forEach(elements::add);
            } else {
                for (Decoder decoder : DecoderSurvey.decodersOf(format.caps())) {
                    if (decoder.isPluggable()) {
                        elements.add(decoder.element());
                    }
                    formatOfDecoder.putIfAbsent(decoder.element(), format.displayName());
                }
                if (!elements.isEmpty()) {
                    formatOfFirstChoice.put(elements.get(0), format.displayName());
                    firstChoiceOf.put(format.displayName(), elements.get(0));
                }
            }
            report.format(new FormatSupport(format.displayName(), elements, format.installAdvice()));
        }
        for (Decoder decoder : DecoderSurvey.hardwareDecoders()) {
            String format = formatOfDecoder.getOrDefault(decoder.element(), "other formats");
            boolean chosen = formatOfFirstChoice.containsKey(decoder.element());
            String why = chosen ? "it ranks first"
                    : !decoder.isPluggable() ? "its rank is below marginal, so automatic plugging never picks it"
                    : firstChoiceOf.containsKey(format) ? firstChoiceOf.get(format) + " ranks higher"
                    : "not one of the common formats";
            report.hardwareDecoder(new HardwareDecoder(decoder.element(), format, chosen, why));
        }
    }

    private static String renderer() {
        StringBuilder text = new StringBuilder("AUTO picks ").append(RendererSelector.automatic())
                .append(", the proven path on every platform");
        for (RendererKind kind : List.of(RendererKind.MACOS_LAYER, RendererKind.LINUX_OVERLAY)) {
            Optional<String> reason = RendererSelector.unavailableReason(kind);
            text.append("; ").append(kind).append(reason.map(why -> " cannot run here: " + why)
                    .orElse(" can be chosen"));
        }
        return text.toString();
    }

    /** Runs one part, turning a failure into its description, so the rest of the report still comes. */
    private static String attempt(Supplier<String> part) {
        try {
            return part.get();
        } catch (RuntimeException | LinkageError | AWTError e) {
            // AWTError: DISPLAY names a display that cannot be opened.
            return "could not be examined: " + e.getMessage();
        }
    }
}
