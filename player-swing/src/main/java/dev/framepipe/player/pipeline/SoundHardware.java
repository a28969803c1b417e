package dev.framepipe.player.pipeline;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.jna.Platform;

/**
 * Tells whether a Linux machine has nowhere to play sound: no sound card the kernel knows ({@code /proc/asound})
 * and no sound server (PulseAudio or PipeWire) to talk to, as on build servers and in containers. GStreamer's
 * automatic audio sink then tries ALSA and OpenAL in turn and prints about twenty error lines per player; the
 * player plays its sound into a silent sink instead (still timed by the clock), and says so in one line.
 *
 * <p>Only the absence is trusted: on other systems, or when in doubt, the answer is that sound can be played.
 * Threading: any thread; the answer is worked out once.
 */
final class SoundHardware {
    private static final System.Logger LOG = System.getLogger(SoundHardware.class.getName());
    private static final boolean ABSENT = decide();

    private SoundHardware() {
    }

    /**
     * Tells whether this machine has nowhere to play sound.
     *
     * @return {@code true} only on Linux with no sound card and no sound server
     */
    static boolean isAbsent() {
        return ABSENT;
    }

    /** Decides once, when the first player is built, and says so in one line. */
    private static boolean decide() {
        boolean absent = Platform.isLinux() && isAbsent(Path.of("/proc/asound/cards"), System.getenv());
        if (absent) {
            LOG.log(Level.INFO, "No sound card and no sound server on this machine: sound plays into a silent sink.");
        }
        return absent;
    }

    /**
     * Decides from the kernel's list of sound cards and the environment.
     *
     * @param soundCards  {@code /proc/asound/cards}, which says "no soundcards" or is missing when there are none
     * @param environment the process environment (for {@code PULSE_SERVER} and {@code XDG_RUNTIME_DIR})
     * @return {@code true} if there is neither a card nor a server
     */
    static boolean isAbsent(Path soundCards, Map<String, String> environment) {
        if (environment.containsKey("PULSE_SERVER")) {
            return false;
        }
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && (Files.exists(Path.of(runtime, "pulse", "native"))
                || Files.exists(Path.of(runtime, "pipewire-0")))) {
            return false;
        }
        try {
            return !Files.exists(soundCards)
                    || Files.readString(soundCards, StandardCharsets.US_ASCII).contains("no soundcards");
        } catch (IOException e) {
            return false;
        }
    }
}
