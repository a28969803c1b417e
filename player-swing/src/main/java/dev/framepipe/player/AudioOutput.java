package dev.framepipe.player;

import java.util.List;
import java.util.Objects;

/**
 * A place sound can be played: an audio device the system lists (speakers, headphones, an HDMI output) or a GStreamer
 * sink of the application's choice. Immutable and compared by value; choose one with
 * {@link AudioControls#setOutput(AudioOutput)}.
 */
public final class AudioOutput {
    private final String name;
    private final String sinkDescription;

    private AudioOutput(String name, String sinkDescription) {
        this.name = Objects.requireNonNull(name, "name");
        this.sinkDescription = Objects.requireNonNull(sinkDescription, "sinkDescription");
        if (sinkDescription.isBlank()) {
            throw new IllegalArgumentException("an audio sink description must not be blank");
        }
    }

    /**
     * Describes an output by the GStreamer sink that plays to it.
     *
     * @param name            what users see ("Headphones")
     * @param sinkDescription a GStreamer element or chain as {@code gst-launch-1.0} writes it
     *                        ({@code "pulsesink device=alsa_output.usb-headset"})
     * @return the output
     * @throws IllegalArgumentException if the description is blank
     */
    public static AudioOutput of(String name, String sinkDescription) {
        return new AudioOutput(name, sinkDescription);
    }

    /**
     * Lists the audio outputs the system has now (GStreamer's device monitor, class {@code Audio/Sink}). The list can
     * be empty (no sound hardware, a headless server); the system's default output is always available by choosing
     * none.
     *
     * @return the outputs, in the order the system lists them; empty if GStreamer is missing
     */
    public static List<AudioOutput> list() {
        return PlayerProviderLookup.provider().audioOutputs();
    }

    /**
     * Returns the output's name.
     *
     * @return the name users see
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the GStreamer sink that plays to this output.
     *
     * @return the sink's description
     */
    public String getSinkDescription() {
        return sinkDescription;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioOutput && name.equals(((AudioOutput) other).name)
                && sinkDescription.equals(((AudioOutput) other).sinkDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sinkDescription);
    }

    @Override
    public String toString() {
        return name + " (" + sinkDescription + ")";
    }
}
