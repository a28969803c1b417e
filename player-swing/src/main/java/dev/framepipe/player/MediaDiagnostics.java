package dev.framepipe.player;

import java.awt.AWTError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The media doctor: what this machine can play and why, for a support request or a first-run check. It says which
 * GStreamer was found, where and how; for each common format (H.264, H.265, VP8, VP9, AV1, MPEG-2, AAC, Opus, MP3,
 * Vorbis, HLS, DASH, RTSP) the element that would play it, or the package that provides one on Debian/Ubuntu,
 * Fedora, macOS and Windows; the hardware decoders present and whether playback would choose them; the renderer a
 * {@code VideoComponent} picks by default and why; and the Java2D pipeline and screen scale.
 *
 * <pre>{@code
 * System.out.println(MediaDiagnostics.run().getReport());
 * }</pre>
 *
 * <p>{@link #run()} never throws: when GStreamer cannot start, the report says why and what to install. It starts
 * GStreamer if no player has yet, and takes up to a second or two the first time (the registry is read). Immutable;
 * any thread.
 */
public final class MediaDiagnostics {
    private final String gstreamerVersion;
    private final String runtime;
    private final List<String> runtimeProbes;
    private final String problem;
    private final List<FormatSupport> formats;
    private final List<HardwareDecoder> hardwareDecoders;
    private final String renderer;
    private final String display;
    private final String java;

    private MediaDiagnostics(Builder builder) {
        this.gstreamerVersion = builder.gstreamerVersion;
        this.runtime = builder.runtime;
        this.runtimeProbes = List.copyOf(builder.runtimeProbes);
        this.problem = builder.problem;
        this.formats = List.copyOf(builder.formats);
        this.hardwareDecoders = List.copyOf(builder.hardwareDecoders);
        this.renderer = builder.renderer;
        this.display = builder.display;
        this.java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
    }

    /**
     * Examines this machine.
     *
     * @return the diagnostics; never null, never an exception
     */
    public static MediaDiagnostics run() {
        try {
            return PlayerProviderLookup.provider().diagnose();
        } catch (RuntimeException | LinkageError | AWTError e) {
            return builder().problem("The diagnostics could not run: " + e).build();
        }
    }

    /**
     * Prints the report: {@code java -p <jars> -m dev.framepipe.player/dev.framepipe.player.MediaDiagnostics} (or
     * {@code ./framepipe doctor} in the project).
     *
     * @param args none
     */
    public static void main(String[] args) {
        MediaDiagnostics diagnostics = run();
        System.out.print(diagnostics.getReport());
        // GStreamer's and gst1-java-core's threads need not end by themselves; the answer is complete.
        System.exit(diagnostics.getProblem().isPresent() ? 1 : 0);
    }

    /**
     * Starts diagnostics for the library's engine to fill in; applications call {@link #run()}.
     *
     * @return a builder with nothing known
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the running GStreamer's version.
     *
     * @return for instance {@code "1.22.0"}, or empty if GStreamer could not start
     */
    public Optional<String> getGStreamerVersion() {
        return Optional.ofNullable(gstreamerVersion);
    }

    /**
     * Returns where GStreamer was found, and how.
     *
     * @return for instance "the system's libraries" or "C:\app\gstreamer (the system property ...)"
     */
    public String getRuntime() {
        return runtime;
    }

    /**
     * Returns the places the runtime was looked for, in order, with what was seen at each.
     *
     * @return one line per place
     */
    public List<String> getRuntimeProbes() {
        return runtimeProbes;
    }

    /**
     * Returns why GStreamer cannot play anything here.
     *
     * @return the error, naming what to install; empty when GStreamer started
     */
    public Optional<String> getProblem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Returns the common formats and what plays each.
     *
     * @return one entry per format, in a fixed order (video codecs, audio codecs, streaming protocols)
     */
    public List<FormatSupport> getFormats() {
        return formats;
    }

    /**
     * Returns the hardware decoders installed.
     *
     * @return each with the format it decodes and whether playback would choose it
     */
    public List<HardwareDecoder> getHardwareDecoders() {
        return hardwareDecoders;
    }

    /**
     * Returns the renderer a {@code VideoComponent} uses by default, and why.
     *
     * @return a sentence
     */
    public String getRenderer() {
        return renderer;
    }

    /**
     * Returns the Java2D pipeline and the screen scale.
     *
     * @return a sentence, or "headless" without a display
     */
    public String getDisplay() {
        return display;
    }

    /**
     * Returns everything as plain text, for a bug report.
     *
     * @return several lines
     */
    public String getReport() {
        StringBuilder text = new StringBuilder("Framepipe media diagnostics\n\n");
        text.append("GStreamer: ").append(gstreamerVersion == null ? "not started" : gstreamerVersion)
                .append(", from ").append(runtime).append('\n');
        runtimeProbes.forEach(probe -> text.append("  looked at ").append(probe).append('\n'));
        if (problem != null) {
            text.append("Problem: ").append(problem).append('\n');
        }
        if (!formats.isEmpty()) {
            text.append("\nFormats\n");
            formats.forEach(format -> text.append("  ").append(format).append('\n'));
        }
        if (gstreamerVersion != null) {
            text.append("\nHardware decoders\n");
            if (hardwareDecoders.isEmpty()) {
                text.append("  none available: no VA-API, NVDEC, VideoToolbox or Direct3D 11 decoder is registered (their"
                        + " plugins register decoders only for the devices they find); decoding is done in software\n");
            }
            hardwareDecoders.forEach(decoder -> text.append("  ").append(decoder).append('\n'));
        }
        text.append("\nRenderer: ").append(renderer).append('\n');
        text.append("Display: ").append(display).append('\n');
        text.append("Java: ").append(java).append('\n');
        return text.toString();
    }

    @Override
    public String toString() {
        return getReport();
    }

    /** Support for one format: the element that would play it, or how to get one. Immutable. */
    public static final class FormatSupport {
        private final String format;
        private final List<String> elements;
        private final String installAdvice;

        /**
         * Describes a format's support.
         *
         * @param format        for instance "H.264 video" or "HLS streams"
         * @param elements      the elements that can play it, the one playback would choose first; empty if none
         * @param installAdvice the packages that provide an element, per platform (shown when there is none)
         */
        public FormatSupport(String format, List<String> elements, String installAdvice) {
            this.format = Objects.requireNonNull(format);
            this.elements = List.copyOf(elements);
            this.installAdvice = Objects.requireNonNull(installAdvice);
        }

        /**
         * Returns the format's name.
         *
         * @return for instance "H.264 video"
         */
        public String getFormat() {
            return format;
        }

        /**
         * Tells whether this machine can play the format.
         *
         * @return {@code true} if an element is installed
         */
        public boolean isSupported() {
            return !elements.isEmpty();
        }

        /**
         * Returns the elements that can play the format.
         *
         * @return factory names, the one playback would choose first
         */
        public List<String> getElements() {
            return elements;
        }

        /**
         * Returns how to install support.
         *
         * @return the packages per platform
         */
        public String getInstallAdvice() {
            return installAdvice;
        }

        @Override
        public String toString() {
            String name = String.format("%-14s", format);
            if (elements.isEmpty()) {
                return name + " MISSING: " + installAdvice;
            }
            return name + " " + elements.get(0) + (elements.size() > 1
                    ? " (also " + String.join(", ", elements.subList(1, elements.size())) + ")" : "");
        }
    }

    /** A hardware decoder, and whether playback would use it. Immutable. */
    public static final class HardwareDecoder {
        private final String element;
        private final String formats;
        private final boolean chosen;
        private final String why;

        /**
         * Describes a hardware decoder.
         *
         * @param element the factory name, for instance {@code vah264dec}
         * @param formats what it decodes, for instance "H.264 video"
         * @param chosen  whether playback would pick it for that format
         * @param why     why it would or would not be picked
         */
        public HardwareDecoder(String element, String formats, boolean chosen, String why) {
            this.element = Objects.requireNonNull(element);
            this.formats = Objects.requireNonNull(formats);
            this.chosen = chosen;
            this.why = Objects.requireNonNull(why);
        }

        /**
         * Returns the element's factory name.
         *
         * @return for instance {@code vah264dec}
         */
        public String getElement() {
            return element;
        }

        /**
         * Returns what it decodes.
         *
         * @return for instance "H.264 video", or "other formats"
         */
        public String getFormats() {
            return formats;
        }

        /**
         * Tells whether playback would choose it.
         *
         * @return {@code true} if it ranks first for its format
         */
        public boolean isChosen() {
            return chosen;
        }

        /**
         * Says why it would or would not be chosen.
         *
         * @return a phrase
         */
        public String getWhy() {
            return why;
        }

        @Override
        public String toString() {
            return element + " (" + formats + "): " + (chosen ? "used" : "not used") + ", " + why;
        }
    }

    /** Collects the diagnostics; the library's engine fills it in. Not thread-safe. */
    public static final class Builder {
        private String gstreamerVersion;
        private String runtime = "unknown";
        private final List<String> runtimeProbes = new ArrayList<>();
        private String problem;
        private final List<FormatSupport> formats = new ArrayList<>();
        private final List<HardwareDecoder> hardwareDecoders = new ArrayList<>();
        private String renderer = "unknown";
        private String display = "unknown";

        private Builder() {
        }

        /**
         * Sets where GStreamer was found.
         *
         * @param version the running version, or null if it did not start
         * @param where   where it was found, and how
         * @param probes  the places looked at
         * @return this builder
         */
        public Builder runtime(String version, String where, List<String> probes) {
            this.gstreamerVersion = version;
            this.runtime = Objects.requireNonNull(where);
            this.runtimeProbes.addAll(probes);
            return this;
        }

        /**
         * Sets why GStreamer cannot play.
         *
         * @param message the error
         * @return this builder
         */
        public Builder problem(String message) {
            this.problem = message;
            return this;
        }

        /**
         * Adds a format.
         *
         * @param support its support
         * @return this builder
         */
        public Builder format(FormatSupport support) {
            formats.add(support);
            return this;
        }

        /**
         * Adds a hardware decoder.
         *
         * @param decoder the decoder
         * @return this builder
         */
        public Builder hardwareDecoder(HardwareDecoder decoder) {
            hardwareDecoders.add(decoder);
            return this;
        }

        /**
         * Sets the default renderer and the display.
         *
         * @param rendererChoice the renderer picked by default, and why
         * @param displayFacts   the Java2D pipeline and screen scale
         * @return this builder
         */
        public Builder screen(String rendererChoice, String displayFacts) {
            this.renderer = Objects.requireNonNull(rendererChoice);
            this.display = Objects.requireNonNull(displayFacts);
            return this;
        }

        /**
         * Finishes.
         *
         * @return the diagnostics
         */
        public MediaDiagnostics build() {
            return new MediaDiagnostics(this);
        }
    }
}
