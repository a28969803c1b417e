package dev.framepipe.player.runtime;

import java.util.List;
import java.util.Optional;

/**
 * What discovery found: a usable runtime, or the reason the runtime it found cannot be used; and, either way, the
 * places it looked at with what it saw there, for error messages and the media doctor. Immutable.
 */
public final class DiscoveryResult {
    private final RuntimeLocation location;
    private final String problem;
    private final List<String> probes;

    private DiscoveryResult(RuntimeLocation location, String problem, List<String> probes) {
        this.location = location;
        this.problem = problem;
        this.probes = List.copyOf(probes);
    }

    /**
     * Describes a runtime the application started before Framepipe did, which Framepipe uses as it is.
     *
     * @return a result whose location is the system's libraries and whose one probe says so
     */
    public static DiscoveryResult startedByApplication() {
        return found(RuntimeLocation.system(), List.of("GStreamer was already started by the application: used as"
                + " it is"));
    }

    static DiscoveryResult found(RuntimeLocation location, List<String> probes) {
        return new DiscoveryResult(location, null, probes);
    }

    static DiscoveryResult unusable(String problem, List<String> probes) {
        return new DiscoveryResult(null, problem, probes);
    }

    /**
     * Returns the runtime to use.
     *
     * @return the location, or empty if the runtime found cannot be used
     */
    public Optional<RuntimeLocation> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Returns why the runtime found cannot be used.
     *
     * @return a sentence naming the step, the folder and what is wrong, or empty when a runtime was found
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Returns the places looked at, in order, each with what was seen there.
     *
     * @return lines such as "Homebrew: /opt/homebrew: no libgstreamer-1.0.0.dylib in /opt/homebrew/lib"
     */
    public List<String> probes() {
        return probes;
    }
}
