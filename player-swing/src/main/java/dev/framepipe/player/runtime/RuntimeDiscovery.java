package dev.framepipe.player.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the GStreamer runtime to load, before anything loads one. The order, first match wins:
 * <ol>
 * <li>a runtime the application bundles: the folder named by the system property {@value #ROOT_PROPERTY}, else by
 * the environment variable {@value #ROOT_VARIABLE}, else a folder {@code gstreamer} beside the jar holding
 * Framepipe;</li>
 * <li>on Windows, the official MSVC runtime: the folder its installer records in
 * {@code GSTREAMER_1_0_ROOT_MSVC_X86_64} (or {@code _ARM64}), else its default folders
 * {@code %ProgramFiles%\gstreamer\1.0\msvc_x86_64} and {@code C:\gstreamer\1.0\msvc_x86_64};</li>
 * <li>on macOS, {@code /Library/Frameworks/GStreamer.framework} from the official installer, then Homebrew in
 * {@code /opt/homebrew} and {@code /usr/local};</li>
 * <li>the system's libraries, found by the system's loader (Linux's packages, or a {@code PATH} entry on Windows).</li>
 * </ol>
 * A runtime is a folder with GStreamer's usual layout: libraries in {@code lib} ({@code bin} on Windows), plugins
 * in {@code lib/gstreamer-1.0}, the plugin scanner in {@code libexec/gstreamer-1.0}. A folder a step finds is checked
 * before it is used: the core library must be there and built for this JVM's processor (a 32-bit runtime under a
 * 64-bit JVM is named as such), the core plugin must be there, and GStreamer must be 1.16 or newer where the files
 * say their version. A runtime that fails a check stops discovery with a message naming the step, the folder and the
 * problem, rather than falling through to another runtime the user did not mean.
 *
 * <p>Pure Java: it reads files and the inputs it is given, and changes nothing. Thread-safe.
 */
public final class RuntimeDiscovery {
    /** The system property naming a bundled runtime's folder. */
    public static final String ROOT_PROPERTY = "framepipe.gstreamer.root";
    /** The environment variable naming a bundled runtime's folder. */
    public static final String ROOT_VARIABLE = "FRAMEPIPE_GSTREAMER_ROOT";
    /** The folder beside the application's jar that holds a bundled runtime. */
    public static final String BESIDE_APPLICATION_FOLDER = "gstreamer";
    private static final int MINIMUM_MINOR = 16;
    private static final String CORE_LIBRARY = "gstreamer";
    private static final String CORE_PLUGIN = "coreelements";
    private static final Pattern PKG_CONFIG_VERSION = Pattern.compile("(?m)^Version:\\s*(\\d+)\\.(\\d+)(\\.\\d+)?");
    private static final Pattern SONAME_VERSION = Pattern.compile("\\.so\\.0\\.(\\d+)\\.\\d+$");

    private RuntimeDiscovery() {
    }

    /**
     * Looks for a runtime.
     *
     * @param inputs the platform, properties, environment and folders to look at
     * @return the runtime found, or why the one found cannot be used, with every place looked at
     */
    public static DiscoveryResult discover(DiscoveryInputs inputs) {
        List<String> probes = new ArrayList<>();
        for (DiscoveryStep step : DiscoveryStep.values()) {
            if (step == DiscoveryStep.SYSTEM) {
                break;
            }
            for (Candidate candidate : candidates(step, inputs)) {
                if (candidate.problem != null) {
                    probes.add(step.description() + ": " + candidate.problem);
                    return DiscoveryResult.unusable(unusable(step, candidate.problem), probes);
                }
                if (!Files.isDirectory(candidate.root)) {
                    String seen = candidate.root + ": no such folder";
                    probes.add(step.description() + ": " + seen);
                    if (candidate.named) {
                        return DiscoveryResult.unusable("The GStreamer runtime folder named by "
                                + step.description() + ", " + candidate.root + ", does not exist", probes);
                    }
                    continue;
                }
                Inspection inspection = inspect(step, candidate.root, inputs.platform());
                probes.add(step.description() + ": " + candidate.root + ": " + inspection.summary());
                if (inspection.location != null) {
                    return DiscoveryResult.found(inspection.location, probes);
                }
                if (inspection.problem != null && (candidate.named || inspection.isGStreamer)) {
                    return DiscoveryResult.unusable(unusable(step, candidate.root + ": " + inspection.problem),
                            probes);
                }
            }
        }
        probes.add(DiscoveryStep.SYSTEM.description() + ": left to the system's loader");
        return DiscoveryResult.found(RuntimeLocation.system(), probes);
    }

    private static String unusable(DiscoveryStep step, String problem) {
        return "The GStreamer runtime found through " + step.description() + " cannot be used: " + problem;
    }

    /** The folders a step looks at, in order; a step that does not apply to the platform has none. */
    private static List<Candidate> candidates(DiscoveryStep step, DiscoveryInputs inputs) {
        OperatingSystem system = inputs.platform().system();
        List<Candidate> candidates = new ArrayList<>();
        switch (step) {
            case PROPERTY:
                inputs.property(ROOT_PROPERTY).ifPresent(value -> candidates.add(Candidate.named(value)));
                break;
            case ENVIRONMENT:
                inputs.variable(ROOT_VARIABLE).ifPresent(value -> candidates.add(Candidate.named(value)));
                break;
            case BESIDE_APPLICATION:
                inputs.applicationFolder().map(folder -> folder.resolve(BESIDE_APPLICATION_FOLDER))
                        .filter(Files::isDirectory).ifPresent(folder -> candidates.add(new Candidate(folder, false)));
                break;
            case WINDOWS_INSTALLER:
                if (system == OperatingSystem.WINDOWS) {
                    windowsInstallerVariable(inputs).ifPresent(candidates::add);
                }
                break;
            case WINDOWS_DEFAULT_FOLDER:
                if (system == OperatingSystem.WINDOWS) {
                    String folder = "gstreamer/1.0/" + msvcFolder(inputs.platform());
                    inputs.variable("ProgramFiles").ifPresent(programs -> candidates.add(
                            new Candidate(Path.of(programs).resolve(folder), false)));
                    candidates.add(new Candidate(inputs.variable("SystemDrive").map(drive -> Path.of(drive + "/"))
                            .orElse(inputs.fixedFolder("/")).resolve(folder), false));
                }
                break;
            case MACOS_FRAMEWORK:
                if (system == OperatingSystem.MACOS) {
                    candidates.add(new Candidate(
                            inputs.fixedFolder("/Library/Frameworks/GStreamer.framework/Versions/1.0"), false));
                }
                break;
            case HOMEBREW:
                if (system == OperatingSystem.MACOS) {
                    candidates.add(new Candidate(inputs.fixedFolder("/opt/homebrew"), false));
                    candidates.add(new Candidate(inputs.fixedFolder("/usr/local"), false));
                }
                break;
            default:
                break;
        }
        return candidates;
    }

    /** The installer's variable for this processor; the 32-bit runtime's variable alone is a problem to report. */
    private static Optional<Candidate> windowsInstallerVariable(DiscoveryInputs inputs) {
        String variable = "GSTREAMER_1_0_ROOT_" + msvcFolder(inputs.platform()).toUpperCase(Locale.ROOT);
        Optional<String> root = inputs.variable(variable);
        if (root.isPresent()) {
            return Optional.of(Candidate.named(root.get()));
        }
        return inputs.variable("GSTREAMER_1_0_ROOT_MSVC_X86").map(x86 -> Candidate.problem(
                "only the 32-bit runtime is installed (GSTREAMER_1_0_ROOT_MSVC_X86=" + x86 + "); this JVM is "
                        + inputs.platform().architecture() + ": install GStreamer's 64-bit MSVC runtime"));
    }

    private static String msvcFolder(HostPlatform platform) {
        return "aarch64".equals(platform.architecture()) ? "msvc_arm64" : "msvc_x86_64";
    }

    /** Checks one folder: a runtime, or what is wrong with it. */
    private static Inspection inspect(DiscoveryStep step, Path root, HostPlatform platform) {
        OperatingSystem system = platform.system();
        Path libraryFolder = root.resolve(system.libraryFolderName());
        Path core = libraryFolder.resolve(system.libraryFile(CORE_LIBRARY));
        if (!Files.isRegularFile(core)) {
            return Inspection.problem(false, "no " + core.getFileName() + " in " + libraryFolder
                    + " (not a GStreamer runtime for " + platform + ")");
        }
        BinaryHeader header;
        try {
            header = BinaryHeader.read(core);
        } catch (IOException e) {
            return Inspection.problem(true, core + " cannot be read: " + e.getMessage());
        }
        if (!header.runsOn(platform)) {
            boolean bits32 = header.architectures().contains("x86") || header.architectures().contains("arm");
            return Inspection.problem(true, core.getFileName() + " is built for " + header + (bits32 ? " (32-bit)" : "")
                    + ", and this JVM runs on " + platform + ": use a runtime built for " + platform);
        }
        Path pluginFolder = root.resolve("lib").resolve("gstreamer-1.0");
        Path corePlugin = pluginFolder.resolve(system.pluginFile(CORE_PLUGIN));
        if (!Files.isRegularFile(corePlugin)) {
            return Inspection.problem(true, "it has GStreamer's libraries but not its plugins: no "
                    + corePlugin.getFileName() + " in " + pluginFolder);
        }
        String version = version(root, core).orElse(null);
        if (version != null && isTooOld(version)) {
            return Inspection.problem(true, "it is GStreamer " + version + ", older than the 1." + MINIMUM_MINOR
                    + " Framepipe needs");
        }
        Path scanner = scanner(step, root, system);
        return Inspection.found(new RuntimeLocation(step, root, libraryFolder, pluginFolder, scanner, version));
    }

    /** Homebrew keeps the scanner in the formula's own folder; runtimes keep it in {@code libexec}. */
    private static Path scanner(DiscoveryStep step, Path root, OperatingSystem system) {
        Path libexec = step == DiscoveryStep.HOMEBREW ? root.resolve("opt/gstreamer/libexec") : root.resolve("libexec");
        Path scanner = libexec.resolve("gstreamer-1.0").resolve(system.scannerFile());
        return Files.isRegularFile(scanner) ? scanner : null;
    }

    /** The version from the runtime's pkg-config file, else from a Linux library's file name (0.2205.0 is 1.22.5). */
    static Optional<String> version(Path root, Path core) {
        Path pkgConfig = root.resolve("lib/pkgconfig/gstreamer-1.0.pc");
        try {
            if (Files.isRegularFile(pkgConfig)) {
                Matcher matcher = PKG_CONFIG_VERSION.matcher(Files.readString(pkgConfig, StandardCharsets.UTF_8));
                if (matcher.find()) {
                    return Optional.of(matcher.group(1) + "." + matcher.group(2)
                            + (matcher.group(3) == null ? "" : matcher.group(3)));
                }
            }
            Matcher matcher = SONAME_VERSION.matcher(core.toRealPath().getFileName().toString());
            if (matcher.find()) {
                int number = Integer.parseInt(matcher.group(1));
                return Optional.of("1." + number / 100 + "." + number % 100);
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isTooOld(String version) {
        String[] parts = version.split("\\.");
        return Integer.parseInt(parts[0]) < 1 || Integer.parseInt(parts[0]) == 1
                && Integer.parseInt(parts[1]) < MINIMUM_MINOR;
    }

    /** A folder a step looks at; {@code named} when a property or variable names it, so it must be a runtime. */
    private static final class Candidate {
        final Path root;
        final boolean named;
        final String problem;

        Candidate(Path root, boolean named) {
            this(root, named, null);
        }

        private Candidate(Path root, boolean named, String problem) {
            this.root = root;
            this.named = named;
            this.problem = problem;
        }

        static Candidate named(String folder) {
            try {
                return new Candidate(Path.of(folder), true);
            } catch (InvalidPathException e) {
                return problem("\"" + folder + "\" is not a valid folder name: " + e.getReason());
            }
        }

        static Candidate problem(String problem) {
            return new Candidate(null, true, problem);
        }
    }

    /** What one folder holds: a runtime, or a problem (and whether the folder is GStreamer's at all). */
    private static final class Inspection {
        final RuntimeLocation location;
        final String problem;
        final boolean isGStreamer;

        private Inspection(RuntimeLocation location, String problem, boolean isGStreamer) {
            this.location = location;
            this.problem = problem;
            this.isGStreamer = isGStreamer;
        }

        static Inspection found(RuntimeLocation location) {
            return new Inspection(location, null, true);
        }

        static Inspection problem(boolean isGStreamer, String problem) {
            return new Inspection(null, problem, isGStreamer);
        }

        String summary() {
            if (location == null) {
                return problem;
            }
            return "GStreamer " + location.version().orElse("(version known once loaded)")
                    + (location.scanner().isPresent() ? "" : ", no plugin scanner");
        }
    }
}
